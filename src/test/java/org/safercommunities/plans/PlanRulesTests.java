package org.safercommunities.plans;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.plans.PlanForms.ActionForm;
import org.safercommunities.plans.PlanForms.PriorityForm;
import org.safercommunities.plans.PlanForms.StrategyForm;
import org.safercommunities.plans.PlanForms.UpdateForm;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/** The status an action shows, worked out from its deadline and last update, and the plan forms' validators. */
class PlanRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void anActionPastItsDeadlineAndNotCompleteIsOverdueAndRedWhateverItsLeadSaid() {
		LocalDate yesterday = TODAY.minusDays(1);
		assertThat(ActionStatus.of(Rag.GREEN, yesterday, TODAY)).as("green past its deadline").isEqualTo(ActionStatus.RED);
		assertThat(ActionStatus.overdue(Rag.GREEN, yesterday, TODAY)).isTrue();
		assertThat(ActionStatus.of(null, yesterday, TODAY)).as("never updated and past its deadline")
			.isEqualTo(ActionStatus.RED);
		assertThat(ActionStatus.of(Rag.COMPLETE, yesterday, TODAY)).as("complete is never overdue")
			.isEqualTo(ActionStatus.COMPLETE);
		assertThat(ActionStatus.overdue(Rag.COMPLETE, yesterday, TODAY)).isFalse();
		assertThat(ActionStatus.of(Rag.GREEN, TODAY, TODAY)).as("due today is not yet overdue").isEqualTo(ActionStatus.GREEN);
	}

	@Test
	void anActionNeverUpdatedShowsNoUpdateYetNeverGreen() {
		assertThat(ActionStatus.of(null, TODAY.plusDays(30), TODAY)).isEqualTo(ActionStatus.NO_UPDATE);
		assertThat(ActionStatus.of(null, null, TODAY)).as("no deadline, no update").isEqualTo(ActionStatus.NO_UPDATE);
		assertThat(ActionStatus.NO_UPDATE.tagClass()).isEqualTo("govuk-tag--grey");
	}

	@Test
	void aRedOrAmberUpdateNeedsAReasonAndEveryUpdateItsText() {
		UpdateForm amber = new UpdateForm();
		amber.setRag("AMBER");
		Errors errors = validate(new PlanValidators.UpdateValidator(), amber);
		assertThat(codes(errors)).containsEntry("reason", java.util.List.of("plans.error.reason"))
			.containsEntry("text", java.util.List.of("plans.error.update-text"));
		assertKeysExist(errors, "plans");

		UpdateForm green = new UpdateForm();
		green.setRag("GREEN");
		green.setText("Two new centres signed up");
		assertThat(validate(new PlanValidators.UpdateValidator(), green).hasErrors()).as("green needs no reason").isFalse();

		UpdateForm made = new UpdateForm();
		made.setRag("PURPLE");
		made.setText("x");
		assertThat(codes(validate(new PlanValidators.UpdateValidator(), made))).containsOnlyKeys("rag");
	}

	@Test
	void anActionsLeadOfficerWorksForItsLeadOrganisationAndItsIndicatorsExist() {
		ActionForm form = new ActionForm();
		form.setReference("Action 4");
		form.setWhat("Expand the cohort of Hate Crime Reporting Centres");
		form.setLeadOrganisationId("1");
		form.setLeadUserId("7");
		form.setDeadline("31 March 2007");
		form.setIndicatorCodes("hate-reports, no-such-code");
		Errors errors = validate(new PlanValidators.ActionValidator(id -> id == 1 || id == 2,
				user -> user == 7 ? Optional.of(2L) : Optional.empty(), Set.of("hate-reports")), form);
		assertThat(codes(errors)).containsOnlyKeys("leadUserId", "indicatorCodes")
			.containsEntry("leadUserId", java.util.List.of("plans.error.lead-officer-organisation"));
		assertThat(errors.getFieldError("indicatorCodes").getArguments()).containsExactly("no-such-code");
		assertKeysExist(errors, "plans");

		form.setLeadOrganisationId("2");
		form.setIndicatorCodes("hate-reports");
		form.setDeadline("31/02/2007");
		assertThat(codes(validate(new PlanValidators.ActionValidator(id -> true,
				user -> Optional.of(2L), Set.of("hate-reports")), form)))
			.containsOnlyKeys("deadline");
	}

	@Test
	void aStrategysPeriodEndsAfterItStartsAndAPriorityNumberIsUnique() {
		StrategyForm strategy = new StrategyForm();
		strategy.setName("Community Safety Strategy 2022-27");
		strategy.setOwnerOrganisationId("1");
		strategy.setPeriodFrom("1 April 2027");
		strategy.setPeriodTo("31 March 2022");
		Errors errors = validate(new PlanValidators.StrategyValidator(id -> id == 1), strategy);
		assertThat(codes(errors)).containsOnlyKeys("periodTo")
			.containsEntry("periodTo", java.util.List.of("plans.error.period-order"));
		assertKeysExist(errors, "plans");

		PriorityForm priority = new PriorityForm();
		priority.setNumber("5");
		priority.setTitle("Access to justice for those affected by hate crime");
		assertThat(codes(validate(new PlanValidators.PriorityValidator(number -> number == 5), priority)))
			.containsEntry("number", java.util.List.of("plans.error.number-taken"));
		priority.setNumber("zero");
		assertThat(codes(validate(new PlanValidators.PriorityValidator(number -> false), priority)))
			.containsEntry("number", java.util.List.of("plans.error.number"));
	}

}
