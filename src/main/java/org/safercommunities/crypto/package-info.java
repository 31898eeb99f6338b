/**
 * Encryption at rest for personal and special-category data. Public API: {@link FieldEncryption} and the JPA
 * converter {@link EncryptedText}.
 */
package org.safercommunities.crypto;
