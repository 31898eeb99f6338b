package org.safercommunities.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The directory's upkeep rules.
 * @param confirmEveryMonths how often an owner must confirm their entry
 * @param reminderDaysBefore how many days before the deadline the owner gets the link
 * @param graceDays how long an entry stays public (flagged to officers) after an unconfirmed deadline
 * @param linkValidFor how long an owner link works
 * @param linkBaseUrl the public address the e-mailed links start with (no trailing slash)
 * @param officersEmail where the officers' digest of flagged and hidden entries goes
 */
@ConfigurationProperties("safer.directory")
record DirectorySettings(@DefaultValue("12") int confirmEveryMonths, @DefaultValue("28") int reminderDaysBefore,
		@DefaultValue("30") int graceDays, @DefaultValue("60d") Duration linkValidFor,
		@DefaultValue("http://localhost:8080") String linkBaseUrl,
		String officersEmail) {

	String link(String path) {
		return linkBaseUrl.replaceAll("/+$", "") + path;
	}

}
