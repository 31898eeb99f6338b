package org.safercommunities.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link PersonalDataReadAudit} for the staff pages. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

	private final PersonalDataReadAudit reads;

	AuditWebConfiguration(PersonalDataReadAudit reads) {
		this.reads = reads;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(reads).addPathPatterns("/staff/**");
	}

}
