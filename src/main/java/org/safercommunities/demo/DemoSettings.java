package org.safercommunities.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The embedded demo: on or off, and the one password every demo account shares. */
@ConfigurationProperties("safer.demo")
record DemoSettings(boolean enabled, String password) {
}
