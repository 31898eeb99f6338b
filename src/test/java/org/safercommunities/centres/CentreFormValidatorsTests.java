package org.safercommunities.centres;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.centres.CentreForms.DetailsForm;
import org.safercommunities.centres.CentreForms.SafeguardingForm;
import org.safercommunities.centres.CentreForms.StatusForm;
import org.safercommunities.centres.CentreForms.TrainingForm;
import org.safercommunities.centres.CentreFormValidators.DetailsValidator;
import org.safercommunities.centres.CentreFormValidators.RegistrationValidator;
import org.safercommunities.centres.CentreFormValidators.SafeguardingValidator;
import org.safercommunities.centres.CentreFormValidators.StatusValidator;
import org.safercommunities.centres.CentreFormValidators.TrainingValidator;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/** Each centre form's rules, without Spring: every rule and every message key. */
class CentreFormValidatorsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private final DetailsValidator details = new DetailsValidator(Set.of("E05000115"), List.of("RACE", "DISABILITY"));

	@Test
	void onlyAnOrganisationThatMayBecomeACentreCanBeRegistered() {
		RegistrationValidator registration = new RegistrationValidator(Set.of(7L));
		for (String posted : new String[] { null, "", "8", "seven" }) {
			Errors errors = validate(registration, registration(posted));
			assertThat(codes(errors)).as(posted).containsExactly(Map.entry("organisation", List.of("centres.register.error")));
			assertKeysExist(errors, "centres");
		}
		assertThat(validate(registration, registration(" 7 ")).hasErrors()).isFalse();
	}

	@Test
	void detailsNeedTheAddressPostcodeWardTimesLanguagesAndBothYesNoAnswers() {
		Errors errors = validate(details, new DetailsForm());
		assertThat(codes(errors)).containsExactly(Map.entry("address", List.of("centres.error.address")),
				Map.entry("postcode", List.of("centres.error.postcode")), Map.entry("wardCode", List.of("centres.error.ward")),
				Map.entry("openingTimes", List.of("centres.error.opening-times")),
				Map.entry("languages", List.of("centres.error.languages")),
				Map.entry("onlineReporting", List.of("centres.error.online-reporting")),
				Map.entry("paperForms", List.of("centres.error.paper-forms")));
		assertKeysExist(errors, "centres");
		assertThat(validate(details, goodDetails()).hasErrors()).isFalse();
	}

	@Test
	void detailsGivenMustBeWellFormedAndFromTheLists() {
		DetailsForm form = goodDetails();
		form.setAddress("x".repeat(301));
		form.setPostcode("NW4");
		form.setWardCode("E05999999");
		form.setOpeningTimes("x".repeat(501));
		form.setLanguages("en, xx");
		form.setAccessibility("x".repeat(1001));
		form.setOnlineReporting("MAYBE");
		form.setPhone("call me");
		form.setEmail("not an address");
		form.setStrands(List.of("RACE", "WEATHER"));
		Errors errors = validate(details, form);
		assertThat(codes(errors)).containsExactly(Map.entry("address", List.of("centres.error.too-long")),
				Map.entry("postcode", List.of("centres.error.postcode-format")), Map.entry("wardCode", List.of("centres.error.ward")),
				Map.entry("openingTimes", List.of("centres.error.too-long")),
				Map.entry("languages", List.of("centres.error.languages-unknown")),
				Map.entry("accessibility", List.of("centres.error.too-long")),
				Map.entry("onlineReporting", List.of("centres.error.online-reporting")),
				Map.entry("phone", List.of("centres.error.phone")), Map.entry("email", List.of("centres.error.email")),
				Map.entry("strands", List.of("centres.error.strands")));
		assertThat(errors.getFieldError("languages").getArguments()).containsExactly("xx");
		assertThat(errors.getFieldError("address").getArguments()).containsExactly(300);
		assertKeysExist(errors, "centres");
	}

	@Test
	void safeguardingIsOptionalButWellFormedWithAYesOrNoPolicyAnswer() {
		SafeguardingForm form = new SafeguardingForm();
		form.setSafeguardingPolicy("YES");
		assertThat(validate(new SafeguardingValidator(), form).hasErrors()).isFalse();

		form.setLeadName("x".repeat(201));
		form.setLeadEmail("lead@");
		form.setSafeguardingPolicy(null);
		form.setReviewDate("next spring");
		form.setSafeguardingLeadName("x".repeat(201));
		Errors errors = validate(new SafeguardingValidator(), form);
		assertThat(codes(errors)).containsExactly(Map.entry("leadName", List.of("centres.error.too-long")),
				Map.entry("leadEmail", List.of("centres.error.email")),
				Map.entry("safeguardingPolicy", List.of("centres.error.safeguarding-policy")),
				Map.entry("reviewDate", List.of("centres.error.date-format")),
				Map.entry("safeguardingLeadName", List.of("centres.error.too-long")));
		assertKeysExist(errors, "centres");
	}

	@Test
	void trainingNeedsWhoWhichCourseAndARealDayNotAfterToday() {
		TrainingValidator training = new TrainingValidator(TODAY);
		Errors empty = validate(training, new TrainingForm());
		assertThat(codes(empty)).containsExactly(Map.entry("trainee", List.of("centres.error.trainee")),
				Map.entry("course", List.of("centres.error.course")),
				Map.entry("completedOn", List.of("centres.error.completed-on")));
		assertKeysExist(empty, "centres");

		assertThat(codes(validate(training, training("x".repeat(201), "sometime in May"))))
			.containsExactly(Map.entry("trainee", List.of("centres.error.too-long")),
					Map.entry("completedOn", List.of("centres.error.date-format")));
		Errors future = validate(training, training("Sam", "3 12 2026"));
		assertThat(codes(future)).containsExactly(Map.entry("completedOn", List.of("centres.error.completed-on-future")));
		assertKeysExist(future, "centres");
		assertThat(validate(training, training("Sam", "2 12 2026")).hasErrors()).isFalse();
	}

	@Test
	void aChangeMustBeAllowedFromTheCurrentStatusWithAReasonWhereNeeded() {
		StatusValidator fromActive = new StatusValidator(CentreStatus.ACTIVE);
		Errors none = validate(fromActive, status(null, null));
		Errors notFromHere = validate(fromActive, status("ACTIVATE", null));
		Errors noReason = validate(fromActive, status("LAPSE", " "));
		Errors longReason = validate(fromActive, status("LAPSE", "x".repeat(1001)));
		assertThat(codes(none)).containsExactly(Map.entry("transition", List.of("centres.error.transition")));
		assertThat(codes(notFromHere)).containsExactly(Map.entry("transition", List.of("centres.error.transition")));
		assertThat(codes(noReason)).containsExactly(Map.entry("reason", List.of("centres.error.reason")));
		assertThat(codes(longReason)).containsExactly(Map.entry("reason", List.of("centres.error.too-long")));
		for (Errors errors : List.of(none, notFromHere, noReason, longReason)) {
			assertKeysExist(errors, "centres");
		}
		assertThat(validate(new StatusValidator(CentreStatus.APPLICANT), status("ACTIVATE", null)).hasErrors())
			.as("activating needs no reason").isFalse();
	}

	private static RegistrationForm registration(String organisation) {
		RegistrationForm form = new RegistrationForm();
		form.setOrganisation(organisation);
		return form;
	}

	private static DetailsForm goodDetails() {
		DetailsForm form = new DetailsForm();
		form.setAddress("Hendon Library, The Burroughs");
		form.setPostcode("NW4 4BQ");
		form.setWardCode("E05000115");
		form.setOpeningTimes("Monday to Friday, 9am to 5pm");
		form.setLanguages("en, pl");
		form.setOnlineReporting("YES");
		form.setPaperForms("NO");
		form.setPhone("020 8359 2000");
		form.setEmail("centre@example.org");
		form.setStrands(List.of("RACE"));
		return form;
	}

	private static TrainingForm training(String trainee, String completedOn) {
		TrainingForm form = new TrainingForm();
		form.setTrainee(trainee);
		form.setCourse("Third-party reporting");
		form.setCompletedOn(completedOn);
		return form;
	}

	private static StatusForm status(String transition, String reason) {
		StatusForm form = new StatusForm();
		form.setTransition(transition);
		form.setReason(reason);
		return form;
	}

}
