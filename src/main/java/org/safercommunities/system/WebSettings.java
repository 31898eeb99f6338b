package org.safercommunities.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the service is reached from outside.
 *
 * @param baseUrl the public address every absolute link starts with (language links, e-mailed links); never taken
 * from the request's {@code Host} or {@code X-Forwarded-Host}, which any client can set
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies whose {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are believed; empty (the default) believes nobody's
 * @param exitUrl the neutral site the "Exit this page" button leaves for
 * @param publicBodyLimit the largest request body accepted on a public page other than the evidence upload
 */
@ConfigurationProperties("safer.web")
public record WebSettings(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue({}) List<String> trustedProxies,
		@DefaultValue("https://www.bbc.co.uk/weather") String exitUrl,
		@DefaultValue("64KB") DataSize publicBodyLimit) {

	/** The base URL followed by an absolute path such as {@code /get-help?lang=pl}. */
	public String link(String path) {
		return baseUrl.replaceAll("/+$", "") + path;
	}

}
