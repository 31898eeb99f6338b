package org.safercommunities.shared;

import java.util.EnumSet;
import java.util.Set;

import org.safercommunities.shared.AccessDecision.Refused;

/**
 * The one record-level checker every module uses (DESIGN section 2, "Access": deny by default). A module states
 * who may do what to a kind of record as a {@link RecordRule}, describes each record by its
 * {@link RecordOwnership}, and asks here. The role check on the endpoint ({@code @PreAuthorize}) comes first;
 * this decides, for a role that passed it, whether this record is theirs to reach.
 * <p>
 * The rules, in order: an excluded organisation never reaches the record; a person with none of the rule's roles
 * is refused; a members-only record is reached by its members only (the owning organisation, and those it is
 * shared with unless it is sensitive); otherwise a role that sees every record reaches it, a role that sees its own
 * organisation's reaches a record its organisation owns, and a role that sees what was shared reaches a record
 * shared with its organisation or its role, unless the record is sensitive.
 * <p>
 * A refusal is thrown by {@link #require} as a {@link RecordAccessRefused}; the security module's handler audits
 * it and answers 403 (or 404 where the rule hides existence). Pure: no I/O, no Spring beans.
 */
public final class RecordAccess {

	private RecordAccess() {
	}

	public static AccessDecision decide(StaffActor actor, RecordRule rule, RecordOwnership record) {
		long organisation = actor.organisationId();
		if (record.excludedOrganisations().contains(organisation)) {
			return AccessDecision.refused(AccessRefusal.EXCLUDED);
		}
		boolean seesAll = holdsAny(actor, rule.everyRecord());
		boolean seesOwn = holdsAny(actor, rule.ownOrganisation());
		boolean seesShared = holdsAny(actor, rule.sharedWithThem());
		if (!seesAll && !seesOwn && !seesShared) {
			return AccessDecision.refused(AccessRefusal.ROLE);
		}
		boolean owns = record.isOwnedBy(organisation);
		boolean sharedWithOrganisation = record.sharedWithOrganisations().contains(organisation);
		if (record.isMembersOnly()) {
			if (owns || (sharedWithOrganisation && !record.isSensitive())) {
				return AccessDecision.allowed();
			}
			return AccessDecision.refused(sharedWithOrganisation ? AccessRefusal.SENSITIVE : AccessRefusal.MEMBERS_ONLY);
		}
		if (seesAll || (seesOwn && owns)) {
			return AccessDecision.allowed();
		}
		boolean sharedWithTheirRole = rule.sharedWithThem().stream()
			.anyMatch(role -> actor.hasRole(role) && record.sharedWithRoles().contains(role));
		if ((seesShared && sharedWithOrganisation) || sharedWithTheirRole) {
			return record.isSensitive() ? AccessDecision.refused(AccessRefusal.SENSITIVE) : AccessDecision.allowed();
		}
		return AccessDecision.refused(seesOwn ? AccessRefusal.OTHER_ORGANISATION : AccessRefusal.NOT_SHARED);
	}

	/** Whether the signed-in person may: for what a page offers (a button, a link), never instead of {@link #require}. */
	public static boolean may(StaffActor actor, RecordRule rule, RecordOwnership record) {
		return decide(actor, rule, record).isAllowed();
	}

	/** Returns quietly when allowed; otherwise throws the refusal, naming the record by kind and id. */
	public static void require(StaffActor actor, RecordRule rule, RecordOwnership record, Object recordId) {
		if (decide(actor, rule, record) instanceof Refused refused) {
			throw new RecordAccessRefused(rule.recordType(), recordId, refused.reason(), rule.hidesExistence());
		}
	}

	/**
	 * What a list of this kind of record may hold for the person, for the module to turn into its query: the same
	 * rule as {@link #decide}, for kinds whose records are neither sensitive, members-only nor excluding anyone
	 * (a module whose records can be must filter those facts too, or check each record with {@link #decide}).
	 */
	public static Visibility visibility(StaffActor actor, RecordRule rule) {
		Set<Role> audiences = EnumSet.noneOf(Role.class);
		rule.sharedWithThem().stream().filter(actor::hasRole).forEach(audiences::add);
		return new Visibility(holdsAny(actor, rule.everyRecord()),
				holdsAny(actor, rule.ownOrganisation()) ? actor.organisationId() : null,
				audiences.isEmpty() ? Set.of() : Set.copyOf(audiences),
				audiences.isEmpty() ? null : actor.organisationId());
	}

	private static boolean holdsAny(StaffActor actor, Set<Role> roles) {
		return roles.stream().anyMatch(actor::hasRole);
	}

	/**
	 * The records a list may show: every one; or those owned by {@code ownOrganisation} (if not null), and those
	 * shared with one of {@code sharedWithRoles} or with {@code sharedWithOrganisation} (if not null). Nothing at all
	 * when every part is empty.
	 */
	public record Visibility(boolean everyRecord, Long ownOrganisation, Set<Role> sharedWithRoles,
			Long sharedWithOrganisation) {

		public boolean nothing() {
			return !everyRecord && ownOrganisation == null && sharedWithRoles.isEmpty() && sharedWithOrganisation == null;
		}

	}

}
