package org.safercommunities.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/** The directory entry form's rules for each type of entry, without Spring: every rule and every message key. */
class EntryFormValidatorTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private static final String[] BUNDLES = { "directory", "directory-staff" };

	@Test
	void aSupportEntryNeedsANameAKindOfSupportAndForOfficersItsOwner() {
		Errors errors = validate(rules(EntryType.SUPPORT, true), new EntryForm());
		assertThat(codes(errors)).containsExactly(Map.entry("name", List.of("directory.error.name.blank")),
				Map.entry("categories", List.of("directory.error.categories")),
				Map.entry("ownerName", List.of("directory.error.ownerName.blank")),
				Map.entry("ownerEmail", List.of("directory.error.owner-email")));
		assertKeysExist(errors, BUNDLES);
		assertThat(codes(validate(rules(EntryType.SUPPORT, false), new EntryForm())))
			.as("owners proposing a change are not asked who they are").doesNotContainKeys("ownerName", "ownerEmail");
	}

	@Test
	void whatIsGivenMustBeWellFormedAndFromTheLists() {
		EntryForm form = support();
		form.setSummary("x".repeat(1001));
		form.setWardCode("E05999999");
		form.setEmail("centre@");
		form.setWebsite("www.example.org");
		form.setLanguages("en, polish");
		form.setLatitude("91");
		form.setOwnerEmail("owner at example.org");
		Errors errors = validate(rules(EntryType.SUPPORT, true), form);
		assertThat(codes(errors)).containsExactly(Map.entry("summary", List.of("directory.error.too-long")),
				Map.entry("wardCode", List.of("directory.error.ward")), Map.entry("email", List.of("directory.error.email")),
				Map.entry("website", List.of("directory.error.website")),
				Map.entry("languages", List.of("directory.error.languages")),
				Map.entry("latitude", List.of("directory.error.point")),
				Map.entry("ownerEmail", List.of("directory.error.email")));
		assertThat(errors.getFieldError("summary").getArguments()).containsExactly(1000);
		assertKeysExist(errors, BUNDLES);
	}

	@Test
	void aMapPointNeedsBothNumbers() {
		EntryForm form = support();
		form.setLongitude("-0.2");
		Errors errors = validate(rules(EntryType.SUPPORT, true), form);
		assertThat(codes(errors)).containsExactly(Map.entry("latitude", List.of("directory.error.point")));
	}

	@Test
	void aSafePlaceNeedsAnAddressAndATrainingDayNotAfterToday() {
		EntryForm form = named(EntryType.SAFE_PLACE);
		Errors missing = validate(rules(EntryType.SAFE_PLACE, false), form);
		assertThat(codes(missing)).containsExactly(Map.entry("address", List.of("directory.error.address.blank")),
				Map.entry("staffTrainedOn", List.of("directory.error.date")));
		form.setAddress("1 The Burroughs");
		form.setStaffTrainedOn("3/12/2026");
		Errors future = validate(rules(EntryType.SAFE_PLACE, false), form);
		assertThat(codes(future)).containsExactly(Map.entry("staffTrainedOn", List.of("directory.error.future")));
		assertKeysExist(missing, BUNDLES);
		assertKeysExist(future, BUNDLES);
	}

	@Test
	void aHubNeedsADayOrAPopUpDateAndAStartBeforeItsEnd() {
		EntryForm form = named(EntryType.HUB);
		form.setAddress("Hendon Library");
		Errors missing = validate(rules(EntryType.HUB, false), form);
		assertThat(codes(missing)).containsExactly(Map.entry("hubWeekday", List.of("directory.error.hub-when")),
				Map.entry("hubStarts", List.of("directory.error.time")));
		form.setHubWeekday("TUESDAY");
		form.setHubStarts("14.00");
		form.setHubEnds("13:30");
		Errors backwards = validate(rules(EntryType.HUB, false), form);
		assertThat(codes(backwards)).containsExactly(Map.entry("hubEnds", List.of("directory.error.ends-before")));
		form.setPopUpOn("soon");
		assertThat(codes(validate(rules(EntryType.HUB, false), form))).containsKey("popUpOn");
		assertKeysExist(missing, BUNDLES);
		assertKeysExist(backwards, BUNDLES);
	}

	@Test
	void aFormWithoutErrorsGivesItsDetailsTidied() {
		EntryForm form = named(EntryType.HUB);
		form.setAddress(" Hendon Library ");
		form.setPostcode("nw4  4bq");
		form.setHubWeekday("TUESDAY");
		form.setHubStarts("9:30");
		form.setHubEnds("12:00");
		EntryFormValidator rules = rules(EntryType.HUB, false);
		assertThat(validate(rules, form).hasErrors()).isFalse();

		EntryDetails details = rules.details(form);
		assertThat(details.address()).isEqualTo("Hendon Library");
		assertThat(details.postcode()).isEqualTo("NW4 4BQ");
		assertThat(details.hubWeekday()).isEqualTo(DayOfWeek.TUESDAY);
		assertThat(details.hubStarts()).isEqualTo(LocalTime.of(9, 30));

		form.setHubStarts(null);
		assertThatIllegalStateException().isThrownBy(() -> rules.details(form));
	}

	private static EntryFormValidator rules(EntryType type, boolean requireOwner) {
		return new EntryFormValidator(Set.of("E05000115"), Set.of("RACE"), type, requireOwner, TODAY);
	}

	private static EntryForm named(EntryType type) {
		EntryForm form = new EntryForm();
		form.setType(type.code());
		form.setName("Barnet Hate Crime Hub");
		return form;
	}

	private static EntryForm support() {
		EntryForm form = named(EntryType.SUPPORT);
		form.setCategories(List.of("VICTIM_SUPPORT"));
		form.setOwnerName("Sam Jones");
		form.setOwnerEmail("sam@example.org");
		return form;
	}

}
