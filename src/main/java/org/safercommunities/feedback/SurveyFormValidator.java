package org.safercommunities.feedback;

import java.util.Arrays;

import org.safercommunities.feedback.SurveyAnswers.Again;
import org.safercommunities.feedback.SurveyAnswers.Quote;
import org.safercommunities.feedback.SurveyAnswers.Support;
import org.safercommunities.feedback.SurveyAnswers.YesPartlyNo;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Every closed question answered with one of its choices; a comment of reasonable length; quoting only if asked. */
class SurveyFormValidator implements Validator {

	static final int COMMENT_MAX = 2000;

	@Override
	public boolean supports(Class<?> type) {
		return SurveyForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		SurveyForm form = (SurveyForm) target;
		choice(form.getListenedTo(), YesPartlyNo.values(), "listenedTo", "feedback.error.listened-to", errors);
		choice(form.getKeptInformed(), YesPartlyNo.values(), "keptInformed", "feedback.error.kept-informed", errors);
		choice(form.getSupport(), Support.values(), "support", "feedback.error.support", errors);
		choice(form.getReportAgain(), Again.values(), "reportAgain", "feedback.error.report-again", errors);
		String comment = form.comment();
		if (comment != null && comment.length() > COMMENT_MAX) {
			errors.rejectValue("comment", "feedback.error.comment-too-long", new Object[] { COMMENT_MAX }, null);
		}
		if (comment != null) {
			choice(form.getQuoteConsent(), Quote.values(), "quoteConsent", "feedback.error.quote-consent", errors);
		}
	}

	private static void choice(String value, Enum<?>[] choices, String field, String code, Errors errors) {
		if (value == null || Arrays.stream(choices).noneMatch(choice -> choice.name().equals(value))) {
			errors.rejectValue(field, code);
		}
	}

}
