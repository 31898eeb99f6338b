package org.safercommunities.system;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place that turns a form's errors into what the page shows: the GOV.UK error summary (messages that
 * link to the field, {@code #field-id}), the message each field shows ({@code fieldErrors}, by field path), and
 * the "Error: " page title prefix. Controllers and validators only record errors in the form's
 * {@link BindingResult}, with message keys and arguments.
 * <p>
 * An error about one field ({@code rejectValue}) links to that field and is shown by it. An error about the
 * whole form ({@code reject}: the details do not match, the answer could not be saved) links to the form's first
 * field and is shown by it, ahead of that field's own errors.
 */
@Component
class FormErrorSummaryInterceptor implements HandlerInterceptor {

	/** Where a global error links when its form has no fields. */
	private static final String PAGE_CONTENT = "main-content";

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
		Locale locale = RequestContextUtils.getLocale(request);
		List<ErrorLink> summary = new ArrayList<>();
		Map<String, String> byField = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : modelAndView.getModel().entrySet()) {
			if (entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
					&& entry.getValue() instanceof BindingResult result && result.hasErrors()) {
				List<String> order = pageOrder(result.getTarget());
				String first = order.isEmpty() ? null : order.get(0);
				for (ObjectError error : result.getGlobalErrors()) {
					add(first, messages.getMessage(error, locale), summary, byField);
				}
				for (FieldError error : inPageOrder(result.getFieldErrors(), order)) {
					add(error.getField(), messages.getMessage(error, locale), summary, byField);
				}
			}
		}
		if (!summary.isEmpty()) {
			modelAndView.addObject("formHasErrors", true);
			modelAndView.addObject("errorSummary", summary);
			modelAndView.addObject("fieldErrors", byField);
		}
	}

	private static void add(String field, String text, List<ErrorLink> summary, Map<String, String> byField) {
		summary.add(new ErrorLink("#" + (field == null ? PAGE_CONTENT : fieldId(field)), text));
		if (field != null) {
			// GOV.UK: a field shows one message, the first one the summary gives for it.
			byField.putIfAbsent(field, text);
		}
	}

	/**
	 * The form's fields in the order the page shows them: the page's own list for a form spread over pages,
	 * otherwise the order the form class declares them in (form classes declare their fields in page order).
	 */
	static List<String> pageOrder(Object form) {
		if (form == null) {
			return List.of();
		}
		if (form instanceof PagedForm paged && !paged.fieldsOnPage().isEmpty()) {
			return paged.fieldsOnPage();
		}
		return Arrays.stream(form.getClass().getDeclaredFields())
			.filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic())
			.map(Field::getName)
			.toList();
	}

	/** GOV.UK lists errors in page order; errors on the same field keep the order they were found. */
	static List<FieldError> inPageOrder(List<FieldError> errors, List<String> order) {
		List<FieldError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparingInt(error -> {
			int position = order.indexOf(error.getField().replaceAll("[.\\[].*", ""));
			return position < 0 ? Integer.MAX_VALUE : position;
		}));
		return sorted;
	}

	/** The id our field fragments give an input: its path with dots and brackets as hyphens. */
	static String fieldId(String field) {
		return field.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
	}

}
