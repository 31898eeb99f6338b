package org.safercommunities.engagement;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.safercommunities.engagement.EngagementForms.AudienceRow;
import org.safercommunities.engagement.EngagementForms.ChampionForm;
import org.safercommunities.engagement.EngagementForms.EventForm;
import org.safercommunities.engagement.EngagementForms.HubSessionForm;
import org.safercommunities.engagement.EngagementForms.TrainingForm;
import org.safercommunities.shared.UkDates;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** One plain validator per engagement form; the checks they share are the private helpers at the end. */
final class EngagementValidators {

	private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	private static final int MOST_PEOPLE = 100_000;

	private static final int MOST_NAMED = 500;

	/** What a validator looks up: whether a code or id names something that exists. */
	record Known(Predicate<String> topic, Predicate<String> ward, Predicate<Long> organisation) {
	}

	private EngagementValidators() {
	}

	record TrainingValidator(LocalDate today, Known known) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return TrainingForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			TrainingForm form = (TrainingForm) target;
			pastDay(form.getHeldOn(), "heldOn", "engagement.error.held-on", today, errors);
			if (!StringUtils.hasText(form.getTopicCode()) || !known.topic().test(form.getTopicCode())) {
				errors.rejectValue("topicCode", "engagement.error.topic");
			}
			required(form.getTrainer(), "trainer", "engagement.error.trainer", 200, errors);
			ward(form.getWardCode(), known, errors);
			if ("STAFF".equals(form.getAudience())) {
				audience(form, errors);
			}
			else if ("RESIDENTS".equals(form.getAudience())) {
				count(form.getResidents(), "residents", "engagement.error.residents", 1, true, errors);
			}
			else {
				errors.rejectValue("audience", "engagement.error.audience");
			}
			count(form.getConfidenceBefore(), "confidenceBefore", "engagement.error.percent", 0, false, 100, errors);
			count(form.getConfidenceAfter(), "confidenceAfter", "engagement.error.percent", 0, false, 100, errors);
			attendees(form, errors);
		}

		/** Names only with the attendees' consent; a name a line, each of a sensible length, not more than came. */
		private static void attendees(TrainingForm form, Errors errors) {
			java.util.List<String> names = form.names();
			if (names.isEmpty()) {
				return;
			}
			if (!form.isAttendeesConsented()) {
				errors.rejectValue("attendeesConsented", "engagement.error.attendees-consent");
			}
			if (names.stream().anyMatch(name -> name.length() > 200)) {
				errors.rejectValue("attendeeNames", "engagement.error.attendee-name-too-long", new Object[] { 200 }, null);
			}
			else if (names.size() > MOST_NAMED) {
				errors.rejectValue("attendeeNames", "engagement.error.attendees-too-many", new Object[] { MOST_NAMED }, null);
			}
		}

		/** At least one organisation, each once, each with a number of attendees. */
		private void audience(TrainingForm form, Errors errors) {
			Set<String> seen = new HashSet<>();
			boolean any = false;
			for (int i = 0; i < form.getRows().size(); i++) {
				AudienceRow row = form.getRows().get(i);
				if (!row.filledIn()) {
					continue;
				}
				any = true;
				String prefix = "rows[" + i + "].";
				if (!StringUtils.hasText(row.getOrganisationId()) || !row.getOrganisationId().matches("\\d{1,18}")
						|| !known.organisation().test(Long.valueOf(row.getOrganisationId()))) {
					errors.rejectValue(prefix + "organisationId", "engagement.error.organisation");
				}
				else if (!seen.add(row.getOrganisationId())) {
					errors.rejectValue(prefix + "organisationId", "engagement.error.organisation-twice");
				}
				count(row.getAttendees(), prefix + "attendees", "engagement.error.attendees", 1, true, errors);
			}
			if (!any) {
				errors.rejectValue("rows[0].organisationId", "engagement.error.audience-none");
			}
		}

	}

	record EventValidator(LocalDate today, Known known) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return EventForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			EventForm form = (EventForm) target;
			pastDay(form.getHeldOn(), "heldOn", "engagement.error.held-on", today, errors);
			if (!"EVENT".equals(form.getKind()) && !"STAND".equals(form.getKind())) {
				errors.rejectValue("kind", "engagement.error.kind");
			}
			required(form.getName(), "name", "engagement.error.event-name", 200, errors);
			required(form.getVenue(), "venue", "engagement.error.venue", 300, errors);
			ward(form.getWardCode(), known, errors);
			optional(form.getOrganisationsPresent(), "organisationsPresent", 1000, errors);
			count(form.getResidentsEngaged(), "residentsEngaged", "engagement.error.residents-engaged", 0, true, errors);
			count(form.getChampionsSignedUp(), "championsSignedUp", "engagement.error.champions-signed-up", 0, false, errors);
		}

	}

	/** A hub of the directory, a day not in the future, and the counts (reports taken optional, 0 if empty). */
	record HubSessionValidator(LocalDate today, Predicate<Long> hub) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return HubSessionForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			HubSessionForm form = (HubSessionForm) target;
			if (!StringUtils.hasText(form.getHubEntryId()) || !form.getHubEntryId().matches("\\d{1,18}")
					|| !hub.test(Long.valueOf(form.getHubEntryId()))) {
				errors.rejectValue("hubEntryId", "engagement.error.hub");
			}
			pastDay(form.getHeldOn(), "heldOn", "engagement.error.held-on", today, errors);
			count(form.getContactsMade(), "contactsMade", "engagement.error.contacts-made", 0, true, errors);
			count(form.getIssuesRaised(), "issuesRaised", "engagement.error.issues-raised", 0, true, errors);
			count(form.getReportsTaken(), "reportsTaken", null, 0, false, errors);
		}

	}

	record ChampionValidator(LocalDate today, Known known) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ChampionForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ChampionForm form = (ChampionForm) target;
			required(form.getName(), "name", "engagement.error.champion-name", 200, errors);
			if (StringUtils.hasText(form.getEmail())
					&& (!form.getEmail().strip().matches(EMAIL) || form.getEmail().length() > 254)) {
				errors.rejectValue("email", "engagement.error.email");
			}
			optional(form.getPhone(), "phone", 40, errors);
			if (!isOneOf(form.getContactPreference())) {
				errors.rejectValue("contactPreference", "engagement.error.contact-preference");
			}
			else if ("EMAIL".equals(form.getContactPreference()) && !StringUtils.hasText(form.getEmail())) {
				errors.rejectValue("email", "engagement.error.email-needed");
			}
			else if (!"EMAIL".equals(form.getContactPreference()) && !StringUtils.hasText(form.getPhone())) {
				errors.rejectValue("phone", "engagement.error.phone-needed");
			}
			ward(form.getWardCode(), known, errors);
			pastDay(form.getSignedUpOn(), "signedUpOn", "engagement.error.signed-up-on", today, errors);
			if (StringUtils.hasText(form.getTrainedOn())) {
				pastDay(form.getTrainedOn(), "trainedOn", "engagement.error.trained-on", today, errors);
			}
			if (!form.isConsent()) {
				errors.rejectValue("consent", "engagement.error.consent");
			}
		}

		private static boolean isOneOf(String preference) {
			for (ContactPreference each : ContactPreference.values()) {
				if (each.name().equals(preference)) {
					return true;
				}
			}
			return false;
		}

	}

	private static void pastDay(String value, String field, String missingCode, LocalDate today, Errors errors) {
		if (!StringUtils.hasText(value)) {
			errors.rejectValue(field, missingCode);
		}
		else if (UkDates.parseDay(value).isEmpty()) {
			errors.rejectValue(field, "engagement.error.date-format");
		}
		else if (UkDates.parseDay(value).get().isAfter(today)) {
			errors.rejectValue(field, "engagement.error.date-future");
		}
	}

	private static void required(String value, String field, String code, int max, Errors errors) {
		if (!StringUtils.hasText(value)) {
			errors.rejectValue(field, code);
		}
		else {
			optional(value, field, max, errors);
		}
	}

	private static void optional(String value, String field, int max, Errors errors) {
		if (value != null && value.length() > max) {
			errors.rejectValue(field, "engagement.error.too-long", new Object[] { max }, null);
		}
	}

	private static void ward(String code, Known known, Errors errors) {
		if (StringUtils.hasText(code) && !known.ward().test(code)) {
			errors.rejectValue("wardCode", "engagement.error.ward");
		}
	}

	private static void count(String value, String field, String missingCode, int least, boolean required,
			Errors errors) {
		count(value, field, missingCode, least, required, MOST_PEOPLE, errors);
	}

	/** A whole number from {@code least} to {@code most}; {@code missingCode} when it is needed and not given. */
	private static void count(String value, String field, String missingCode, int least, boolean required, int most,
			Errors errors) {
		if (!StringUtils.hasText(value)) {
			if (required) {
				errors.rejectValue(field, missingCode);
			}
		}
		else if (!value.strip().matches("\\d{1,6}") || Integer.parseInt(value.strip()) < least
				|| Integer.parseInt(value.strip()) > most) {
			errors.rejectValue(field, "engagement.error.whole-number", new Object[] { least, most }, null);
		}
	}

}
