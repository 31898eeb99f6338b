package org.safercommunities.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disables accounts nobody has signed in to for {@code safer.security.dormant.after} (90 days): a leaver's account
 * that nobody closed cannot be used against the data. Each is audited. The last enabled administrator is never
 * disabled, or nobody could enable anyone again. An administrator enables an account again from its page.
 */
@Service
class DormantAccounts {

	private static final Logger log = LoggerFactory.getLogger(DormantAccounts.class);

	private final StaffUserRepository users;

	private final AuditTrail audit;

	private final SecuritySettings settings;

	private final Clock clock;

	DormantAccounts(StaffUserRepository users, AuditTrail audit, SecuritySettings settings, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** Returns how many accounts it disabled. */
	@Transactional
	public int disableUnused() {
		Instant cutoff = clock.instant().minus(settings.dormant().after());
		List<StaffUser> enabled = users.findByEnabledTrue();
		long enabledAdministrators = enabled.stream().filter(user -> user.getRoles().contains(Role.ADMIN)).count();
		int disabled = 0;
		for (StaffUser user : enabled) {
			if (!user.lastUsedAt().isBefore(cutoff)) {
				continue;
			}
			if (user.getRoles().contains(Role.ADMIN)) {
				if (enabledAdministrators <= 1) {
					log.warn("Staff user {} (the last enabled administrator) is unused but was left enabled", user.getId());
					continue;
				}
				enabledAdministrators--;
			}
			user.disableAsDormant();
			audit.append(AuditActor.system(), "STAFF_USER_DISABLED_DORMANT", "staff_user", user.getId(),
					"No sign-in for " + settings.dormant().after().toDays() + " days");
			disabled++;
		}
		if (disabled > 0) {
			log.info("Disabled {} staff accounts unused for {} days", disabled, settings.dormant().after().toDays());
		}
		return disabled;
	}

}
