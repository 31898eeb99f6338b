package org.safercommunities.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for validator unit tests: run a validator on a form, read back what it recorded, check the keys. */
public final class FormChecks {

	private FormChecks() {
	}

	/** The errors the validator records for this form. */
	public static Errors validate(Validator validator, Object form) {
		assertThat(validator.supports(form.getClass())).as("supports " + form.getClass().getSimpleName()).isTrue();
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		return errors;
	}

	/** Each field with errors and the message keys recorded on it, in the order they were recorded. */
	public static Map<String, List<String>> codes(Errors errors) {
		Map<String, List<String>> codes = new LinkedHashMap<>();
		for (FieldError error : errors.getFieldErrors()) {
			codes.computeIfAbsent(error.getField(), field -> new ArrayList<>()).add(error.getCode());
		}
		return codes;
	}

	/** Fails unless every key recorded (and every key given as an argument) is in one of the bundles. */
	public static void assertKeysExist(Errors errors, String... bundles) {
		Properties keys = new Properties();
		for (String bundle : bundles) {
			try (InputStream in = FormChecks.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
				assertThat(in).as("bundle " + bundle).isNotNull();
				keys.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		for (ObjectError error : errors.getAllErrors()) {
			assertThat(keys).as("message key of " + error).containsKey(error.getCode());
			for (Object argument : error.getArguments() == null ? new Object[0] : error.getArguments()) {
				if (argument instanceof MessageSourceResolvable nested) {
					assertThat(keys).as("message key given to " + error.getCode()).containsKey(nested.getCodes()[0]);
				}
			}
		}
	}

}
