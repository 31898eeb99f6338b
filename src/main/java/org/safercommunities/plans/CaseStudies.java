package org.safercommunities.plans;

import java.util.List;
import java.util.Optional;

/**
 * Case studies for the annual report, anonymised by the module that holds the cases (implemented by cases, as
 * {@link PeriodFigures} is, so plans never reads a case and cases may keep giving plans its figures without a
 * cycle). What comes back names nobody: no names, addresses, contact details, dates of birth or reference numbers,
 * dates to the month at most, and any free text with every party's details and any e-mail address, phone number or
 * postcode taken out. Both methods act for the signed-in person under the cases' own access rule, and are audited
 * there as reads of the cases.
 */
public interface CaseStudies {

	/** Cases closed in the period that the signed-in person may see whole, most recently closed first. */
	List<Choice> closedIn(ReportPeriod period);

	/** The anonymised study of one of {@link #closedIn}'s cases; empty for any other case. */
	Optional<Study> study(long caseId, ReportPeriod period);

	/**
	 * A case offered as a study, described anonymously so the officer can tell the cases apart.
	 *
	 * @param label e.g. "Anti-social behaviour: personal, Hendon, closed December 2026"
	 */
	record Choice(long caseId, String label) {
	}

	/**
	 * @param heading e.g. "Anti-social behaviour: personal in Hendon"
	 * @param paragraphs what happened, who was involved, what was done and how it ended, in that order
	 */
	record Study(long caseId, String heading, List<String> paragraphs) {

		public Study {
			paragraphs = List.copyOf(paragraphs);
		}

	}

}
