package org.safercommunities.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/** The audit search filters' rules, without Spring: every rule and every message key. */
class AuditFilterValidatorTests {

	private final AuditFilterValidator rules = new AuditFilterValidator();

	@Test
	void noFiltersAtAllIsASearchForEverything() {
		assertThat(validate(rules, new AuditFilterForm()).hasErrors()).isFalse();
	}

	@Test
	void eachDateGivenMustBeADate() {
		Errors errors = validate(rules, filter("21/11/2026", "yesterday"));
		assertThat(codes(errors)).containsExactly(Map.entry("from", List.of("audit.filter.date-invalid.from")),
				Map.entry("to", List.of("audit.filter.date-invalid.to")));
		assertKeysExist(errors, "staff");
	}

	@Test
	void thePeriodMustNotEndBeforeItStarts() {
		Errors errors = validate(rules, filter("2026-11-21", "2026-11-20"));
		assertThat(codes(errors)).containsExactly(Map.entry("to", List.of("audit.filter.to-before-from")));
		assertKeysExist(errors, "staff");
		assertThat(validate(rules, filter("2026-11-21", "2026-11-21")).hasErrors()).as("one day").isFalse();
	}

	@Test
	void aWrongDateCountsAsNotGivenInTheSearch() {
		AuditSearch search = filter(" 2026-11-21 ", "soon").toSearch(2);
		assertThat(search.from()).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(search.to()).isNull();
		assertThat(search.page()).isEqualTo(2);
	}

	private static AuditFilterForm filter(String from, String to) {
		AuditFilterForm form = new AuditFilterForm();
		form.setFrom(from);
		form.setTo(to);
		return form;
	}

}
