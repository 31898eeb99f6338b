package org.safercommunities.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout needs on every page: who is signed in, their navigation, languages, the partnership. */
@ControllerAdvice
class LayoutModelAdvice {

	private final StaffNavigation navigation;

	private final LanguageSettings languages;

	private final PartnershipSettings partnership;

	LayoutModelAdvice(StaffNavigation navigation, LanguageSettings languages, PartnershipSettings partnership) {
		this.navigation = navigation;
		this.languages = languages;
		this.partnership = partnership;
	}

	@ModelAttribute("staff")
	StaffActor staff() {
		return CurrentActor.find().orElse(null);
	}

	@ModelAttribute("staffOrganisationName")
	String staffOrganisationName() {
		return CurrentActor.find().map(StaffActor::organisationName).orElse(null);
	}

	@ModelAttribute("navigation")
	List<StaffNavigation.VisibleItem> navigation(HttpServletRequest request) {
		return CurrentActor.find()
			.map(actor -> navigation.itemsFor(actor, request.getRequestURI()))
			.orElse(List.of());
	}

	@ModelAttribute("languages")
	List<LanguageLink> languages(Locale locale) {
		return languages.languages().stream().map(code -> languageLink(code, locale)).toList();
	}

	@ModelAttribute("partnership")
	PartnershipSettings partnership() {
		return partnership;
	}

	private LanguageLink languageLink(String code, Locale current) {
		Locale locale = Locale.forLanguageTag(code);
		String href = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("lang", code)
			.build()
			.toUriString();
		// Each language is named in itself, so a reader finds theirs whatever the page's language.
		String name = locale.getDisplayLanguage(locale);
		name = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
		return new LanguageLink(code, name, href, code.equals(current.getLanguage()));
	}

	record LanguageLink(String code, String name, String href, boolean current) {
	}

}
