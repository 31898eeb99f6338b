package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Actions on a case that another module holds under its own rule, shown on the case page under the case's own
 * actions to those that rule lets see them (the CS MARAC's, to its members only: a case action is seen by every
 * organisation the case is shared with, which may include the perpetrator's side). Implemented outside this module.
 */
public interface CaseActionsElsewhere {

	/** The actions the signed-in person may see, oldest agreed first; empty when none or not allowed. */
	List<ActionElsewhere> actionsOn(CaseFile file);

	/**
	 * @param fromKey message key of where it was agreed ("At the CS MARAC (members only)")
	 * @param href the page it was agreed on
	 */
	record ActionElsewhere(long id, String fromKey, String what, String ownerOrganisation, LocalDate dueOn,
			LocalDate doneOn, String href) {

		public boolean overdue(LocalDate today) {
			return doneOn == null && dueOn.isBefore(today);
		}

	}

}
