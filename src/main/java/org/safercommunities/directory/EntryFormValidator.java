package org.safercommunities.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks an entry form for an entry of one type, and turns a form without errors into {@link EntryDetails}.
 * Plain code, no web: the error codes are message keys ({@code directory.error.*}) of the public bundle, because
 * owners use the same form.
 */
class EntryFormValidator implements Validator {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d M uuuu"));

	private final Set<String> wardCodes;

	private final Set<String> strandCodes;

	private final EntryType type;

	/** Officers name the entry's owner; owners proposing a change do not. */
	private final boolean requireOwner;

	private final LocalDate today;

	EntryFormValidator(Set<String> wardCodes, Set<String> strandCodes, EntryType type, boolean requireOwner,
			LocalDate today) {
		this.wardCodes = wardCodes;
		this.strandCodes = strandCodes;
		this.type = type;
		this.requireOwner = requireOwner;
		this.today = today;
	}

	@Override
	public boolean supports(Class<?> type) {
		return EntryForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		read((EntryForm) target, errors);
	}

	/** The details of a form that {@link #validate} found no errors in. */
	EntryDetails details(EntryForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "entryForm");
		return read(form, errors).orElseThrow(() -> new IllegalStateException("The entry form has errors: " + errors));
	}

	/** Checks the form, recording what is wrong; the details when nothing is. */
	private Optional<EntryDetails> read(EntryForm form, Errors errors) {
		require(form.getName(), "name", 200, errors);
		limit(form.getSummary(), "summary", 1000, errors);
		limit(form.getAddress(), "address", 300, errors);
		limit(form.getPostcode(), "postcode", 10, errors);
		limit(form.getPhone(), "phone", 40, errors);
		limit(form.getOpeningHours(), "openingHours", 500, errors);
		limit(form.getAccessibility(), "accessibility", 1000, errors);
		limit(form.getOwnerNote(), "ownerNote", 1000, errors);
		if (has(form.getWardCode()) && !wardCodes.contains(form.getWardCode())) {
			errors.rejectValue("wardCode", "directory.error.ward");
		}
		email(form.getEmail(), "email", errors);
		if (has(form.getWebsite()) && !form.getWebsite().strip().matches("(?i)^https?://\\S+\\.\\S+$")) {
			errors.rejectValue("website", "directory.error.website");
		}
		List<String> languages = languages(form.getLanguages());
		if (languages.stream().anyMatch(code -> !LANGUAGE.matcher(code).matches())) {
			errors.rejectValue("languages", "directory.error.languages");
		}
		Double latitude = number(form.getLatitude(), "latitude", -90, 90, errors);
		Double longitude = number(form.getLongitude(), "longitude", -180, 180, errors);
		if ((latitude == null) != (longitude == null) && !errors.hasFieldErrors("latitude")
				&& !errors.hasFieldErrors("longitude")) {
			errors.rejectValue(latitude == null ? "latitude" : "longitude", "directory.error.point");
		}
		List<String> strands = form.getStrands().stream().filter(strandCodes::contains).toList();
		List<String> features = form.getAccessFeatures().stream().filter(AccessFeature.codes()::contains).toList();
		List<String> categories = type == EntryType.SUPPORT
				? form.getCategories().stream().filter(SupportCategory.codes()::contains).toList() : List.of();
		if (type == EntryType.SUPPORT && categories.isEmpty()) {
			errors.rejectValue("categories", "directory.error.categories");
		}
		LocalDate trained = null;
		if (type == EntryType.SAFE_PLACE) {
			require(form.getAddress(), "address", 300, errors);
			trained = date(form.getStaffTrainedOn(), "staffTrainedOn", errors);
			if (trained != null && trained.isAfter(today)) {
				errors.rejectValue("staffTrainedOn", "directory.error.future");
			}
		}
		DayOfWeek weekday = null;
		LocalTime starts = null;
		LocalTime ends = null;
		LocalDate popUp = null;
		if (type == EntryType.HUB) {
			require(form.getAddress(), "address", 300, errors);
			weekday = Arrays.stream(DayOfWeek.values()).filter(day -> day.name().equals(form.getHubWeekday()))
				.findFirst().orElse(null);
			popUp = has(form.getPopUpOn()) ? date(form.getPopUpOn(), "popUpOn", errors) : null;
			if (weekday == null && popUp == null && !errors.hasFieldErrors("popUpOn")) {
				errors.rejectValue("hubWeekday", "directory.error.hub-when");
			}
			starts = time(form.getHubStarts(), "hubStarts", true, errors);
			ends = time(form.getHubEnds(), "hubEnds", false, errors);
			if (starts != null && ends != null && !ends.isAfter(starts)) {
				errors.rejectValue("hubEnds", "directory.error.ends-before");
			}
		}
		if (requireOwner) {
			require(form.getOwnerName(), "ownerName", 200, errors);
			if (!has(form.getOwnerEmail())) {
				errors.rejectValue("ownerEmail", "directory.error.owner-email");
			}
			email(form.getOwnerEmail(), "ownerEmail", errors);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new EntryDetails(form.getName().strip(), strip(form.getSummary()), strip(form.getAddress()),
				postcode(form.getPostcode()), strip(form.getWardCode()), latitude, longitude, strip(form.getPhone()),
				strip(form.getEmail()), strip(form.getWebsite()), strip(form.getOpeningHours()), languages,
				strip(form.getAccessibility()), features, strands, categories, trained, weekday, starts, ends, popUp));
	}

	static List<String> languages(String text) {
		return text == null ? List.of() : Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[,;\\s]+"))
			.filter(code -> !code.isBlank()).distinct().toList();
	}

	private static void require(String value, String field, int max, Errors errors) {
		if (!has(value)) {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "directory.error." + field + ".blank");
			}
			return;
		}
		limit(value, field, max, errors);
	}

	private static void limit(String value, String field, int max, Errors errors) {
		if (has(value) && value.strip().length() > max && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "directory.error.too-long", new Object[] { max }, null);
		}
	}

	private static void email(String value, String field, Errors errors) {
		if (has(value) && !EMAIL.matcher(value.strip()).matches() && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "directory.error.email");
		}
	}

	private static Double number(String value, String field, double min, double max, Errors errors) {
		if (!has(value)) {
			return null;
		}
		try {
			double number = Double.parseDouble(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.rejectValue(field, "directory.error.point");
		return null;
	}

	private static LocalDate date(String value, String field, Errors errors) {
		if (!has(value)) {
			errors.rejectValue(field, "directory.error.date");
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(value.strip(), format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		errors.rejectValue(field, "directory.error.date");
		return null;
	}

	private static LocalTime time(String value, String field, boolean required, Errors errors) {
		if (!has(value)) {
			if (required) {
				errors.rejectValue(field, "directory.error.time");
			}
			return null;
		}
		try {
			return LocalTime.parse(value.strip().replace('.', ':').length() == 4 ? "0" + value.strip().replace('.', ':')
					: value.strip().replace('.', ':'));
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "directory.error.time");
			return null;
		}
	}

	private static String postcode(String value) {
		return has(value) ? value.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ") : null;
	}

	private static String strip(String value) {
		return has(value) ? value.strip() : null;
	}

	private static boolean has(String value) {
		return value != null && !value.isBlank();
	}

}
