package org.safercommunities.plans;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.plans.PlanRecords.Action;
import org.safercommunities.plans.PlanRecords.Priority;
import org.safercommunities.plans.PlanRecords.Strategy;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.security.StaffAccounts.StaffMember;
import org.springframework.stereotype.Component;

/** What the plan pages show: each action with its computed status and its lead's names. */
@Component
class PlanViews {

	private final Organisations organisations;

	private final StaffAccounts staff;

	PlanViews(Organisations organisations, StaffAccounts staff) {
		this.organisations = organisations;
		this.staff = staff;
	}

	record ActionView(Action action, ActionStatus status, boolean overdue, String leadOrganisation,
			String leadOfficer) {
	}

	record PriorityView(Priority priority, List<ActionView> actions) {
	}

	/** A strategy with how many of its actions show each status, and how many are overdue. */
	record StrategySummary(Strategy strategy, String owner, Map<ActionStatus, Long> byStatus, long overdue,
			int actions) {

		public long count(ActionStatus status) {
			return byStatus.getOrDefault(status, 0L);
		}

	}

	StrategySummary summary(Strategy strategy, List<Action> actions, LocalDate today) {
		Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
		long overdue = 0;
		for (Action action : actions) {
			byStatus.merge(action.statusOn(today), 1L, Long::sum);
			overdue += action.overdueOn(today) ? 1 : 0;
		}
		return new StrategySummary(strategy, organisationName(strategy.details().ownerOrganisationId()), byStatus,
				overdue, actions.size());
	}

	List<PriorityView> priorities(List<Priority> priorities, List<Action> actions, LocalDate today) {
		return priorities.stream()
			.map(priority -> new PriorityView(priority, actions.stream()
				.filter(action -> action.priorityId() == priority.id())
				.map(action -> view(action, today))
				.toList()))
			.toList();
	}

	ActionView view(Action action, LocalDate today) {
		Long lead = action.details().leadUserId();
		return new ActionView(action, action.statusOn(today), action.overdueOn(today),
				organisationName(action.details().leadOrganisationId()),
				lead == null ? null : staff.member(lead).map(StaffMember::displayName).orElse(null));
	}

	String organisationName(long id) {
		return organisations.find(id).map(Organisation::getName).orElse("");
	}

}
