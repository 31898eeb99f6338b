package org.safercommunities.system;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Every address accepts {@code ?lang=xx}; the choice is remembered in the essential cookie {@code safer_lang}. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	private final LanguageSettings languages;

	LocaleConfiguration(LanguageSettings languages) {
		this.languages = languages;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver(languages);
		resolver.setDefaultLocale(languages.defaultLocale());
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Ignores requests for languages this deployment does not offer, rather than showing mixed pages. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		private final LanguageSettings languages;

		SupportedLocaleResolver(LanguageSettings languages) {
			super("safer_lang");
			this.languages = languages;
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale locale = super.resolveLocale(request);
			return languages.supports(locale) ? locale : languages.defaultLocale();
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			if (locale == null || languages.supports(locale)) {
				super.setLocale(request, response, locale);
			}
		}

	}

}
