package org.safercommunities.crypto;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the encryption key comes from. Production gives the Tink keyset as JSON in {@code SAFER_CRYPTO_KEYSET}.
 * Only the embedded demo may generate one on first start, kept in {@code keysetFile} next to its database.
 */
@ConfigurationProperties("safer.crypto")
record CryptoSettings(String keyset, Path keysetFile, boolean generateIfMissing) {
}
