package org.safercommunities.feedback;

/** The survey's closed questions and their answers, as codes (message keys {@code feedback.answer.<code>}). */
final class SurveyAnswers {

	private SurveyAnswers() {
	}

	enum YesPartlyNo { YES, PARTLY, NO }

	enum Support { YES, PARTLY, NO, NO_SUPPORT }

	enum Again { YES, NOT_SURE, NO }

	enum Quote { YES, NO }

}
