package org.safercommunities.plans;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Action plan settings ({@code safer.plans.*}).
 *
 * @param digestDaysAhead a board meeting this many days ahead (or fewer) sends each lead their update digest
 * @param dailyCron when the digest job runs (UK time)
 */
@ConfigurationProperties("safer.plans")
record PlanSettings(@DefaultValue("14") int digestDaysAhead, @DefaultValue("0 50 6 * * *") String dailyCron) {
}
