package org.safercommunities.marac;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import org.safercommunities.marac.MaracForms.ActionForm;
import org.safercommunities.marac.MaracForms.AgendaForm;
import org.safercommunities.marac.MaracForms.AttendanceForm;
import org.safercommunities.marac.MaracForms.DecisionForm;
import org.safercommunities.marac.MaracForms.NotesForm;
import org.safercommunities.marac.MaracForms.ReferralForm;
import org.safercommunities.marac.MaracForms.ScheduleForm;
import org.safercommunities.shared.UkDates;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** One validator per CS MARAC staff form; each error names what to put right. */
final class MaracValidators {

	static final int MAX_TEXT = 4000;

	static final int MAX_MEETINGS = 12;

	private MaracValidators() {
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static void text(Errors errors, String field, String value, String key) {
		if (blank(value)) {
			errors.rejectValue(field, key);
		}
		else if (value.strip().length() > MAX_TEXT) {
			errors.rejectValue(field, "marac.error.too-long", new Object[] { MAX_TEXT }, null);
		}
	}

	/** The perpetrator's side may only be organisations the case involves ({@code involved}). */
	static final class Referral implements Validator {

		private final Collection<Long> involved;

		Referral(Collection<Long> involved) {
			this.involved = involved;
		}

		@Override
		public boolean supports(Class<?> type) {
			return ReferralForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ReferralForm form = (ReferralForm) target;
			if (form.getCriteria().isEmpty()) {
				errors.rejectValue("criteria", "marac.error.criteria");
			}
			else if (!form.getCriteria().stream().allMatch(code -> Arrays.stream(Criterion.values())
				.anyMatch(criterion -> criterion.name().equals(code)))) {
				errors.rejectValue("criteria", "marac.error.criteria-unknown");
			}
			text(errors, "reason", form.getReason(), "marac.error.reason");
			if (!involved.containsAll(form.getPerpetratorSide())) {
				errors.rejectValue("perpetratorSide", "marac.error.perpetrator-side");
			}
		}

	}

	static final class Schedule implements Validator {

		private final LocalDate today;

		Schedule(LocalDate today) {
			this.today = today;
		}

		@Override
		public boolean supports(Class<?> type) {
			return ScheduleForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ScheduleForm form = (ScheduleForm) target;
			Optional<LocalDate> first = UkDates.parseDay(form.getFirstOn());
			if (first.isEmpty()) {
				errors.rejectValue("firstOn", "marac.error.first-on");
			}
			else if (first.get().isBefore(today)) {
				errors.rejectValue("firstOn", "marac.error.first-on-past");
			}
			Integer count = number(form.getCount());
			if (count == null || count < 1 || count > MAX_MEETINGS) {
				errors.rejectValue("count", "marac.error.count", new Object[] { MAX_MEETINGS }, null);
			}
		}

		static Integer number(String typed) {
			try {
				return typed == null ? null : Integer.valueOf(typed.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

	/** The organisations present must be known ({@code known}). */
	static final class Attendance implements Validator {

		private final Collection<Long> known;

		Attendance(Collection<Long> known) {
			this.known = known;
		}

		@Override
		public boolean supports(Class<?> type) {
			return AttendanceForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			AttendanceForm form = (AttendanceForm) target;
			if (blank(form.getChair())) {
				errors.rejectValue("chair", "marac.error.chair");
			}
			else if (form.getChair().strip().length() > 200) {
				errors.rejectValue("chair", "marac.error.too-long", new Object[] { 200 }, null);
			}
			if (form.getOrganisations().isEmpty() || !known.containsAll(form.getOrganisations())) {
				errors.rejectValue("organisations", "marac.error.organisations");
			}
		}

	}

	/** The referral must be one of those offered ({@code open}: open, reached, not yet on this agenda). */
	static final class Agenda implements Validator {

		private final Collection<Long> open;

		Agenda(Collection<Long> open) {
			this.open = open;
		}

		@Override
		public boolean supports(Class<?> type) {
			return AgendaForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			AgendaForm form = (AgendaForm) target;
			if (form.getReferralId() == null || !open.contains(form.getReferralId())) {
				errors.rejectValue("referralId", "marac.error.referral");
			}
		}

	}

	static final class Notes implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return NotesForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			text(errors, "notes", ((NotesForm) target).getNotes(), "marac.error.notes");
		}

	}

	/** The owner must be one of the organisations offered ({@code owners}). */
	static final class Action implements Validator {

		private final Collection<Long> owners;

		Action(Collection<Long> owners) {
			this.owners = owners;
		}

		@Override
		public boolean supports(Class<?> type) {
			return ActionForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ActionForm form = (ActionForm) target;
			text(errors, "description", form.getDescription(), "marac.error.description");
			if (form.getOwnerOrganisationId() == null || !owners.contains(form.getOwnerOrganisationId())) {
				errors.rejectValue("ownerOrganisationId", "marac.error.owner");
			}
			if (UkDates.parseDay(form.getDueOn()).isEmpty()) {
				errors.rejectValue("dueOn", "marac.error.due-on");
			}
		}

	}

	static final class Decision implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return DecisionForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			DecisionForm form = (DecisionForm) target;
			if (Arrays.stream(MaracMeetings.Decision.values()).noneMatch(d -> d.name().equals(form.getDecision()))) {
				errors.rejectValue("decision", "marac.error.decision");
			}
			else if (MaracMeetings.Decision.CLOSE.name().equals(form.getDecision())) {
				text(errors, "reason", form.getReason(), "marac.error.close-reason");
			}
			else if (!blank(form.getReason()) && form.getReason().strip().length() > MAX_TEXT) {
				errors.rejectValue("reason", "marac.error.too-long", new Object[] { MAX_TEXT }, null);
			}
		}

	}

}
