package org.safercommunities.centres;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.reporting.ReportInbox;
import org.springframework.stereotype.Component;

/**
 * The coordinator's view of the network: each centre's status, missing criteria, reports taken this month and
 * over the rolling 12 months (the last 12 complete months), returns received in the last 12 months and
 * overdue, and when training is due.
 */
@Component
class CentreOverview {

	private final CentreManagement management;

	private final CentreReturns returns;

	private final ReportInbox reports;

	private final Organisations organisations;

	private final CentresSettings settings;

	CentreOverview(CentreManagement management, CentreReturns returns, ReportInbox reports, Organisations organisations,
			CentresSettings settings) {
		this.management = management;
		this.returns = returns;
		this.reports = reports;
		this.organisations = organisations;
		this.settings = settings;
	}

	List<Row> rows() {
		LocalDate today = management.today();
		YearMonth thisMonth = YearMonth.from(today);
		Map<Long, String> names = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName));
		return management.all().stream().map(centre -> {
			long id = centre.getOrganisationId();
			CentreReturns.ReturnsCount count = returns.countFor(centre, today);
			return new Row(id, names.getOrDefault(id, ""), centre.getStatus(), management.shortfalls(centre),
					reports.countTakenAt(id, thisMonth.atDay(1), today),
					reports.countTakenAt(id, thisMonth.minusMonths(12).atDay(1), thisMonth.minusMonths(1).atEndOfMonth()),
					count.received(), count.overdue(), training(centre, today));
		}).sorted(Comparator.comparing(Row::name)).toList();
	}

	Training training(Centre centre, LocalDate today) {
		return centre.latestTraining().map(latest -> {
			LocalDate expiry = Eligibility.trainingExpiry(latest, settings.trainingValidMonths());
			String state = Eligibility.trainingExpired(latest, today, settings.trainingValidMonths()) ? "OVERDUE"
					: Eligibility.trainingDueSoon(latest, today, settings.trainingValidMonths(),
							settings.trainingDueWarningMonths()) ? "DUE_SOON" : "CURRENT";
			return new Training(state, latest, expiry);
		}).orElse(new Training("NONE", null, null));
	}

	record Row(long id, String name, CentreStatus status, List<Eligibility.Shortfall> missing, long reportsThisMonth,
			long reportsRolling12, long returnsReceived, long returnsOverdue, Training training) {
	}

	/** NONE, CURRENT, DUE_SOON (runs out within the warning period) or OVERDUE. */
	record Training(String state, LocalDate latest, LocalDate expiry) {

		public String messageKey() {
			return "centres.training.state." + state;
		}

		public String tagClass() {
			return switch (state) {
				case "CURRENT" -> "govuk-tag--green";
				case "DUE_SOON" -> "govuk-tag--yellow";
				default -> "govuk-tag--red";
			};
		}

	}

}
