package org.safercommunities.crypto;

/**
 * A stored value that cannot be decrypted with the configured key (a wrong key, or a damaged or tampered value).
 * Nothing is ever shown in its place; pages that meet one say the record cannot be read.
 */
public class UndecryptableValue extends IllegalStateException {

	UndecryptableValue(String message, Throwable cause) {
		super(message, cause);
	}

}
