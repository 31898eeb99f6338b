package org.safercommunities.feedback;

/** The survey's closed questions and their answers, as codes (message keys {@code feedback.answer.<code>}). */
final class SurveyAnswers {

	private SurveyAnswers() {
	}

	public enum YesPartlyNo { YES, PARTLY, NO }

	public enum Support { YES, PARTLY, NO, NO_SUPPORT }

	public enum Again { YES, NOT_SURE, NO }

	enum Quote { YES, NO }

	/** What officers find a comment is about (message keys {@code feedback-staff.theme.<code>}). */
	public enum Theme { COMMUNICATION, SPEED, ATTITUDE, OUTCOME, SUPPORT_SERVICES, POLICE_RESPONSE, SAFETY, ACCESSIBILITY, OTHER }

}
