/**
 * Victim feedback (issue 16): a short survey (listened to, kept informed, the support received, would report again,
 * a comment) offered once per case to a person who agreed to be contacted, when their case closes or a set number
 * of days after their report ({@code safer.feedback.days-after-first-contact}, default 14). The invitation goes by
 * e-mail (a one-time link through the notifications outbox) or, without an e-mail address, on the reporter's
 * follow-up page (reporting's {@code FollowUpInvitations}, implemented here). The survey at {@code /feedback/{token}}
 * is public, in every language of the report. Answers are encrypted at rest and every read is audited. Officers read
 * the answers at {@code /staff/feedback}, tag each comment's themes and choose quotes for the annual report where the
 * person agreed to be quoted.
 * <p>
 * Contact standards ({@link ContactStandardSettings}, {@code safer.feedback.contact.*}): for each report whose
 * reporter agreed to be contacted, first contact within a number of working days (fewer for a victim with enhanced
 * rights under the Victims' Code), an agreed visit within the standard time, and the survey within 14 days of the
 * visit; officers record the dates at {@code /staff/feedback/contacts}, working days come from casereview's
 * {@code WorkingDayCalendar}, and the dashboard's source {@code CONTACT_STANDARDS} gives the percentages met.
 * <p>
 * A module of its own rather than part of engagement: it is about victims and their reports and cases (it depends
 * on reporting, cases and notifications, which engagement does not), and its data is personal data about a crime,
 * where engagement holds community activity.
 */
@ApplicationModule(displayName = "Feedback",
		allowedDependencies = { "audit", "cases", "casereview", "crypto", "geography", "notifications", "people", "plans", "reporting", "shared", "system" })
package org.safercommunities.feedback;

import org.springframework.modulith.ApplicationModule;
