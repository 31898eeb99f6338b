package org.safercommunities.reporting;

import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.crypto.FieldEncryption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small values handed from one public page to the next through the person's own browser, encrypted and bound
 * to their name, and read once: the confirmation's reference and secret words after sending, the name of a file
 * that could not be read. They never touch the server's session or database, so a secret word is kept nowhere but
 * on the screen that shows it.
 */
@Component
class SealedCookies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FieldEncryption encryption;

	private final boolean secure;

	SealedCookies(FieldEncryption encryption, @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		this.encryption = encryption;
		this.secure = secure;
	}

	/** Hands {@code value} to the next request for {@code path}, for at most {@code maxAgeSeconds}. */
	void seal(HttpServletResponse response, String name, String path, long maxAgeSeconds, Object value) {
		byte[] sealed = encryption.encrypt(JSON.writeValueAsBytes(value), "cookie/" + name);
		response.addHeader("Set-Cookie", cookie(name, path, Base64.getUrlEncoder().withoutPadding().encodeToString(sealed),
				maxAgeSeconds).toString());
	}

	/** The value, once: the cookie is cleared in the same response. Empty if absent, expired or tampered with. */
	<T> Optional<T> open(HttpServletRequest request, HttpServletResponse response, String name, String path, Class<T> type) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (name.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
				response.addHeader("Set-Cookie", cookie(name, path, "", 0).toString());
				try {
					byte[] plain = encryption.decrypt(Base64.getUrlDecoder().decode(cookie.getValue()), "cookie/" + name);
					return Optional.of(JSON.readValue(plain, type));
				}
				catch (RuntimeException ex) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	private ResponseCookie cookie(String name, String path, String value, long maxAgeSeconds) {
		return ResponseCookie.from(name, value).path(path).httpOnly(true).secure(secure).sameSite("Lax")
			.maxAge(maxAgeSeconds).build();
	}

}
