/**
 * Referrals between organisations, so a victim tells their story once (issue 13, DESIGN section 4): the managed
 * list of receiving services ({@link ReceivingServices}), a referral from a case, a report or a person on a basis (consent with its exact
 * wording, or a legal gateway with the reason), carrying a copy of what the receiver may see, the receiving
 * organisation's inbox and answers, the daily digest of overdue referrals ({@link ReferralReminders}), and the
 * dashboard source {@code REFERRALS}. Deadlines count working days on casereview's {@code WorkingDayCalendar}
 * (with the managed bank holidays). One access rule: {@link ReferralAccess}. Implements reporting's
 * {@code ReferralsOfReport}, so the reporter's follow-up page says they were referred without reporting depending on
 * this module. Public API: {@link Referrals}, {@link Referral}, {@link ReferralCodes}, {@link ReferralAccess},
 * {@link ReceivingServices}, {@link ReceivingService}, {@link ReferralReminders}.
 */
@ApplicationModule(displayName = "Referrals", allowedDependencies = { "audit", "casereview", "cases", "crypto", "notifications",
		"organisations", "people", "reporting", "security", "shared", "system" })
package org.safercommunities.referrals;

import org.springframework.modulith.ApplicationModule;
