package org.safercommunities.cases;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.cases.CaseCodes.Status;
import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.people.People;
import org.safercommunities.plans.CaseStudies;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordAccess.Visibility;
import org.safercommunities.shared.RecordAccessRefused;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkDates;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report's case studies from closed cases (plans' {@link CaseStudies}), under {@link CaseAccess#VIEW}:
 * a case the person may see whole, closed in the report's year. A study is built from words of the bundles (the
 * case type, the strands and kinds of incident of its reports, the ward or "the borough", the types of the
 * organisations involved, the outcome) and the officers' free text (the title, the actions, the closure reason)
 * passed through {@link CaseStudyRedaction}; months, never days; no reference, name, address or contact.
 */
@Service
@Transactional
class CaseStudySource implements CaseStudies {

	/** The most cases offered at once: the most recently closed. */
	static final int LIMIT = 200;

	private final JdbcClient jdbc;

	private final CaseFileRepository cases;

	private final CaseFiles files;

	private final CaseActionRepository actions;

	private final CaseTypes types;

	private final ReportsForCases reports;

	private final People people;

	private final Organisations organisations;

	private final Wards wards;

	private final AuditTrail audit;

	private final MessageSource messages;

	CaseStudySource(JdbcClient jdbc, CaseFileRepository cases, CaseFiles files, CaseActionRepository actions,
			CaseTypes types, ReportsForCases reports, People people, Organisations organisations, Wards wards,
			AuditTrail audit, MessageSource messages) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.files = files;
		this.actions = actions;
		this.types = types;
		this.reports = reports;
		this.people = people;
		this.organisations = organisations;
		this.wards = wards;
		this.audit = audit;
		this.messages = messages;
	}

	/** Not read-only: the listing is audited in the same transaction. */
	@Override
	public List<Choice> closedIn(ReportPeriod period) {
		StaffActor actor = CurrentActor.require();
		Visibility visibility = RecordAccess.visibility(actor, CaseAccess.VIEW);
		if (visibility.nothing()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>(List.of(period.from(), period.endExclusive()));
		List<String> any = new ArrayList<>();
		if (visibility.ownOrganisation() != null) {
			any.add("c.owning_organisation_id = ?");
			params.add(visibility.ownOrganisation());
		}
		if (visibility.sharedWithOrganisation() != null) {
			any.add("c.id in (select s.case_id from case_share s where s.organisation_id = ? and s.level = 'WHOLE')");
			params.add(visibility.sharedWithOrganisation());
		}
		if (any.isEmpty()) {
			return List.of();
		}
		String visible = "(" + String.join(" or ", any) + ")";
		List<Long> ids = jdbc.sql("select c.id from case_file c where c.status = 'CLOSED' and c.closed_on >= ? "
				+ "and c.closed_on < ? and " + visible + " order by c.closed_on desc, c.id desc" + " limit " + LIMIT)
			.params(params)
			.query(Long.class)
			.list();
		Map<Long, CaseFile> found = cases.findAllById(ids).stream()
			.collect(Collectors.toMap(CaseFile::getId, Function.identity()));
		Map<String, String> typeNames = types.names();
		List<Choice> choices = ids.stream()
			.map(found::get)
			.filter(file -> file != null && CaseAccess.may(actor, CaseAccess.VIEW, file))
			.map(file -> new Choice(file.getId(), say("cases.study.label", typeName(file, typeNames), place(file),
					UkDates.month(YearMonth.from(file.getClosedOn())))))
			.toList();
		audit.record("CASE_STUDIES_LISTED", "case_file", null, "Closed cases offered as annual report case studies: "
				+ choices.size());
		return choices;
	}

	@Override
	public Optional<Study> study(long caseId, ReportPeriod period) {
		CaseFile file = files.require(caseId, CaseAccess.VIEW);
		if (file.getStatus() != Status.CLOSED || file.getClosedOn() == null || !period.contains(file.getClosedOn())) {
			return Optional.empty();
		}
		audit.record("CASE_STUDY_READ", "case_file", caseId, "Anonymised case study for the annual report");
		CaseStudyRedaction redaction = new CaseStudyRedaction(
				people.redactionOf(file.personIds(), "case_file " + caseId + " anonymised case study"),
				say("cases.study.removed"));
		String type = typeName(file, types.names());
		String place = place(file);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(say("cases.study.when", type, place, UkDates.month(YearMonth.from(file.getOpenedOn())),
				UkDates.month(YearMonth.from(file.getClosedOn()))));
		String title = redaction.apply(file.getTitle());
		if (!title.isEmpty()) {
			paragraphs.add(say("cases.study.title", withoutFullStop(title)));
		}
		List<String> kinds = kindsOfIncident(file);
		if (!kinds.isEmpty()) {
			paragraphs.add(say("cases.study.kinds", String.join(", ", kinds)));
		}
		List<CaseAction> taken = actions.findByCaseIdOrderByDueOnAscIdAsc(caseId);
		List<String> partners = partners(file, taken);
		if (!partners.isEmpty()) {
			paragraphs.add(say("cases.study.partners", String.join(", ", partners)));
		}
		List<String> done = taken.stream()
			.filter(action -> action.getStatus() != ActionStatus.CANCELLED)
			.map(action -> say("cases.study.action", withoutFullStop(redaction.apply(action.getWhat())),
					say(action.getStatus().messageKey()).toLowerCase(Locale.UK)))
			.filter(line -> !line.isBlank())
			.toList();
		if (!done.isEmpty()) {
			paragraphs.add(say("cases.study.actions", String.join("; ", done)));
		}
		String reason = redaction.apply(file.getClosureReason());
		paragraphs.add(reason.isEmpty() ? say("cases.study.outcome", say(file.getOutcome().messageKey()))
				: say("cases.study.outcome-reason", say(file.getOutcome().messageKey()), withoutFullStop(reason)));
		return Optional.of(new Study(caseId, say("cases.study.heading", type, place), paragraphs));
	}

	/** The strands and kinds of incident of the case's reports, for those the person may read. */
	private List<String> kindsOfIncident(CaseFile file) {
		Set<String> strands = new LinkedHashSet<>();
		Set<String> incidents = new LinkedHashSet<>();
		for (long reportId : file.reportIds()) {
			try {
				reports.forCase(reportId).ifPresent(report -> {
					strands.addAll(report.strands());
					incidents.addAll(report.incidentTypes());
				});
			}
			catch (RecordAccessRefused refused) {
				// A report the person may not triage adds nothing: the case's own type still says what it was.
			}
		}
		List<String> kinds = new ArrayList<>();
		strands.stream().filter(strand -> !"NOT_SURE".equals(strand)).sorted()
			.forEach(strand -> kinds.add(say("cases.study.strand", say("reporting.strand." + strand).toLowerCase(Locale.UK))));
		incidents.stream().sorted().forEach(type -> kinds.add(say("reporting.type." + type).toLowerCase(Locale.UK)));
		return kinds;
	}

	/** The types of the organisations that worked on the case (owner, whole or locked shares, actions' owners). */
	private List<String> partners(CaseFile file, List<CaseAction> taken) {
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(file.getOwningOrganisationId());
		file.getShares().forEach(share -> ids.add(share.getOrganisationId()));
		taken.forEach(action -> ids.add(action.getOwnerOrganisationId()));
		return ids.stream()
			.map(organisations::find)
			.flatMap(Optional::stream)
			.map(Organisation::getType)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.sorted()
			.map(type -> say(type.messageKey()))
			.toList();
	}

	private String place(CaseFile file) {
		return Optional.ofNullable(file.getWardCode()).flatMap(wards::find).map(Ward::getName)
			.orElseGet(() -> say("cases.study.borough"));
	}

	private static String typeName(CaseFile file, Map<String, String> names) {
		return names.getOrDefault(file.getTypeCode(), file.getTypeCode());
	}

	private static String withoutFullStop(String text) {
		return text.strip().replaceAll("[.\\s]+$", "");
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, Locale.UK);
	}

}
