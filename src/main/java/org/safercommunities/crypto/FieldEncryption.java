package org.safercommunities.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Authenticated encryption (AES-256-GCM through Google Tink) for personal and special-category data at rest.
 * Every module stores such fields through {@link EncryptedText} or {@link #encrypt(byte[])}, so there is one
 * key, one format and one place to rotate. Tink keysets hold several keys and every ciphertext starts with the id of
 * the key that made it: rotation adds a primary key ({@code rotate-keyset}), new values use it at once, old ones
 * still open, and {@link KeyRotation} re-encrypts them so the old key can go.
 * <p>
 * The keyed hashes (pseudonyms, blind indexes, the audit chain) are derived from one key of the keyset, pinned on
 * first start ({@link MacKeyPin}), so adding a key does not change them.
 */
@Component
public class FieldEncryption implements Pseudonyms {

	private static final Logger log = LoggerFactory.getLogger(FieldEncryption.class);

	/** Binds ciphertexts to this application, so they cannot be replayed into another Tink user. */
	private static final byte[] CONTEXT = "safer-communities/v1".getBytes(StandardCharsets.UTF_8);

	private final Aead aead;

	private final KeysetHandle keyset;

	/** Key of {@link #pseudonym}: derived from the pinned key, so it lives only where the keyset does. */
	private final javax.crypto.spec.SecretKeySpec pseudonymKey;

	/** Root of {@link #newMac(String)} (the audit chain), pinned on its own. */
	private final javax.crypto.spec.SecretKeySpec chainKey;

	/** With the keyed hashes derived from the keyset's primary key: for tests and tools without a database. */
	FieldEncryption(CryptoSettings settings) throws GeneralSecurityException {
		this(settings, (purpose, primary) -> primary);
	}

	@org.springframework.beans.factory.annotation.Autowired
	FieldEncryption(CryptoSettings settings, MacKeyPin pin) throws GeneralSecurityException {
		this(loadKeyset(settings), pin);
	}

	FieldEncryption(KeysetHandle keyset, MacKeyPin pin) throws GeneralSecurityException {
		AeadConfig.register();
		this.keyset = keyset;
		this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
		this.pseudonymKey = hmacKey(macRoot(keyset, pin.keyIdFor(MacKeyPin.HASHES, primaryKeyId())));
		this.chainKey = hmacKey(macRoot(keyset, pin.keyIdFor(MacKeyPin.AUDIT_CHAIN, primaryKeyId())));
	}

	private static javax.crypto.spec.SecretKeySpec hmacKey(byte[] material) {
		return new javax.crypto.spec.SecretKeySpec(material, "HmacSHA256");
	}

	/**
	 * Pseudonyms under another key of the keyset, for rebuilding blind indexes before the hashes pin moves to it
	 * ({@link KeyRotation#rekeyHashes}).
	 */
	Pseudonyms pseudonymsUnder(int keyId) throws GeneralSecurityException {
		javax.crypto.spec.SecretKeySpec key = hmacKey(macRoot(keyset, keyId));
		return value -> {
			try {
				javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
				mac.init(key);
				return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HMAC-SHA256 is not available", ex);
			}
		};
	}

	/**
	 * The material the keyed hashes derive from: a hash of the pinned key alone, serialised as a keyset. For a keyset
	 * of one key this is the hash of the whole keyset, as before rotation existed, so existing pseudonyms, blind
	 * indexes and audit entries still match.
	 */
	private static byte[] macRoot(KeysetHandle keyset, int pinnedKeyId) throws GeneralSecurityException {
		KeysetHandle.Entry pinned = null;
		for (int i = 0; i < keyset.size(); i++) {
			if (keyset.getAt(i).getId() == pinnedKeyId) {
				pinned = keyset.getAt(i);
			}
		}
		if (pinned == null) {
			throw new IllegalStateException("The keyset has no key " + Integer.toUnsignedString(pinnedKeyId)
					+ ", which look-up keys and the audit chain are made with: keep that key in SAFER_CRYPTO_KEYSET "
					+ "when rotating (rotate-keyset keeps it).");
		}
		KeysetHandle alone = KeysetHandle.newBuilder()
			.addEntry(KeysetHandle.importKey(pinned.getKey()).withFixedId(pinned.getId()).makePrimary())
			.build();
		return java.security.MessageDigest.getInstance("SHA-256").digest(("safer-communities/pseudonym/v1\n"
				+ TinkJsonProtoKeysetFormat.serializeKeyset(alone, InsecureSecretKeyAccess.get()))
			.getBytes(StandardCharsets.UTF_8));
	}

	/** The id of the key new values are encrypted with. */
	public int primaryKeyId() {
		return keyset.getPrimary().getId();
	}

	/**
	 * The id of the key that made a ciphertext (Tink's prefix: a version byte, then the key id), or empty when the
	 * value is not one of ours.
	 */
	public static java.util.OptionalInt keyIdOf(byte[] ciphertext) {
		if (ciphertext == null || ciphertext.length < 5 || ciphertext[0] != 1) {
			return java.util.OptionalInt.empty();
		}
		return java.util.OptionalInt.of(java.nio.ByteBuffer.wrap(ciphertext, 1, 4).getInt());
	}

	/**
	 * A stable stand-in for a value that must be matched but never kept, such as a client address used as a rate
	 * limit key: HMAC-SHA256 under a key derived from the keyset (URL-safe Base64, 43 characters). Without the key
	 * it cannot be turned back into the value, even by trying every IPv4 address.
	 */
	@Override
	public String pseudonym(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * One keyed HMAC per thread: {@code Mac.getInstance} and {@code init} on every call showed up in the profile of
	 * every public page (the CSRF token and the draft's row are pseudonyms), and a Mac is not thread-safe.
	 */
	private final ThreadLocal<javax.crypto.Mac> macs = ThreadLocal.withInitial(this::newMac);

	private javax.crypto.Mac newMac() {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(pseudonymKey);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/**
	 * A new HMAC-SHA256 under a key of its own for {@code purpose} (derived from the keyset, so it too lives only where
	 * the keyset does, never in the database), such as the audit log's hash chain. Derived from the audit chain's pinned
	 * key, which never moves (its entries cannot be rewritten). Not thread-safe: one per thread.
	 */
	public javax.crypto.Mac newMac(String purpose) {
		try {
			javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
			derive.init(chainKey);
			byte[] key = derive.doFinal(("safer-communities/mac/" + purpose).getBytes(StandardCharsets.UTF_8));
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	public String encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		return Base64.getEncoder().encodeToString(encrypt(plaintext.getBytes(StandardCharsets.UTF_8)));
	}

	public String decrypt(String ciphertext) {
		if (ciphertext == null) {
			return null;
		}
		return new String(decrypt(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
	}

	/**
	 * Whether a stored value decrypts with the configured key, without handing the plaintext to anyone: so a page
	 * that lists records can say which cannot be read instead of failing for all of them.
	 */
	public boolean canDecrypt(String ciphertext) {
		if (ciphertext == null) {
			return true;
		}
		try {
			aead.decrypt(Base64.getDecoder().decode(ciphertext), CONTEXT);
			return true;
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	public byte[] encrypt(byte[] plaintext) {
		try {
			return aead.encrypt(plaintext, CONTEXT);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public byte[] decrypt(byte[] ciphertext) {
		try {
			return aead.decrypt(ciphertext, CONTEXT);
		}
		catch (GeneralSecurityException ex) {
			// Wrong key or tampered value: never fall back to showing anything.
			throw new UndecryptableValue("A stored value could not be decrypted with the configured key", ex);
		}
	}

	/**
	 * Encrypts a value bound to what it is for (for example {@code "report-draft/" + rowId}): a ciphertext made for
	 * one purpose cannot be passed off as another, such as one journey's draft as another's.
	 */
	public byte[] encrypt(byte[] plaintext, String purpose) {
		try {
			return aead.encrypt(plaintext, associatedData(purpose));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	/** Decrypts what {@link #encrypt(byte[], String)} made for the same purpose; fails on anything else. */
	public byte[] decrypt(byte[] ciphertext, String purpose) {
		try {
			return aead.decrypt(ciphertext, associatedData(purpose));
		}
		catch (GeneralSecurityException ex) {
			throw new UndecryptableValue("A value could not be decrypted for " + purpose.replaceAll("/.*", ""), ex);
		}
	}

	/**
	 * The same value encrypted again under the primary key: for {@link KeyRotation}. {@code purpose} is what it was
	 * encrypted for, or null for values of {@link #encrypt(byte[])}.
	 */
	byte[] reencrypt(byte[] ciphertext, String purpose) {
		return purpose == null ? encrypt(decrypt(ciphertext)) : encrypt(decrypt(ciphertext, purpose), purpose);
	}

	private static byte[] associatedData(String purpose) {
		return ("safer-communities/v1/" + purpose).getBytes(StandardCharsets.UTF_8);
	}

	/** A new keyset as JSON, for {@code SAFER_CRYPTO_KEYSET}. */
	public static String newKeysetJson() throws GeneralSecurityException {
		AeadConfig.register();
		return TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
				InsecureSecretKeyAccess.get());
	}

	/**
	 * The keyset with a new AES-256-GCM key added as primary, as JSON: the first step of rotation. Every old key stays
	 * (old values and the keyed hashes need them) until {@link KeyRotation} has re-encrypted what they made.
	 */
	public static String rotatedKeysetJson(String keysetJson) throws GeneralSecurityException {
		AeadConfig.register();
		KeysetHandle current = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
		KeysetHandle rotated = KeysetHandle.newBuilder(current)
			.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId()
				.makePrimary())
			.build();
		return TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get());
	}

	private static KeysetHandle loadKeyset(CryptoSettings settings) throws GeneralSecurityException {
		AeadConfig.register();
		if (StringUtils.hasText(settings.keyset())) {
			return TinkJsonProtoKeysetFormat.parseKeyset(settings.keyset(), InsecureSecretKeyAccess.get());
		}
		if (settings.generateIfMissing() && settings.keysetFile() != null) {
			return demoKeyset(settings);
		}
		throw new IllegalStateException("No encryption key: set SAFER_CRYPTO_KEYSET to a Tink keyset "
				+ "(make one with: java -jar safer-communities.jar new-keyset). Personal data is never stored "
				+ "unencrypted, so the application will not start without it.");
	}

	private static KeysetHandle demoKeyset(CryptoSettings settings) throws GeneralSecurityException {
		try {
			if (Files.exists(settings.keysetFile())) {
				return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(settings.keysetFile()),
						InsecureSecretKeyAccess.get());
			}
			Files.createDirectories(settings.keysetFile().toAbsolutePath().getParent());
			String json = newKeysetJson();
			Files.writeString(settings.keysetFile(), json);
			restrictToOwner(settings);
			log.warn("Generated a demo encryption key in {}; production must set SAFER_CRYPTO_KEYSET",
					settings.keysetFile());
			return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void restrictToOwner(CryptoSettings settings) throws IOException {
		try {
			Files.setPosixFilePermissions(settings.keysetFile(), Set.copyOf(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the demo key stays with the user's default permissions.
		}
	}

}
