package org.safercommunities.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff account management: the security module's public API. */
@Service
@Transactional(readOnly = true)
public class StaffAccounts {

	private final StaffUserRepository users;

	private final Organisations organisations;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecondFactor secondFactor;

	private final SecuritySettings settings;

	StaffAccounts(StaffUserRepository users, Organisations organisations, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, AuditTrail audit, Clock clock, SecondFactor secondFactor,
			SecuritySettings settings) {
		this.secondFactor = secondFactor;
		this.settings = settings;
		this.users = users;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	/** Lists colleagues' names and addresses: personal data, so the listing is audited like opening one. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public List<StaffUser> list(Long organisationId) {
		audit.record("STAFF_USERS_LISTED", "organisation", organisationId,
				organisationId == null ? "All staff users" : "Staff users of one organisation");
		return organisationId == null ? users.findAllByOrderByDisplayNameAsc()
				: users.findByOrganisationIdOrderByDisplayNameAsc(organisationId);
	}

	/** Opens one account's details; the read of a colleague's personal data is audited. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional // not read-only: the read is audited
	public Optional<StaffUser> view(long id) {
		Optional<StaffUser> user = users.findById(id);
		user.ifPresent(found -> audit.record("STAFF_USER_VIEWED", "staff_user", id, "Administrator opened account"));
		return user;
	}

	public boolean emailInUse(String email) {
		return users.existsByEmail(SignInThrottle.normalise(email));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public StaffUser create(NewStaffUser request) {
		// The administrator chose this password, so the new user must replace it at first sign-in.
		StaffUser user = createUnchecked(request);
		user.requirePasswordChange();
		return user;
	}

	/** For start-up seeding by the system itself (demo data): the password is final. */
	@Transactional
	public StaffUser createAsSystem(NewStaffUser request) {
		return createUnchecked(request);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void changeRoles(long id, Set<Role> roles) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("A staff user needs at least one role");
		}
		StaffUser user = users.findById(id).orElseThrow(() -> new StaffUserNotFound(id));
		user.changeRoles(roles);
		audit.record("STAFF_USER_ROLES_CHANGED", "staff_user", id, "Roles now " + roles);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void setEnabled(long id, boolean enabled) {
		if (!enabled && CurrentActor.require().userId() == id) {
			throw new OwnAccountNotDisabled();
		}
		StaffUser user = users.findById(id).orElseThrow(() -> new StaffUserNotFound(id));
		user.setEnabled(enabled);
		audit.record(enabled ? "STAFF_USER_ENABLED" : "STAFF_USER_DISABLED", "staff_user", id, null);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void unlock(long id) {
		StaffUser user = users.findById(id).orElseThrow(() -> new StaffUserNotFound(id));
		throttle.unlock(user.getEmail());
		audit.record("STAFF_USER_UNLOCKED", "staff_user", id, "Every address's throttle of this account lifted");
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void resetPassword(long id, String temporaryPassword) {
		StaffUser user = users.findById(id).orElseThrow(() -> new StaffUserNotFound(id));
		user.resetPassword(passwordEncoder.encode(temporaryPassword));
		throttle.unlock(user.getEmail());
		audit.record("STAFF_USER_PASSWORD_RESET", "staff_user", id, "Temporary password set by administrator");
	}

	/** A lost phone: the user's authenticator app and recovery codes are removed, and they set up a new one. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void resetSecondFactor(long id) {
		secondFactor.reset(id);
	}

	/** Whether the user must use an authenticator app (their roles see personal data). */
	public boolean secondFactorRequired(StaffUser user) {
		return settings.mfa().requiredForAny(user.getRoles());
	}

	@PreAuthorize("hasRole('ADMIN')")
	public boolean isLocked(StaffUser user) {
		return throttle.isLocked(user.getEmail());
	}

	/** The signed-in user changes their own password, proving they know the current one. */
	@Transactional
	public boolean changeOwnPassword(String currentPassword, String newPassword) {
		StaffUser user = users.findById(CurrentActor.require().userId()).orElseThrow();
		if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			return false;
		}
		user.changeOwnPassword(passwordEncoder.encode(newPassword));
		audit.record("PASSWORD_CHANGED", "staff_user", user.getId(), null);
		return true;
	}

	/**
	 * The enabled staff of an organisation, for other modules that give work to a person (an action's owner). Work
	 * names and addresses of colleagues, not audited as a read of personal data, as a colleague list is not.
	 */
	public List<StaffMember> membersOf(long organisationId) {
		return users.findByOrganisationIdOrderByDisplayNameAsc(organisationId).stream()
			.filter(StaffUser::isEnabled)
			.map(StaffAccounts::member)
			.toList();
	}

	/** One enabled staff member, for other modules (an action owner's name, a reminder's address). */
	public Optional<StaffMember> member(long userId) {
		return users.findById(userId).filter(StaffUser::isEnabled).map(StaffAccounts::member);
	}

	private static StaffMember member(StaffUser user) {
		return new StaffMember(user.getId(), user.getDisplayName(), user.getEmail(), user.getOrganisationId(),
				user.getRoles());
	}

	Optional<Long> idOf(String email) {
		return users.findByEmail(SignInThrottle.normalise(email)).map(StaffUser::getId);
	}

	Optional<StaffUser> find(long id) {
		return users.findById(id);
	}

	@Transactional
	void markSignedIn(long id) {
		users.findById(id).ifPresent(user -> user.signedIn(clock.instant()));
	}

	private StaffUser createUnchecked(NewStaffUser request) {
		organisations.find(request.organisationId())
			.orElseThrow(() -> new IllegalArgumentException("No organisation " + request.organisationId()));
		String email = SignInThrottle.normalise(request.email());
		StaffUser user = users.save(new StaffUser(email, request.displayName().strip(), request.organisationId(),
				request.roles(), passwordEncoder.encode(request.password()), clock.instant()));
		audit.record("STAFF_USER_CREATED", "staff_user", user.getId(), "Roles " + request.roles());
		return user;
	}

	/** A staff member as other modules see them. */
	public record StaffMember(long id, String displayName, String email, long organisationId, Set<Role> roles) {

		public StaffMember {
			roles = Set.copyOf(roles);
		}

	}

	/** What it takes to open a staff account. */
	public record NewStaffUser(String email, String displayName, long organisationId, Set<Role> roles,
			String password) {
	}

	/** An administrator acted on an account that does not exist (a stale or edited address): a 404 page. */
	/** Disabling oneself (a crafted request: the page offers no such button) is refused with 409, not a 500. */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
	static class OwnAccountNotDisabled extends IllegalArgumentException {

		OwnAccountNotDisabled() {
			super("Administrators cannot disable their own account");
		}

	}

	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	static class StaffUserNotFound extends RuntimeException {

		StaffUserNotFound(long id) {
			super("No staff user " + id);
		}

	}

}
