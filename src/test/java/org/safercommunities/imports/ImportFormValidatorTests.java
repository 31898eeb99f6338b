package org.safercommunities.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/** The upload form's rules, without Spring: every rule and every message key, each naming the file. */
class ImportFormValidatorTests {

	private final ImportFormValidator rules = new ImportFormValidator(2_000_000);

	@Test
	void anUploadNeedsAKindAndAFile() {
		ImportForm form = new ImportForm();
		form.setKind(null);
		Errors errors = validate(rules, form);
		assertThat(codes(errors)).containsExactly(Map.entry("kind", List.of("imports.kind.blank")),
				Map.entry("files", List.of("imports.files.blank")));
		assertKeysExist(errors, "imports");
	}

	@Test
	void eachFileIsANonEmptyTextCsvOfASensibleSize() {
		ImportForm form = new ImportForm();
		form.setFiles(List.of(file("empty.csv", new byte[0]), file("figures.xlsx", text("a,b")),
				file("huge.csv", new byte[2_000_001]), file("binary.csv", new byte[] { 'a', 0, 'b' }),
				file("2024-01-metropolitan-street.csv", text("Crime ID,Month\n"))));
		Errors errors = validate(rules, form);
		assertThat(codes(errors)).containsExactly(Map.entry("files", List.of("imports.files.empty",
				"imports.files.not-csv", "imports.files.too-big", "imports.files.not-text")));
		assertThat(errors.getFieldErrors("files")).extracting(error -> error.getArguments()[0])
			.containsExactly("empty.csv", "figures.xlsx", "huge.csv", "binary.csv");
		assertThat(errors.getFieldErrors("files").get(2).getArguments()).containsExactly("huge.csv", 2L);
		assertKeysExist(errors, "imports");
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "text/csv", content);
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
