package org.safercommunities.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a place is a repeat place ({@code safer.cases.repeat-places.*}): {@code count} or more cases at its postcode
 * opened within the last {@code months} months, as repeat victims are counted (default 3 in 12).
 */
@ConfigurationProperties("safer.cases.repeat-places")
record RepeatPlaceSettings(@DefaultValue("3") int count, @DefaultValue("12") int months) {
}
