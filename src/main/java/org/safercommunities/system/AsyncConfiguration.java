package org.safercommunities.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Listeners marked {@code @ApplicationModuleListener} run after the commit, on Boot's task executor, so a module
 * reacting to another's event never slows or fails the request that published it.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {

}
