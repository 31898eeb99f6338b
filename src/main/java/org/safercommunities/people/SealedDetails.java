package org.safercommunities.people;

import org.safercommunities.crypto.FieldEncryption;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's details as one ciphertext: JSON sealed for the purpose {@code person}, so the ciphertext cannot be
 * passed off as another kind of record's. The database never holds a name, a phone number or a postcode in the clear.
 */
@Component
class SealedDetails {

	private static final String PURPOSE = "person";

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final FieldEncryption encryption;

	SealedDetails(FieldEncryption encryption) {
		this.encryption = encryption;
	}

	String seal(PersonDetails details) {
		return java.util.Base64.getEncoder().encodeToString(encryption.encrypt(JSON.writeValueAsBytes(details), PURPOSE));
	}

	/** The details; throws {@code UndecryptableValue} when the key does not open them. */
	PersonDetails open(String sealed) {
		return JSON.readValue(encryption.decrypt(java.util.Base64.getDecoder().decode(sealed), PURPOSE),
				PersonDetails.class);
	}

	boolean canOpen(String sealed) {
		return tryOpen(sealed).isPresent();
	}

	/** The details, or empty when the key does not open them: one decryption where canOpen and open took two. */
	java.util.Optional<PersonDetails> tryOpen(String sealed) {
		try {
			return java.util.Optional.of(open(sealed));
		}
		catch (RuntimeException ex) {
			return java.util.Optional.empty();
		}
	}

}
