package org.safercommunities.shared;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The facts about one record that decide who may reach it, whatever kind of record it is: the organisation that
 * owns it, the organisations and the audiences (every user of a role, such as "the police") it is shared with,
 * and three restrictions. A module describes its record with these and nothing else, so every module is judged
 * by the same {@link RecordAccess} rules:
 * <ul>
 * <li>{@link #sensitive()}: shares stop at it; only the owning organisation and the roles that see every record
 * of the kind reach it.</li>
 * <li>{@link #membersOnly()}: only its members, the owning organisation and the organisations it is shared with
 * (a MARAC case: the organisations at the meeting), reach it, whatever their role.</li>
 * <li>{@link #excluding(long)}: an organisation on the other side (working with the perpetrator) never reaches
 * it, whatever its role or shares.</li>
 * </ul>
 * Immutable: each method returns a new value.
 */
public record RecordOwnership(Long owningOrganisation, Set<Long> sharedWithOrganisations, Set<Role> sharedWithRoles,
		boolean isSensitive, boolean isMembersOnly, Set<Long> excludedOrganisations) {

	public RecordOwnership {
		sharedWithOrganisations = Set.copyOf(sharedWithOrganisations);
		sharedWithRoles = sharedWithRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sharedWithRoles));
		excludedOrganisations = Set.copyOf(excludedOrganisations);
	}

	/** A record of this organisation; {@code null} for one no organisation owns (a report made online). */
	public static RecordOwnership ownedBy(Long organisation) {
		return new RecordOwnership(organisation, Set.of(), Set.of(), false, false, Set.of());
	}

	public RecordOwnership sharedWith(long organisation) {
		return new RecordOwnership(owningOrganisation, plus(sharedWithOrganisations, organisation), sharedWithRoles,
				isSensitive, isMembersOnly, excludedOrganisations);
	}

	/** Shared with everyone who holds the role, in any organisation (a report shared with the police). */
	public RecordOwnership sharedWith(Role audience) {
		return new RecordOwnership(owningOrganisation, sharedWithOrganisations, plus(sharedWithRoles, audience),
				isSensitive, isMembersOnly, excludedOrganisations);
	}

	public RecordOwnership sensitive() {
		return new RecordOwnership(owningOrganisation, sharedWithOrganisations, sharedWithRoles, true, isMembersOnly,
				excludedOrganisations);
	}

	public RecordOwnership membersOnly() {
		return new RecordOwnership(owningOrganisation, sharedWithOrganisations, sharedWithRoles, isSensitive, true,
				excludedOrganisations);
	}

	public RecordOwnership excluding(long organisation) {
		return new RecordOwnership(owningOrganisation, sharedWithOrganisations, sharedWithRoles, isSensitive,
				isMembersOnly, plus(excludedOrganisations, organisation));
	}

	boolean isOwnedBy(long organisation) {
		return owningOrganisation != null && owningOrganisation == organisation;
	}

	private static <T> Set<T> plus(Set<T> values, T value) {
		Set<T> more = new HashSet<>(values);
		more.add(value);
		return more;
	}

}
