package org.safercommunities.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns every form's validation errors into the GOV.UK error summary: a list of messages that link to the
 * field ({@code #field-id}), and the "Error: " page title prefix. Controllers only validate and re-show.
 */
@Component
class FormErrorSummaryInterceptor implements HandlerInterceptor {

	private final MessageSource messages;

	FormErrorSummaryInterceptor(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getViewName() == null
				|| modelAndView.getViewName().startsWith("redirect:")) {
			return;
		}
		List<ErrorLink> errors = new ArrayList<>();
		for (Map.Entry<String, Object> entry : modelAndView.getModel().entrySet()) {
			if (entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
					&& entry.getValue() instanceof BindingResult result && result.hasErrors()) {
				for (FieldError error : inFormOrder(result)) {
					errors.add(new ErrorLink("#" + fieldId(error.getField()),
							messages.getMessage(error, RequestContextUtils.getLocale(request))));
				}
			}
		}
		if (!errors.isEmpty()) {
			modelAndView.addObject("formHasErrors", true);
			modelAndView.addObject("errorSummary", errors);
		}
	}

	/**
	 * GOV.UK lists errors in the order the fields appear. Form classes declare their fields in page order, so
	 * that order is used; errors on the same field keep the order they were found.
	 */
	static List<FieldError> inFormOrder(BindingResult result) {
		List<String> declared = new ArrayList<>();
		if (result.getTarget() != null) {
			for (java.lang.reflect.Field field : result.getTarget().getClass().getDeclaredFields()) {
				declared.add(field.getName());
			}
		}
		List<FieldError> errors = new ArrayList<>(result.getFieldErrors());
		errors.sort(java.util.Comparator.comparingInt(error -> {
			int position = declared.indexOf(error.getField().replaceAll("[.\\[].*", ""));
			return position < 0 ? Integer.MAX_VALUE : position;
		}));
		return errors;
	}

	/** The id our field fragments give an input: its path with dots and brackets as hyphens. */
	static String fieldId(String field) {
		return field.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
	}

}
