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

	@ModelAttribute("textDirection")
	String textDirection(Locale locale) {
		return LanguageSettings.isRightToLeft(locale) ? "rtl" : "ltr";
	}

	@ModelAttribute("htmlLang")
	String htmlLang(Locale locale) {
		// Easy Read is English: screen readers should read it as English.
		return locale.getLanguage();
	}

	private LanguageLink languageLink(String code, Locale current) {
		String href = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("lang", code)
			.build()
			.toUriString();
		return new LanguageLink(code, Locale.forLanguageTag(code).getLanguage(), LanguageSettings.nameOf(code), href,
				code.equals(LanguageSettings.tagOf(current)));
	}

	record LanguageLink(String code, String lang, String name, String href, boolean current) {
	}

}
