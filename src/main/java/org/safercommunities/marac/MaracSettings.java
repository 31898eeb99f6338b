package org.safercommunities.marac;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param interval time between meetings (the CS MARAC meets every six weeks) */
@ConfigurationProperties("safer.marac")
record MaracSettings(@DefaultValue("P6W") Period interval) {
}
