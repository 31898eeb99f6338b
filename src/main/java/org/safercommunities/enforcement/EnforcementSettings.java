package org.safercommunities.enforcement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The register's settings ({@code safer.enforcement.*}). Tariffs and closure limits are managed lists, kept by
 * administrators at {@code /staff/admin/enforcement} ({@link EnforcementLists}), not settings.
 *
 * @param reviewCron when the daily job passes unpaid notices past due for prosecution review (UK time)
 */
@ConfigurationProperties("safer.enforcement")
record EnforcementSettings(@DefaultValue("0 15 6 * * *") String reviewCron) {
}
