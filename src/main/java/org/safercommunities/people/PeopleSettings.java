package org.safercommunities.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partnership's rules for people.
 *
 * @param repeat when a person is a repeat victim: {@code count} distinct occasions as a victim within the last
 *        {@code months} months (default 3 in 12, as the issue asks)
 * @param maxCandidates how many people the blind indexes may offer as match candidates for one probe; only these
 *        are decrypted and scored
 */
@ConfigurationProperties("safer.people")
record PeopleSettings(@DefaultValue Repeat repeat, @DefaultValue("50") int maxCandidates) {

	record Repeat(@DefaultValue("3") int count, @DefaultValue("12") int months) {
	}

}
