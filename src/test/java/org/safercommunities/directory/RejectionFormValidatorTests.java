package org.safercommunities.directory;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/** Rejecting an owner's proposal, without Spring: the rule, its message key, and the field it is recorded on. */
class RejectionFormValidatorTests {

	@Test
	void aRejectionNeedsAReasonRecordedOnThatProposalsOwnBox() {
		for (String reason : new String[] { null, "", "   " }) {
			Errors errors = validate(new RejectionFormValidator(), new RejectionForm(42, reason));
			assertThat(codes(errors)).as("reason %s", reason)
				.containsExactly(Map.entry("reason[42]", List.of("directory-staff.reject.reason-blank")));
			assertKeysExist(errors, "directory-staff");
		}
		assertThat(validate(new RejectionFormValidator(), new RejectionForm(42, "Wrong opening hours")).hasErrors())
			.isFalse();
	}

}
