package org.safercommunities.reporting;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.reporting.ReportCodes.ContactMethod;
import org.safercommunities.reporting.ReportCodes.IncidentType;
import org.safercommunities.reporting.ReportCodes.NotReportingReason;
import org.safercommunities.reporting.ReportCodes.ReporterRole;
import org.safercommunities.reporting.ReportCodes.SupportKind;
import org.safercommunities.reporting.ReportCodes.WhenKind;
import org.safercommunities.shared.UkTime;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The rules for each question of the report. Plain code with no web in it: the public journey and the staff's
 * assisted report both use it, and it is unit-tested directly. Messages follow GOV.UK ("Select…", "Enter…").
 */
@Component
class ReportValidator {

	static final int LONG_TEXT = 5000;

	static final int SHORT_TEXT = 500;

	static final String UNKNOWN_WARD = "UNKNOWN";

	static final String NOT_SURE = org.safercommunities.shared.HostilityStrands.NOT_SURE;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{7,20}$");

	private static final Set<String> YES_NO = Set.of("YES", "NO");

	private final ReportingSettings settings;

	private final Wards wards;

	private final Clock clock;

	ReportValidator(ReportingSettings settings, Wards wards, Clock clock) {
		this.settings = settings;
		this.wards = wards;
		this.clock = clock;
	}

	void validate(ReportStep step, ReportAnswers answers, Errors errors) {
		switch (step) {
			case EMERGENCY -> oneOf(errors, "emergency", answers.getEmergency(), YES_NO);
			case WHO -> oneOf(errors, "reporterRole", answers.getReporterRole(), names(ReporterRole.values()));
			case WHAT -> {
				someOf(errors, "incidentTypes", answers.getIncidentTypes(), names(IncidentType.values()));
				text(errors, "whatHappened", answers.getWhatHappened(), LONG_TEXT, true);
			}
			case WHEN -> validateWhen(answers, errors);
			case WHERE -> {
				text(errors, "locationDescription", answers.getLocationDescription(), SHORT_TEXT, true);
				if (!StringUtils.hasText(answers.getWardCode())) {
					errors.rejectValue("wardCode", "reporting.error.wardCode.required");
				}
				else if (!UNKNOWN_WARD.equals(answers.getWardCode()) && wards.find(answers.getWardCode()).isEmpty()) {
					errors.rejectValue("wardCode", "reporting.error.wardCode.invalid");
				}
				if ((StringUtils.hasText(answers.getLatitude()) || StringUtils.hasText(answers.getLongitude()))
						&& mapPoint(answers).isEmpty()) {
					errors.rejectValue("locationDescription", "reporting.error.map-point");
				}
			}
			case BEFORE -> oneOf(errors, "happenedBefore", answers.getHappenedBefore(), Set.of("YES", "NO", NOT_SURE));
			case WHY -> validateWhy(answers, errors);
			case POLICE -> oneOf(errors, "policeConsent", answers.getPoliceConsent(), YES_NO);
			case NOT_REPORTING -> {
				someOf(errors, "notReportingReasons", answers.getNotReportingReasons(), names(NotReportingReason.values()));
				boolean other = answers.getNotReportingReasons().contains(NotReportingReason.OTHER.name());
				text(errors, "notReportingDetail", answers.getNotReportingDetail(), LONG_TEXT, other);
			}
			case ABOUT_YOU -> validateAboutYou(answers, errors);
			case POLICE_IDENTITY -> oneOf(errors, "identityToPolice", answers.getIdentityToPolice(), YES_NO);
			case CONTACT -> validateContact(answers, errors);
			case SUPPORT -> {
				oneOf(errors, "supportWanted", answers.getSupportWanted(), YES_NO);
				if ("YES".equals(answers.getSupportWanted())) {
					someOf(errors, "supportKinds", answers.getSupportKinds(), names(SupportKind.values()));
				}
			}
			case EVIDENCE, CHECK -> {
				// Evidence is optional; each file is checked when it is uploaded.
			}
		}
	}

	/** Every step that applies, for the check-answers page and the assisted report's single form. */
	void validateAll(ReportAnswers answers, Errors errors) {
		for (ReportStep step : ReportStep.values()) {
			if (step.appliesTo(answers)) {
				validate(step, answers, errors);
			}
		}
	}

	/** The first step whose answers are missing or wrong: the journey refuses to skip past it. */
	Optional<ReportStep> firstIncomplete(ReportAnswers answers) {
		for (ReportStep step : ReportStep.values()) {
			if (step == ReportStep.CHECK) {
				break;
			}
			if (step.appliesTo(answers)) {
				Errors errors = new org.springframework.validation.BeanPropertyBindingResult(answers, "answers");
				validate(step, answers, errors);
				if (errors.hasErrors()) {
					return Optional.of(step);
				}
			}
		}
		return Optional.empty();
	}

