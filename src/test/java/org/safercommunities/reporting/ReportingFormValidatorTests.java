package org.safercommunities.reporting;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safercommunities.uploads.UploadSettings;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/** The follow-up and evidence forms' rules, without Spring: every rule and every message key. */
class ReportingFormValidatorTests {

	private final EvidenceFormValidator evidence = new EvidenceFormValidator(
			new ReportingSettings(List.of(), Map.of(), 10, 5),
			new UploadSettings(40_000_000, 150, 30, null, Duration.ofMinutes(5)));

	@Test
	void openingAReportNeedsTheReferenceAndTheSecretWords() {
		Errors neither = validate(new FollowUpFormValidator(), followUp(" ", null));
		assertThat(codes(neither)).containsExactly(
				Map.entry("reference", List.of("reporting.follow-up.error.reference")),
				Map.entry("secret", List.of("reporting.follow-up.error.secret")));
		assertKeysExist(neither, "reporting");

		assertThat(validate(new FollowUpFormValidator(), followUp("HC-7K3Q-9P", "maple river")).hasErrors()).isFalse();
	}

	@Test
	void addedInformationMustSaySomethingWithinTheLongAnswerLength() {
		Errors blank = validate(new InformationFormValidator(), information("  "));
		Errors tooLong = validate(new InformationFormValidator(), information("x".repeat(ReportValidator.LONG_TEXT + 1)));
		assertThat(codes(blank)).containsExactly(Map.entry("information", List.of("reporting.follow-up.error.information")));
		assertThat(codes(tooLong)).containsExactly(Map.entry("information", List.of("reporting.follow-up.error.too-long")));
		assertKeysExist(blank, "reporting");
		assertKeysExist(tooLong, "reporting");

		assertThat(validate(new InformationFormValidator(), information("x".repeat(ReportValidator.LONG_TEXT))).hasErrors())
			.isFalse();
	}

	@Test
	void anUploadNeedsAFileAndAnEmptyPartIsNone() {
		EvidenceForm form = new EvidenceForm();
		form.setFiles(List.of(new MockMultipartFile("files", "", "application/octet-stream", new byte[0])));
		Errors none = validate(evidence, form);
		assertThat(codes(none)).containsExactly(Map.entry("files", List.of("reporting.evidence.error.none")));
		assertKeysExist(none, "reporting");

		form.setFiles(List.of(new MockMultipartFile("files", "photo.jpg", "image/jpeg", new byte[] { 1 })));
		assertThat(validate(evidence, form).hasErrors()).isFalse();
	}

	@Test
	void aRefusedFileIsNamedInItsMessageAndEveryMessageGetsTheLimits() {
		Errors errors = validate(evidence, new EvidenceForm());
		evidence.rejectFile(errors, "huge.png", "reporting.evidence.error.too-many-pixels");
		evidence.rejectFile(errors, "long.pdf", "reporting.evidence.error.too-many-pages");
		evidence.rejectTooLarge(errors);
		assertKeysExist(errors, "reporting");

		assertThat(texts(errors)).containsExactly("Select a file to add",
				"huge.png: The picture is too large: it must be smaller than 40 megapixels. Try a smaller photo or a screenshot",
				"long.pdf: The PDF must have 30 pages or fewer", "The file must be smaller than 10MB");
	}

	private static List<String> texts(Errors errors) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/reporting");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return errors.getAllErrors().stream().map(error -> messages.getMessage(error, Locale.UK)).toList();
	}

	private static FollowUpForm followUp(String reference, String secret) {
		FollowUpForm form = new FollowUpForm();
		form.setReference(reference);
		form.setSecret(secret);
		return form;
	}

	private static InformationForm information(String text) {
		InformationForm form = new InformationForm();
		form.setInformation(text);
		return form;
	}

}
