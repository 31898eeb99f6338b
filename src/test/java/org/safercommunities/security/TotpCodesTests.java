package org.safercommunities.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpCodesTests {

	/** RFC 6238 appendix B's SHA-1 secret. */
	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void codesAreRfc6238sTestVectorsInSixDigits() {
		// Appendix B gives 8 digits; six-digit codes are their last six (the same truncation, modulo 10^6).
		assertThat(TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(1111111111)))).isEqualTo("050471");
		assertThat(TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepAt(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void aCodeIsAcceptedForItsStepAndOneEitherSideOnly() {
		Instant now = Instant.ofEpochSecond(1_800_000_015);
		long step = TotpCodes.stepAt(now);
		assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step - 1), null, now)).hasValue(step - 1);
		assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step + 1), null, now)).hasValue(step + 1);
		assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step - 2), null, now)).isEmpty();
		assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step + 2), null, now)).isEmpty();
	}

	@Test
	void aCodeOfTheLastAcceptedStepOrEarlierIsRefused() {
		Instant now = Instant.ofEpochSecond(1_800_000_015);
		long step = TotpCodes.stepAt(now);
		String code = TotpCodes.codeAt(RFC_SECRET, step);

		assertThat(TotpCodes.matchingStep(RFC_SECRET, code, step - 1, now)).hasValue(step);
		assertThat(TotpCodes.matchingStep(RFC_SECRET, code, step, now)).as("replayed").isEmpty();
		assertThat(TotpCodes.matchingStep(RFC_SECRET, TotpCodes.codeAt(RFC_SECRET, step - 1), step, now)).isEmpty();
	}

	@Test
	void spacesInTheTypedCodeAreIgnoredAndAnythingElseIsRefused() {
		Instant now = Instant.ofEpochSecond(1_800_000_015);
		String code = TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepAt(now));
		assertThat(TotpCodes.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), null, now)).isPresent();
		assertThat(TotpCodes.matchingStep(RFC_SECRET, "abcdef", null, now)).isEmpty();
		assertThat(TotpCodes.matchingStep(RFC_SECRET, null, null, now)).isEmpty();
	}

	@Test
	void theSecretReadsBackFromItsTextAndTheKeyUriCarriesIt() {
		byte[] secret = TotpCodes.newSecret();
		String text = TotpCodes.toText(secret);
		assertThat(text).matches("([A-Z2-7]{4} )+[A-Z2-7]{4}");
		assertThat(TotpCodes.fromText(text.toLowerCase())).isEqualTo(secret);
		assertThat(TotpCodes.keyUri("Safer Communities", "ola@barnet.example", secret))
			.startsWith("otpauth://totp/Safer%20Communities:ola%40barnet.example?secret=" + text.replace(" ", ""))
			.endsWith("&issuer=Safer%20Communities&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void theQrCodeIsAnSvgDrawnHere() {
		String svg = QrCodeSvg.render("otpauth://totp/x:y?secret=ABCD", "QR \"code\"");
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("aria-label=\"QR &quot;code&quot;\"")
			.contains("<path fill=\"#0b0c0c\" d=\"M4 4h1v1h-1z").doesNotContain("href", "<image", "<script").endsWith("</svg>");
	}

}
