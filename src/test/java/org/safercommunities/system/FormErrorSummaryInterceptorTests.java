package org.safercommunities.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/** The one builder of the error summary and of each field's message, from the errors in a BindingResult. */
class FormErrorSummaryInterceptorTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final FormErrorSummaryInterceptor interceptor = new FormErrorSummaryInterceptor(messages);

	FormErrorSummaryInterceptorTests() {
		messages.addMessage("name.blank", Locale.UK, "Enter your name");
		messages.addMessage("town.blank", Locale.UK, "Enter your town");
		messages.addMessage("town.short", Locale.UK, "Town must be {0} letters or more");
		messages.addMessage("no-match", Locale.UK, "The details do not match");
		messages.addMessage("count.number", Locale.UK, "Enter a number");
	}

	@Test
	void fieldErrorsAreListedInPageOrderLinkingToTheFieldAndEachFieldShowsItsFirstMessage() {
		Person person = new Person();
		BindingResult result = new BeanPropertyBindingResult(person, "person");
		result.rejectValue("town", "town.blank");
		result.rejectValue("town", "town.short", new Object[] { 3 }, null);
		result.rejectValue("name", "name.blank");

		ModelAndView page = render(result);

		assertThat(summary(page)).containsExactly(new ErrorLink("#name", "Enter your name"),
				new ErrorLink("#town", "Enter your town"), new ErrorLink("#town", "Town must be 3 letters or more"));
		assertThat(page.getModel().get("fieldErrors"))
			.isEqualTo(Map.of("name", "Enter your name", "town", "Enter your town"));
		assertThat(page.getModel().get("formHasErrors")).isEqualTo(true);
	}

	@Test
	void anErrorAboutTheWholeFormComesFirstLinkingToAndShownByTheFirstField() {
		BindingResult result = new BeanPropertyBindingResult(new Person(), "person");
		result.rejectValue("town", "town.blank");
		result.reject("no-match");

		ModelAndView page = render(result);

		assertThat(summary(page)).containsExactly(new ErrorLink("#name", "The details do not match"),
				new ErrorLink("#town", "Enter your town"));
		assertThat(page.getModel().get("fieldErrors"))
			.isEqualTo(Map.of("name", "The details do not match", "town", "Enter your town"));
	}

	@Test
	void aFormSpreadOverPagesUsesThePagesOwnOrderAndFirstField() {
		Paged paged = new Paged(List.of("town", "name"));
		BindingResult result = new BeanPropertyBindingResult(paged, "answers");
		result.rejectValue("name", "name.blank");
		result.reject("no-match");

		assertThat(summary(render(result))).containsExactly(new ErrorLink("#town", "The details do not match"),
				new ErrorLink("#name", "Enter your name"));
	}

	@Test
	void anIndexedFieldLinksToTheIdOfItsInputAndIsShownByItsPath() {
		BindingResult result = new BeanPropertyBindingResult(new Counts(), "counts");
		result.rejectValue("outside[PAPER]", "count.number");

		ModelAndView page = render(result);

		assertThat(summary(page)).containsExactly(new ErrorLink("#outside-PAPER", "Enter a number"));
		assertThat(page.getModel().get("fieldErrors")).isEqualTo(Map.of("outside[PAPER]", "Enter a number"));
	}

	@Test
	void aPageWithoutErrorsOrARedirectGetsNothing() {
		BindingResult clean = new BeanPropertyBindingResult(new Person(), "person");
		assertThat(render(clean).getModel()).doesNotContainKeys("errorSummary", "fieldErrors", "formHasErrors");

		BindingResult failed = new BeanPropertyBindingResult(new Person(), "person");
		failed.reject("no-match");
		ModelAndView redirect = new ModelAndView("redirect:/elsewhere", failed.getModel());
		interceptor.postHandle(request(), new MockHttpServletResponse(), null, redirect);
		assertThat(redirect.getModel()).doesNotContainKey("errorSummary");
	}

	private ModelAndView render(BindingResult result) {
		ModelAndView page = new ModelAndView("some/page", result.getModel());
		interceptor.postHandle(request(), new MockHttpServletResponse(), null, page);
		return page;
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addPreferredLocale(Locale.UK);
		return request;
	}

	@SuppressWarnings("unchecked")
	private static List<ErrorLink> summary(ModelAndView page) {
		return (List<ErrorLink>) page.getModel().get("errorSummary");
	}

	/** Fields declared in page order, as every one-page form does. */
	public static class Person {

		private static final int IGNORED = 0;

		private String name;

		private String town;

		public String getName() { return name; }
		public String getTown() { return town; }

	}

	public static class Counts {

		private final Map<String, String> outside = new java.util.HashMap<>();

		public Map<String, String> getOutside() { return outside; }

	}

	public static class Paged extends Person implements PagedForm {

		private final List<String> page;

		Paged(List<String> page) {
			this.page = page;
		}

		@Override
		public List<String> fieldsOnPage() {
			return page;
		}

	}

}
