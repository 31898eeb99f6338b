package org.safercommunities.shared;

/**
 * Staff roles of DESIGN.md section 1. Members of the public have no account and no role.
 * A staff user holds one or more roles; what they may see also depends on their organisation.
 */
public enum Role {

	CENTRE_WORKER, OFFICER, COORDINATOR, POLICE, PARTNER, ANALYST, BOARD, ADMIN;

	/** The Spring Security authority name, e.g. {@code ROLE_OFFICER}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Message key of the role's display name. */
	public String messageKey() {
		return "role." + name().toLowerCase().replace('_', '-');
	}

}
