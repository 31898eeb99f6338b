package org.safercommunities.system;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error status renders the one template {@code error/error}, which words 400, 403, 404, 413 and 500 itself.
 * Spring Boot's default resolver only looks for {@code error/<status>} and {@code error/4xx}, so without this
 * the container's error dispatch fell back to the white-label page. It also gives the template {@code kind}
 * (400, 403, 404, 413, 500 or generic, or what a handler named with {@link ErrorPages#explain}), which picks the
 * page's words.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SingleErrorViewResolver implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> view = new HashMap<>(model);
		// The template's own th:with cannot define this: th:replace on the same element is processed first.
		Object explained = request.getAttribute(ErrorPages.KIND);
		view.put("kind", explained != null ? explained : switch (status.value()) {
			case 400, 403, 404, 413, 500 -> String.valueOf(status.value());
			default -> "generic";
		});
		return new ModelAndView("error/error", view, status);
	}

}
