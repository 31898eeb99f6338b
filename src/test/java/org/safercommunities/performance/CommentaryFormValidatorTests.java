package org.safercommunities.performance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/** The commentary form's rule, without Spring: text, within the length kept. */
class CommentaryFormValidatorTests {

	@Test
	void commentaryHasTextOfAtMostTenThousandCharacters() {
		for (String wrong : new String[] { null, "  ", "x".repeat(10_001) }) {
			Errors errors = validate(new CommentaryFormValidator(), commentary(wrong));
			assertThat(codes(errors)).containsExactly(Map.entry("body", List.of("performance.commentary.error.required")));
			assertKeysExist(errors, "performance");
		}
		assertThat(validate(new CommentaryFormValidator(), commentary("x".repeat(10_000))).hasErrors()).isFalse();
	}

	private static CommentaryForm commentary(String body) {
		CommentaryForm form = new CommentaryForm();
		form.setBody(body);
		return form;
	}

}
