package org.safercommunities.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * JPA converter for a text column holding personal data: {@code @Convert(converter = EncryptedText.class)}.
 * The database only ever sees the Base64 ciphertext.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

	private final FieldEncryption encryption;

	public EncryptedText(FieldEncryption encryption) {
		this.encryption = encryption;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return encryption.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String column) {
		return encryption.decrypt(column);
	}

}
