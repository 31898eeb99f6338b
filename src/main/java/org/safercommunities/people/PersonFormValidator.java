package org.safercommunities.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.people.PersonDetails.ProtectedCharacteristic;
import org.safercommunities.people.PersonDetails.Vulnerability;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of {@link PersonForm}, with GOV.UK wording ({@code people.error.*}): a given or a family name; a date
 * of birth that is a real day in the past; a phone number, e-mail address and postcode that look like one.
 * Plain code, given today when made.
 */
record PersonFormValidator(LocalDate today) implements Validator {

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	private static final Set<String> VULNERABILITIES = Arrays.stream(Vulnerability.values()).map(Enum::name)
		.collect(Collectors.toSet());

	private static final Set<String> CHARACTERISTICS = Arrays.stream(ProtectedCharacteristic.values()).map(Enum::name)
		.collect(Collectors.toSet());

	@Override
	public boolean supports(Class<?> type) {
		return PersonForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PersonForm form = (PersonForm) target;
		if (!PersonForm.hasText(form.getGivenName()) && !PersonForm.hasText(form.getFamilyName())) {
			errors.rejectValue("givenName", "people.error.name");
		}
		tooLong(form.getGivenName(), "givenName", 200, errors);
		tooLong(form.getFamilyName(), "familyName", 200, errors);
		tooLong(form.getAliases(), "aliases", 2000, errors);
		dateOfBirth(form, errors);
		tooLong(form.getAddressLine1(), "addressLine1", 300, errors);
		tooLong(form.getAddressLine2(), "addressLine2", 300, errors);
		tooLong(form.getTown(), "town", 100, errors);
		if (PersonForm.hasText(form.getPostcode()) && PersonKeys.postcode(form.getPostcode()).isEmpty()) {
			errors.rejectValue("postcode", "people.error.postcode");
		}
		if (PersonForm.hasText(form.getPhone())
				&& (!form.getPhone().strip().matches("^[0-9 +()\\-]{6,40}$") || PersonKeys.phone(form.getPhone()).isEmpty())) {
			errors.rejectValue("phone", "people.error.phone");
		}
		if (PersonForm.hasText(form.getEmail()) && (!form.getEmail().strip().matches(EMAIL) || form.getEmail().length() > 254)) {
			errors.rejectValue("email", "people.error.email");
		}
		if (!VULNERABILITIES.containsAll(form.getVulnerabilities())) {
			errors.rejectValue("vulnerabilities", "people.error.vulnerabilities");
		}
		tooLong(form.getVulnerabilityNote(), "vulnerabilityNote", 2000, errors);
		form.getCharacteristics().forEach((name, words) -> {
			if (!CHARACTERISTICS.contains(name)) {
				errors.reject("people.error.characteristics");
			}
			else {
				tooLong(words, "characteristics[" + name + "]", 500, errors);
			}
		});
		tooLong(form.getSafeContactNote(), "safeContactNote", 2000, errors);
	}

	private void dateOfBirth(PersonForm form, Errors errors) {
		if (!form.anyDatePart()) {
			return;
		}
		if (!form.everyDatePart()) {
			errors.rejectValue("birthDay", "people.error.birth-incomplete");
		}
		else if (form.dateOfBirth().isEmpty()) {
			errors.rejectValue("birthDay", "people.error.birth-real");
		}
		else if (!form.dateOfBirth().get().isBefore(today)) {
			errors.rejectValue("birthDay", "people.error.birth-past");
		}
		else if (form.dateOfBirth().get().isBefore(today.minusYears(130))) {
			errors.rejectValue("birthDay", "people.error.birth-real");
		}
	}

	private static void tooLong(String value, String field, int max, Errors errors) {
		if (value != null && value.length() > max) {
			errors.rejectValue(field, "people.error.too-long", new Object[] { max }, null);
		}
	}

}
