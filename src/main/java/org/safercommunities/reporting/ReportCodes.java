package org.safercommunities.reporting;

/**
 * The fixed answer lists of the report (seed 003, Process Map 1, and DESIGN section 3). Each value's label is
 * the message key {@code reporting.<list>.<code>}; codes are stored, so never rename one.
 */
public final class ReportCodes {

	private ReportCodes() {
	}

	public enum ReporterRole { VICTIM, WITNESS, FOR_ANOTHER_PERSON, FOR_ORGANISATION }

	public enum IncidentType {
		VERBAL_ABUSE, THREATS, PHYSICAL_ASSAULT, DAMAGE_TO_PROPERTY, GRAFFITI, ONLINE, SPITTING, HARASSMENT, OTHER
	}

	public enum WhenKind { EXACT, APPROXIMATE, ONGOING }

	public enum YesNoNotSure { YES, NO, NOT_SURE }

	public enum Channel { ONLINE, PHONE, IN_PERSON, HUB, PAPER }

	/** Why someone does not want the police to have the report (the centre's monitoring log). */
	public enum NotReportingReason {
		FEAR_OF_REPRISAL, NOT_SERIOUS_ENOUGH, POLICE_WOULD_NOT_HELP, DISTRUST_OF_POLICE, DEALT_WITH_IT,
		SUPPORT_ONLY, LANGUAGE_OR_ACCESS, WORRIED_ABOUT_IMMIGRATION_STATUS, OTHER
	}

	public enum ContactMethod { PHONE, EMAIL, TEXT, THROUGH_CENTRE }

	public enum SupportKind { EMOTIONAL, PRACTICAL, ADVOCACY, SAFETY_AND_HOUSING, LEGAL, OTHER }

	public enum Status { RECEIVED, TRIAGED, SHARED_WITH_POLICE, CLOSED }

	/** Set by staff. A non-crime hate incident follows the 2023 Home Office code of practice. */
	public enum Classification { HATE_CRIME, NON_CRIME_HATE_INCIDENT }

	public enum SupportFeedback { HELPED, HELPED_A_LITTLE, DID_NOT_HELP, NOT_CONTACTED }

}
