/**
 * The Community Safety MARAC (DESIGN section 4; seed 001 section 4.1.4, seed 003 recommendation g): cases
 * referred to it with the criteria met, its six-weekly meetings with the organisations present, the cases heard
 * (new or under review, kept or closed), discussion notes and actions, minutes redacted per recipient organisation,
 * and the annual report's Table 1 ({@link MaracStatistics}, dashboard source {@code MARAC}). A referral is a
 * members-only record ({@link MaracAccess}): the referring organisation and the organisations at its meetings,
 * never an organisation on the perpetrator's side. Staff pages: referral from a case (suggested on the case page
 * through cases' {@link org.safercommunities.cases.CasePageSuggestions}), the schedule, each meeting and each case
 * heard at it. Public API: none besides the indicator source and, for subject access, the
 * people module's {@code PersonalDataHolder} ({@link MaracPersonalData}).
 */
@ApplicationModule(displayName = "CS MARAC",
		allowedDependencies = { "audit", "cases", "crypto", "organisations", "people", "plans", "security", "shared", "system" })
package org.safercommunities.marac;

import org.springframework.modulith.ApplicationModule;
