package org.safercommunities.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.crypto.EncryptedColumn;
import org.safercommunities.crypto.FieldEncryption;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: an authenticator app (TOTP) and one-time recovery codes. The app's secret is stored encrypted
 * and bound to its account (a secret copied to another row does not decrypt); recovery codes are shown once and kept
 * as keyed HMACs. Wrong codes count towards a throttle of the account's codes; every outcome is audited.
 */
@Service
class SecondFactor implements EncryptedColumn.Source {

	/** The authenticator secrets, bound to their account, for key rotation. */
	@Override
	public java.util.List<EncryptedColumn> encryptedColumns() {
		return java.util.List.of(EncryptedColumn.text("staff_user", "totp_secret").forPurpose("totp-secret/{id}"));
	}


	/** Recovery code letters: no 0/o, 1/l/i, so a code read out or written down is not mistyped. */
	private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private static final int RECOVERY_LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StaffUserRepository users;

	private final RecoveryCodeRepository recoveryCodes;

	private final FieldEncryption encryption;

	private final SignInThrottle throttle;

	private final AuditTrail audit;

	private final SecuritySettings settings;

	private final Clock clock;

	SecondFactor(StaffUserRepository users, RecoveryCodeRepository recoveryCodes, FieldEncryption encryption,
			SignInThrottle throttle, AuditTrail audit, SecuritySettings settings, Clock clock) {
		this.users = users;
		this.recoveryCodes = recoveryCodes;
		this.encryption = encryption;
		this.throttle = throttle;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** A new secret to enrol, not stored until the user proves their app has it. */
	Enrolment newEnrolment(StaffPrincipal user) {
		byte[] secret = TotpCodes.newSecret();
		return enrolment(user, TotpCodes.toText(secret));
	}

	Enrolment enrolment(StaffPrincipal user, String secretText) {
		String uri = TotpCodes.keyUri(settings.mfa().issuer(), user.username(), TotpCodes.fromText(secretText));
		return new Enrolment(secretText, uri, settings.mfa().issuer());
	}

	/**
	 * Stores the secret once a code from it is right, and returns the new recovery codes (to be shown once). Empty
	 * when the code is wrong.
	 */
	@Transactional
	Optional<List<String>> confirmEnrolment(StaffPrincipal principal, String secretText, String typedCode) {
		StaffUser user = users.findById(principal.userId()).orElseThrow();
		if (user.isSecondFactorEnrolled()) {
			throw new IllegalStateException("Already enrolled");
		}
		byte[] secret = TotpCodes.fromText(secretText);
		OptionalLong step = TotpCodes.matchingStep(secret, typedCode, null, clock.instant());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		user.enrolSecondFactor(encryptSecret(user.getId(), secret), step.getAsLong(), clock.instant());
		List<String> codes = replaceRecoveryCodes(user.getId());
		audit.append(AuditActor.of(principal), "MFA_ENROLLED", "staff_user", user.getId(),
				"Authenticator app set up; " + codes.size() + " recovery codes issued");
		return Optional.of(codes);
	}

	/** Checks an authenticator code at sign-in: once per code, throttled. */
	@Transactional
	CodeCheck verify(StaffPrincipal principal, String typedCode) {
		Optional<Instant> refused = throttle.codesRefusedUntil(principal.userId(), principal.username());
		if (refused.isPresent()) {
			return CodeCheck.locked(throttle.minutesUntil(refused.get()));
		}
		StaffUser user = users.findById(principal.userId()).orElseThrow();
		if (!user.isSecondFactorEnrolled()) {
			return CodeCheck.wrong();
		}
		OptionalLong step = TotpCodes.looksLikeACode(typedCode) ? TotpCodes.matchingStep(
				decryptSecret(user), typedCode, user.getTotpLastStep(), clock.instant()) : OptionalLong.empty();
		if (step.isPresent()) {
			user.codeAccepted(step.getAsLong());
			throttle.codeAccepted(user.getId());
			return CodeCheck.accepted();
		}
		audit.append(AuditActor.of(principal), "MFA_CODE_FAILED", "staff_user", principal.userId(),
				"Wrong or reused authenticator code");
		return failed(principal);
	}

	/** A recovery code instead of the app: each works once. */
	@Transactional
	CodeCheck useRecoveryCode(StaffPrincipal principal, String typedCode) {
		Optional<Instant> refused = throttle.codesRefusedUntil(principal.userId(), principal.username());
		if (refused.isPresent()) {
			return CodeCheck.locked(throttle.minutesUntil(refused.get()));
		}
		Optional<RecoveryCode> code = recoveryCodes.findByStaffUserIdAndCodeHash(principal.userId(),
				hash(principal.userId(), normaliseRecoveryCode(typedCode)));
		if (code.isPresent() && !code.get().isUsed()) {
			code.get().use(clock.instant());
			throttle.codeAccepted(principal.userId());
			long left = recoveryCodes.countByStaffUserIdAndUsedAtIsNull(principal.userId());
			audit.append(AuditActor.of(principal), "MFA_RECOVERY_CODE_USED", "staff_user", principal.userId(),
					left + " recovery codes left");
			return CodeCheck.accepted();
		}
		audit.append(AuditActor.of(principal), "MFA_RECOVERY_CODE_FAILED", "staff_user", principal.userId(),
				"Wrong or used recovery code");
		return failed(principal);
	}

	boolean isEnrolled(long userId) {
		return users.findById(userId).map(StaffUser::isSecondFactorEnrolled).orElse(false);
	}

	long recoveryCodesLeft(long userId) {
		return recoveryCodes.countByStaffUserIdAndUsedAtIsNull(userId);
	}

	/** An administrator removes a user's app and recovery codes (a lost phone): they set up a new one at sign-in. */
	@Transactional
	void reset(long userId) {
		StaffUser user = users.findById(userId).orElseThrow(() -> new StaffAccounts.StaffUserNotFound(userId));
		user.removeSecondFactor();
		recoveryCodes.deleteByStaffUserId(userId);
		throttle.unlock(user.getEmail());
		audit.record("STAFF_USER_MFA_RESET", "staff_user", userId,
				"Authenticator app and recovery codes removed by administrator");
	}

	private CodeCheck failed(StaffPrincipal principal) {
		Optional<Instant> locked = throttle.recordCodeFailure(principal.userId(), principal.username());
		if (locked.isPresent()) {
			audit.append(AuditActor.of(principal), "MFA_LOCKED", "staff_user", principal.userId(),
					"Codes refused for " + throttle.minutesUntil(locked.get()) + " minutes");
			return CodeCheck.locked(throttle.minutesUntil(locked.get()));
		}
		return CodeCheck.wrong();
	}

	private List<String> replaceRecoveryCodes(long userId) {
		recoveryCodes.deleteByStaffUserId(userId);
		List<String> codes = new ArrayList<>();
		Instant now = clock.instant();
		for (int i = 0; i < settings.mfa().recoveryCodes(); i++) {
			String code = newRecoveryCode();
			codes.add(code);
			recoveryCodes.save(new RecoveryCode(userId, hash(userId, normaliseRecoveryCode(code)), now));
		}
		return codes;
	}

	private static String newRecoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < RECOVERY_LENGTH; i++) {
			if (i == RECOVERY_LENGTH / 2) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
		}
		return code.toString();
	}

	static String normaliseRecoveryCode(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	/** Keyed, and bound to the account: a database reader can neither test guesses nor move a hash to another user. */
	private String hash(long userId, String code) {
		byte[] mac = encryption.newMac("recovery-code").doFinal((userId + "\n" + code).getBytes(StandardCharsets.UTF_8));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
	}

	private String encryptSecret(long userId, byte[] secret) {
		return Base64.getEncoder().encodeToString(encryption.encrypt(secret, "totp-secret/" + userId));
	}

	private byte[] decryptSecret(StaffUser user) {
		return encryption.decrypt(Base64.getDecoder().decode(user.getTotpSecret()), "totp-secret/" + user.getId());
	}

	/** What the enrolment page shows: the secret as text, and the URI the QR code holds. */
	record Enrolment(String secretText, String keyUri, String issuer) {

		String qrCodeSvg(String accessibleName) {
			return QrCodeSvg.render(keyUri, accessibleName);
		}

	}

	/** The outcome of a code: accepted, wrong, or refused for some minutes. */
	record CodeCheck(Outcome outcome, long minutes) {

		enum Outcome {

			ACCEPTED, WRONG, LOCKED

		}

		static CodeCheck accepted() {
			return new CodeCheck(Outcome.ACCEPTED, 0);
		}

		static CodeCheck wrong() {
			return new CodeCheck(Outcome.WRONG, 0);
		}

		static CodeCheck locked(long minutes) {
			return new CodeCheck(Outcome.LOCKED, minutes);
		}

		boolean isAccepted() {
			return outcome == Outcome.ACCEPTED;
		}

	}

}
