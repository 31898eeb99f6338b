package org.safercommunities.security;

import org.safercommunities.crypto.FieldEncryption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions live in the database (Spring Session JDBC) so several app instances can share the load. Boot's
 * session starter for 4.1.1 is not available here, so this wires by hand what it would have done.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idleTimeout(SecuritySettings settings,
			FieldEncryption encryption) {
		return repository -> {
			repository.setDefaultMaxInactiveInterval(settings.session().idleTimeout());
			repository.setConversionService(encryptedAttributes(encryption));
		};
	}

	/**
	 * Session attributes are serialised and then encrypted before they reach {@code spring_session_attributes}: a
	 * staff member's session holds what they are typing (an assisted report, say), and nothing personal is kept in
	 * the clear at rest. A value that cannot be decrypted (a key removed, a session from before encryption) reads
	 * as absent, so its owner simply signs in again.
	 */
	private static ConversionService encryptedAttributes(FieldEncryption encryption) {
		GenericConversionService conversions = new GenericConversionService();
		SerializingConverter serializer = new SerializingConverter();
		DeserializingConverter deserializer = new DeserializingConverter(SessionConfiguration.class.getClassLoader());
		conversions.addConverter(Object.class, byte[].class,
				value -> encryption.encrypt(serializer.convert(value), SESSION_ATTRIBUTE));
		conversions.addConverter(byte[].class, Object.class, bytes -> {
			try {
				return deserializer.convert(encryption.decrypt(bytes, SESSION_ATTRIBUTE));
			}
			catch (RuntimeException ex) {
				return null;
			}
		});
		return conversions;
	}

	private static final String SESSION_ATTRIBUTE = "session-attribute";

	@Bean
	CookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName("SAFER_SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setUseSecureCookie(secure);
		serializer.setUseBase64Encoding(false);
		return serializer;
	}

}
