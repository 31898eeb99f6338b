package org.safercommunities.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Who runs this deployment: shown in statements, footers and letters. */
@ConfigurationProperties("safer.partnership")
public record PartnershipSettings(String name, String council, String contactEmail, String contactPhone,
		String dataProtectionEmail) {
}
