package org.safercommunities.system;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;

/**
 * One entry of the staff service navigation. Each module declares its own entries as beans, so the
 * navigation only ever offers pages that exist, to the roles that may use them.
 *
 * @param messageKey label
 * @param path address; the entry is shown as current for this path and everything below it
 * @param roles roles that see the entry (any of them)
 * @param order position, lowest first
 */
public record NavigationItem(String messageKey, String path, Set<Role> roles, int order) {

	public boolean visibleTo(StaffActor actor) {
		return roles.stream().anyMatch(actor::hasRole);
	}

	boolean isCurrent(String requestPath) {
		return requestPath.equals(path) || (!path.equals("/staff") && requestPath.startsWith(path + "/"));
	}

}
