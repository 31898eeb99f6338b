package org.safercommunities.organisations;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/** The organisation form's rules, without Spring: every rule and every message key. */
class OrganisationFormValidatorTests {

	private final OrganisationFormValidator rules = new OrganisationFormValidator();

	@Test
	void anOrganisationNeedsANameAndAType() {
		Errors errors = validate(rules, form(" ", null));
		assertThat(codes(errors)).containsExactly(Map.entry("name", List.of("organisation.name.blank")),
				Map.entry("type", List.of("organisation.type.blank")));
		assertKeysExist(errors, "staff");
	}

	@Test
	void theNameIsAtMostTwoHundredCharacters() {
		Errors errors = validate(rules, form("x".repeat(201), OrganisationType.CHARITY));
		assertThat(codes(errors)).containsExactly(Map.entry("name", List.of("organisation.name.too-long")));
		assertKeysExist(errors, "staff");
		assertThat(validate(rules, form("x".repeat(200), OrganisationType.CHARITY)).hasErrors()).isFalse();
	}

	private static OrganisationForm form(String name, OrganisationType type) {
		OrganisationForm form = new OrganisationForm();
		form.setName(name);
		form.setType(type);
		return form;
	}

}
