/**
 * Encryption at rest for personal and special-category data. Public API: {@link FieldEncryption} and the JPA
 * converter {@link EncryptedText}.
 */
@ApplicationModule(displayName = "Encryption", allowedDependencies = {})
package org.safercommunities.crypto;

import org.springframework.modulith.ApplicationModule;
