package org.safercommunities.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page: who is signed in, their navigation, languages, the partnership. Added
 * only when a page is actually rendered, not for redirects or JSON, which are most requests of a report.
 */
@Component
class LayoutModel implements HandlerInterceptor {

	private final StaffNavigation navigation;

	private final LanguageSettings languages;

	private final PartnershipSettings partnership;

	private final MapSettings maps;

	private final WebSettings web;

	LayoutModel(StaffNavigation navigation, LanguageSettings languages, PartnershipSettings partnership,
			MapSettings maps, WebSettings web) {
		this.maps = maps;
		this.web = web;
		this.navigation = navigation;
		this.languages = languages;
		this.partnership = partnership;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
			return;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		page.addObject("staff", staff());
		page.addObject("staffOrganisationName", staffOrganisationName());
		page.addObject("navigation", navigation(request));
		page.addObject("languages", languages(request, locale));
		page.addObject("exitUrl", offersQuickExit(request) ? web.exitUrl() : null);
		page.addObject("partnership", partnership());
		page.addObject("textDirection", textDirection(locale));
		page.addObject("htmlLang", htmlLang(locale));
		page.addObject("mapTiles", maps.hasTiles() ? maps : null);
	}

	/**
	 * Pages someone may need to leave in a hurry (an abuser walking in): the report, following it up, getting
	 * help and the directory of support.
	 */
	static boolean offersQuickExit(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return QUICK_EXIT_PAGES.stream().anyMatch(page -> path.equals(page) || path.startsWith(page + "/"));
	}

	private static final List<String> QUICK_EXIT_PAGES = List.of("/report", "/follow-up", "/get-help", "/directory",
			"/case-review", "/ward-walks", "/feedback");

	StaffActor staff() {
		return CurrentActor.find().orElse(null);
	}

	String staffOrganisationName() {
		return CurrentActor.find().map(StaffActor::organisationName).orElse(null);
	}

	List<StaffNavigation.VisibleItem> navigation(HttpServletRequest request) {
		return CurrentActor.find()
			.map(actor -> navigation.itemsFor(actor, request.getRequestURI()))
			.orElse(List.of());
	}

	List<LanguageLink> languages(HttpServletRequest request, Locale locale) {
		return languages.languages().stream().map(code -> languageLink(request, code, locale)).toList();
	}

	PartnershipSettings partnership() {
		return partnership;
	}

	String textDirection(Locale locale) {
		return LanguageSettings.isRightToLeft(locale) ? "rtl" : "ltr";
	}

	String htmlLang(Locale locale) {
		// Easy Read is English: screen readers should read it as English.
		return locale.getLanguage();
	}

	/** The same page in another language, on the configured address: the request's Host is never believed. */
	private LanguageLink languageLink(HttpServletRequest request, String code, Locale current) {
		String query = request.getQueryString();
		String href = UriComponentsBuilder.fromUriString(web.link(request.getRequestURI()
				+ (query == null ? "" : "?" + query)))
			.replaceQueryParam("lang", code)
			.build()
			.toUriString();
		return new LanguageLink(code, Locale.forLanguageTag(code).getLanguage(), LanguageSettings.nameOf(code), href,
				code.equals(LanguageSettings.tagOf(current)));
	}

	record LanguageLink(String code, String lang, String name, String href, boolean current) {
	}

}
