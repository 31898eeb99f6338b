package org.safercommunities.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Static files under a few fixed prefixes only, instead of Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings=false}). With the catch-all, every link a page writes (such as
 * {@code /report/who}) was looked up on the class path by the resource URL encoder, uncached when not found: about
 * a fifth of the time to render a page. GOV.UK Frontend's compiled CSS looks for its fonts and images under
 * {@code /assets/}; they are served from the WebJar so nothing is copied or built with Node.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String version = new WebJarVersionLocator().version("govuk-frontend");
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/")
			.resourceChain(true);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		// A cached chain on every handler: each link a page writes (@{/css/safer.css}) is resolved through these
		// handlers, and without the cache that was a class-path look-up inside the jar, under a lock, per link per
		// page (bench/README.md "Report load: where the time goes").
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
	}

}