	/** The date typed on the "when" page, if it is a real date. */
	Optional<LocalDate> occurredOn(ReportAnswers answers) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(answers.getYear().strip()),
					Integer.parseInt(answers.getMonth().strip()), Integer.parseInt(answers.getDay().strip())));
		}
		catch (NullPointerException | NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** The map point, if one was chosen and it lies in the United Kingdom's rough bounds. */
	Optional<String> mapPoint(ReportAnswers answers) {
		try {
			double latitude = Double.parseDouble(answers.getLatitude().strip());
			double longitude = Double.parseDouble(answers.getLongitude().strip());
			if (latitude < 49 || latitude > 61 || longitude < -9 || longitude > 2.5) {
				return Optional.empty();
			}
			return Optional.of(String.format(java.util.Locale.ROOT, "%.5f,%.5f", latitude, longitude));
		}
		catch (NullPointerException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	List<Ward> wardChoices() {
		return wards.all();
	}

	private void validateWhen(ReportAnswers answers, Errors errors) {
		oneOf(errors, "whenKind", answers.getWhenKind(), names(WhenKind.values()));
		if (WhenKind.EXACT.name().equals(answers.getWhenKind())) {
			boolean anyTyped = StringUtils.hasText(answers.getDay()) || StringUtils.hasText(answers.getMonth())
					|| StringUtils.hasText(answers.getYear());
			Optional<LocalDate> date = occurredOn(answers);
			if (!anyTyped) {
				errors.rejectValue("day", "reporting.error.date.required");
			}
			else if (date.isEmpty()) {
				errors.rejectValue("day", "reporting.error.date.invalid");
			}
			else if (date.get().isAfter(LocalDate.now(clock.withZone(UkTime.ZONE)))) {
				errors.rejectValue("day", "reporting.error.date.future");
			}
			else if (date.get().getYear() < 1900) {
				errors.rejectValue("day", "reporting.error.date.invalid");
			}
		}
		boolean approximate = WhenKind.APPROXIMATE.name().equals(answers.getWhenKind());
		text(errors, "occurredDescription", answers.getOccurredDescription(), SHORT_TEXT, approximate);
	}

	private void validateWhy(ReportAnswers answers, Errors errors) {
		Set<String> allowed = new java.util.HashSet<>(settings.strands());
		allowed.add(NOT_SURE);
		someOf(errors, "strands", answers.getStrands(), allowed);
		if (answers.getStrands().contains(NOT_SURE) && answers.getStrands().size() > 1) {
			errors.rejectValue("strands", "reporting.error.strands.not-sure-alone");
		}
		Set<String> allowedSubtypes = answers.getStrands().stream()
			.flatMap(strand -> settings.subtypesOf(strand).stream())
			.collect(Collectors.toSet());
		if (!allowedSubtypes.containsAll(answers.getSubtypes())) {
			errors.rejectValue("subtypes", "reporting.error.subtypes.invalid");
		}
	}

	private void validateAboutYou(ReportAnswers answers, Errors errors) {
		oneOf(errors, "giveDetails", answers.getGiveDetails(), YES_NO);
		if (!"YES".equals(answers.getGiveDetails())) {
			return;
		}
		text(errors, "name", answers.getName(), 200, true);
		boolean hasEmail = StringUtils.hasText(answers.getEmail());
		boolean hasPhone = StringUtils.hasText(answers.getPhone());
		if (!hasEmail && !hasPhone) {
			errors.rejectValue("email", "reporting.error.contact.one-needed");
		}
		if (hasEmail && (answers.getEmail().length() > 254 || !EMAIL.matcher(answers.getEmail().strip()).matches())) {
			errors.rejectValue("email", "reporting.error.email.invalid");
		}
		if (hasPhone && !PHONE.matcher(answers.getPhone().strip()).matches()) {
			errors.rejectValue("phone", "reporting.error.phone.invalid");
		}
	}

	private void validateContact(ReportAnswers answers, Errors errors) {
		oneOf(errors, "safeToContact", answers.getSafeToContact(), YES_NO);
		if (!"YES".equals(answers.getSafeToContact())) {
			return;
		}
		someOf(errors, "contactMethods", answers.getContactMethods(), names(ContactMethod.values()));
		List<String> methods = answers.getContactMethods();
		if (methods.contains(ContactMethod.EMAIL.name()) && !StringUtils.hasText(answers.getEmail())) {
			errors.rejectValue("contactMethods", "reporting.error.contactMethods.no-email");
		}
		else if ((methods.contains(ContactMethod.PHONE.name()) || methods.contains(ContactMethod.TEXT.name()))
				&& !StringUtils.hasText(answers.getPhone())) {
			errors.rejectValue("contactMethods", "reporting.error.contactMethods.no-phone");
		}
		text(errors, "contactTimes", answers.getContactTimes(), SHORT_TEXT, false);
	}

	private static void oneOf(Errors errors, String field, String value, Collection<String> allowed) {
		if (value == null || !allowed.contains(value)) {
			errors.rejectValue(field, "reporting.error." + field + ".required");
		}
	}

	private static void someOf(Errors errors, String field, List<String> values, Collection<String> allowed) {
		if (values.isEmpty()) {
			errors.rejectValue(field, "reporting.error." + field + ".required");
		}
		else if (!allowed.containsAll(values)) {
			errors.rejectValue(field, "reporting.error." + field + ".invalid");
		}
	}

	private static void text(Errors errors, String field, String value, int max, boolean required) {
		if (!StringUtils.hasText(value)) {
			if (required) {
				errors.rejectValue(field, "reporting.error." + field + ".required");
			}
		}
		else if (value.length() > max) {
			errors.rejectValue(field, "reporting.error.too-long", new Object[] { max }, null);
		}
	}

	private static Set<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
	}

}
