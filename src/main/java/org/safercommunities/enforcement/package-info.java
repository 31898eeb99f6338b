/**
 * The enforcement register (DESIGN section 4, issue 15): the ASB tools and powers used against a person or
 * premises, each on a case (Community Protection Warning and Notice, breaches of a notice or of a PSPO condition,
 * closure notice and order within their configurable legal limits, civil injunction, criminal behaviour order,
 * acceptable behaviour contract, tenancy action), with the escalation chain checked ({@link EscalationRules}); fixed
 * penalty notices under the managed offence codes, priced by the managed tariffs ({@link EnforcementLists})
 * and passed for prosecution review when unpaid past due ({@link EnforcementSchedule}); evidence references with
 * professional witnesses withheld from court bundles (a PDF, {@link EnforcementBundle}); corrections and withdrawals
 * ({@link ToolChangeController}: a withdrawn tool counts for nothing); the report page (Fig. 3, Fig. 5); and the
 * managed lists administrators keep ({@link EnforcementAdminController}). Access is the case's:
 * {@link EnforcementAccess}. Recipients are people of the people module (every read audited there). Dashboard
 * source {@code ENFORCEMENT}, by borough and ward.
 */
@ApplicationModule(displayName = "Enforcement",
		allowedDependencies = { "audit", "cases", "crypto", "people", "plans", "shared", "system" })
package org.safercommunities.enforcement;

import org.springframework.modulith.ApplicationModule;
