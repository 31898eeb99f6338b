/**
 * Strategy action plans (issue 17, first slice; seed 003's "what action is being taken"): strategies with their
 * priorities, the outcomes sought and the actions that deliver them (lead organisation and officer, deadline,
 * output measures linked to dashboard indicators, a RAG status with its reason, dated progress updates). An
 * action past its deadline and not complete shows Overdue and Red, computed on every read; an action never
 * updated shows "No update yet". Governance: boards, their member organisations and meeting dates; before each
 * meeting every lead gets one digest of their open actions ({@link org.safercommunities.plans.PlanDigest}).
 * The annual report's case studies come from {@link org.safercommunities.plans.CaseStudies}, implemented by the
 * cases module (as the figures come from {@link org.safercommunities.plans.PeriodFigures}), which anonymises them;
 * plans keeps the chosen case's id and the anonymised text, never reads a case. Published for other modules:
 * {@link org.safercommunities.plans.PeriodFigures}, {@link org.safercommunities.plans.CaseStudies} and the types
 * they use.
 */
@ApplicationModule(displayName = "Plans", allowedDependencies = { "audit", "notifications", "organisations", "performance", "security", "shared", "system" })
package org.safercommunities.plans;

import org.springframework.modulith.ApplicationModule;
