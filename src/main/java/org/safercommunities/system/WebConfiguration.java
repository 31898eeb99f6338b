package org.safercommunities.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final FormErrorSummaryInterceptor formErrors;

	private final LayoutModel layout;

	WebConfiguration(FormErrorSummaryInterceptor formErrors, LayoutModel layout) {
		this.formErrors = formErrors;
		this.layout = layout;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(formErrors);
		registry.addInterceptor(layout);
	}

}
