package org.safercommunities.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.safercommunities.shared.Role;

/** A staff account. It belongs to one organisation and holds one or more roles. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "organisation_id", nullable = false)
	private long organisationId;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_signed_in_at")
	private Instant lastSignedInAt;

	/** The authenticator secret, encrypted by {@link SecondFactor} (bound to this account); null until enrolled. */
	@Column(name = "totp_secret")
	private String totpSecret;

	@Column(name = "totp_enrolled_at")
	private Instant totpEnrolledAt;

	/** Time step of the last code accepted: a code of that step or earlier is refused (no replay). */
	@Column(name = "totp_last_step")
	private Long totpLastStep;

	@Column(name = "disabled_reason")
	@Enumerated(EnumType.STRING)
	private DisabledReason disabledReason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
	@Column(name = "role", nullable = false)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected StaffUser() {
	}

	StaffUser(String email, String displayName, long organisationId, Set<Role> roles, String passwordHash,
			Instant createdAt) {
		this.email = email;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.roles = EnumSet.copyOf(roles);
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public long getOrganisationId() {
		return organisationId;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastSignedInAt() {
		return lastSignedInAt;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	void changeRoles(Set<Role> newRoles) {
		roles.clear();
		roles.addAll(newRoles);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
		this.disabledReason = enabled ? null : DisabledReason.ADMINISTRATOR;
	}

	/** Disabled by the daily job: nobody signed in for too long. */
	void disableAsDormant() {
		this.enabled = false;
		this.disabledReason = DisabledReason.DORMANT;
	}

	public DisabledReason getDisabledReason() {
		return disabledReason;
	}

	/** Whether the user has set up an authenticator app. */
	public boolean isSecondFactorEnrolled() {
		return totpSecret != null;
	}

	public Instant getSecondFactorEnrolledAt() {
		return totpEnrolledAt;
	}

	String getTotpSecret() {
		return totpSecret;
	}

	Long getTotpLastStep() {
		return totpLastStep;
	}

	void enrolSecondFactor(String encryptedSecret, long step, Instant when) {
		this.totpSecret = encryptedSecret;
		this.totpLastStep = step;
		this.totpEnrolledAt = when;
	}

	void codeAccepted(long step) {
		this.totpLastStep = step;
	}

	void removeSecondFactor() {
		this.totpSecret = null;
		this.totpLastStep = null;
		this.totpEnrolledAt = null;
	}

	/** A password an administrator set: the user must choose their own at next sign-in. */
	void resetPassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = true;
	}

	void requirePasswordChange() {
		this.mustChangePassword = true;
	}

	void changeOwnPassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	void signedIn(Instant when) {
		this.lastSignedInAt = when;
	}

	/** When the account was last used: its last sign-in, or its creation if never. */
	Instant lastUsedAt() {
		return lastSignedInAt != null ? lastSignedInAt : createdAt;
	}

	/** Why an account cannot sign in. */
	public enum DisabledReason {

		ADMINISTRATOR, DORMANT

	}

}
