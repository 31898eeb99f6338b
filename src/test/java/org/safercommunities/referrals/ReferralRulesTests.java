package org.safercommunities.referrals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.casereview.WorkingDayCalendar;
import org.safercommunities.referrals.ReferralCodes.Basis;
import org.safercommunities.referrals.ReferralCodes.ConsentKind;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines in working days, the form's rules, and what the basis lets through. No Spring. */
class ReferralRulesTests {

	/** Wednesday 2 December 2026. */
	static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

	/** Weekends only, for the rule itself; the managed bank holidays are ReferralDeadlineIntegrationTests'. */
	static final WorkingDayCalendar WEEKDAYS = WorkingDayCalendar.withHolidays(Set.of());

	/** Christmas 2026 and the summer bank holiday, as England and Wales keep them. */
	static final WorkingDayCalendar ENGLAND_2026 = WorkingDayCalendar.withHolidays(Set.of(LocalDate.of(2026, 8, 31),
			LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));

	@Test
	void deadlinesCountWorkingDaysAndASafeguardingReferralIsDueTheSameWorkingDay() {
		assertThat(ReferralDeadlines.dueOn(WEEKDAYS, WEDNESDAY, 0)).isEqualTo(WEDNESDAY);
		assertThat(ReferralDeadlines.dueOn(WEEKDAYS, WEDNESDAY, 2)).as("Friday").isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(ReferralDeadlines.dueOn(WEEKDAYS, WEDNESDAY, 3)).as("over the weekend to Monday")
			.isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(ReferralDeadlines.dueOn(WEEKDAYS, LocalDate.of(2026, 12, 5), 0)).as("sent on a Saturday: Monday")
			.isEqualTo(LocalDate.of(2026, 12, 7));
		ReceivingService mash = new ReceivingService(1);
		mash.describe("Safeguarding", 5, true, false, java.util.List.of(), true);
		assertThat(mash.getDeadlineWorkingDays()).as("safeguarding is same day whatever was typed").isZero();
	}

	@Test
	void bankHolidaysAreNotWorkingDays() {
		LocalDate fridayBeforeTheSummerBankHoliday = LocalDate.of(2026, 8, 28);
		assertThat(ReferralDeadlines.dueOn(ENGLAND_2026, fridayBeforeTheSummerBankHoliday, 0))
			.as("a safeguarding referral on the working day before a bank holiday: that same day")
			.isEqualTo(fridayBeforeTheSummerBankHoliday);
		assertThat(ReferralDeadlines.dueOn(ENGLAND_2026, LocalDate.of(2026, 8, 31), 0))
			.as("made on the bank holiday itself: the next working day").isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(ReferralDeadlines.dueOn(ENGLAND_2026, fridayBeforeTheSummerBankHoliday, 1))
			.as("one working day: over the weekend and the holiday").isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(ReferralDeadlines.dueOn(ENGLAND_2026, LocalDate.of(2026, 12, 24), 5))
			.as("5 working days from Christmas Eve: 29, 30, 31 December, 4 and 5 January")
			.isEqualTo(LocalDate.of(2027, 1, 5));
	}

	@Test
	void aRefusedConsentBlocksContactDetailsAndAGatewayAllowsThem() {
		assertThat(sending(Basis.CONSENT, ConsentKind.GIVEN, true).contactAllowed()).isTrue();
		assertThat(sending(Basis.CONSENT, ConsentKind.REFUSED, true).contactAllowed()).isFalse();
		assertThat(sending(Basis.SAFEGUARDING, null, true).contactAllowed()).isTrue();
		assertThat(sending(Basis.SECTION_115, null, false).contactAllowed()).as("not ticked").isFalse();
	}

	@Test
	void theFormNeedsAReceiverABasisTheAnswerOrTheReasonAndASummary() {
		ReferralFormValidator rules = new ReferralFormValidator(Set.of(7L));
		ReferralForm empty = new ReferralForm();
		assertThat(codes(rules, empty)).containsExactly("referrals.error.receiver", "referrals.error.basis",
				"referrals.error.summary");

		ReferralForm consent = form(7L, "CONSENT", null, null);
		assertThat(codes(rules, consent)).containsExactly("referrals.error.consent");
		ReferralForm withdrawnIsNoAnswer = form(7L, "CONSENT", "WITHDRAWN", null);
		assertThat(codes(rules, withdrawnIsNoAnswer)).containsExactly("referrals.error.consent");
		assertThat(codes(rules, form(7L, "SECTION_115", null, " "))).containsExactly("referrals.error.reason");
		assertThat(codes(rules, form(7L, "SAFEGUARDING", null, "Child at risk of harm"))).isEmpty();
		assertThat(codes(rules, form(8L, "CONSENT", "GIVEN", null))).as("not on the list")
			.containsExactly("referrals.error.receiver");
	}

	private static Referrals.Sending sending(Basis basis, ConsentKind consent, boolean shareContact) {
		return new Referrals.Sending(1, basis, consent, null, "Summary", true, shareContact);
	}

	private static ReferralForm form(Long receiver, String basis, String consent, String reason) {
		ReferralForm form = new ReferralForm();
		form.setReceivingOrganisationId(receiver);
		form.setBasis(basis);
		form.setConsent(consent);
		form.setBasisReason(reason);
		form.setSummary("Needs support");
		return form;
	}

	private static java.util.List<String> codes(ReferralFormValidator rules, ReferralForm form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "referralForm");
		rules.validate(form, errors);
		return errors.getFieldErrors().stream().map(error -> error.getCode()).toList();
	}

}
