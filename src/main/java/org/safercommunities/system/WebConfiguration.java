package org.safercommunities.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final FormErrorSummaryInterceptor formErrors;

	WebConfiguration(FormErrorSummaryInterceptor formErrors) {
		this.formErrors = formErrors;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(formErrors);
	}

}
