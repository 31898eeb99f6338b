package org.safercommunities.plans;

import java.time.LocalDate;

/**
 * What an action shows, worked out on every read and never stored: past its deadline and not complete it is
 * Overdue and Red whatever the lead last said; never updated it is "No update yet" (unknown is not green).
 */
enum ActionStatus {

	NO_UPDATE("govuk-tag--grey"), NOT_STARTED("govuk-tag--grey"), RED("govuk-tag--red"),
	AMBER("govuk-tag--orange"), GREEN("govuk-tag--green"), COMPLETE("govuk-tag--blue");

	private final String tagClass;

	ActionStatus(String tagClass) {
		this.tagClass = tagClass;
	}

	static boolean overdue(Rag rag, LocalDate deadline, LocalDate today) {
		return deadline != null && deadline.isBefore(today) && rag != Rag.COMPLETE;
	}

	static ActionStatus of(Rag rag, LocalDate deadline, LocalDate today) {
		if (overdue(rag, deadline, today)) {
			return RED;
		}
		return rag == null ? NO_UPDATE : valueOf(rag.name());
	}

	public String tagClass() {
		return tagClass;
	}

	public String messageKey() {
		return "plans.status." + name();
	}

}
