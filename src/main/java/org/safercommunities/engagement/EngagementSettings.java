package org.safercommunities.engagement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param walksPerWardPerYear Ward Walks the schedule plans for each ward in a financial year (annual report 4.1.3:
 *        two); a walk already planned in the year counts towards them
 */
@ConfigurationProperties("safer.engagement")
record EngagementSettings(@DefaultValue("2") int walksPerWardPerYear) {

	EngagementSettings {
		if (walksPerWardPerYear < 1 || walksPerWardPerYear > 12) {
			throw new IllegalArgumentException("safer.engagement.walks-per-ward-per-year must be 1 to 12");
		}
	}

}
