package org.safercommunities.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safercommunities.cases.CaseCodes.Outcome;
import org.safercommunities.cases.CaseCodes.ShareLevel;
import org.safercommunities.cases.CaseCodes.Source;
import org.safercommunities.cases.CaseCodes.Status;
import org.safercommunities.people.Involvement.PartyRole;
import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A case's own rules: status changes, closing with an outcome and reason, reopening, parties, shares, references. */
class CaseFileTests {

	private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

	private static final long COUNCIL = 1;

	private static final long VICTIM_SUPPORT = 2;

	private static final long HOUSING = 3;

	private final CaseFile file = new CaseFile("C-2026-000001", "HATE_CRIME", "Abuse at bus stop", Source.PHONE, OPENED,
			Instant.parse("2026-03-02T10:00:00Z"), COUNCIL, 7, "Olu Officer");

	@Test
	void anOpenCaseGoesUnderReviewAndBackButIsClosedOnlyWithAnOutcomeAndAReason() {
		file.changeStatus(Status.UNDER_REVIEW);
		assertThat(file.getStatus()).isEqualTo(Status.UNDER_REVIEW);
		file.changeStatus(Status.OPEN);
		assertThat(file.getStatus()).isEqualTo(Status.OPEN);

		assertThatThrownBy(() -> file.changeStatus(Status.CLOSED)).isInstanceOf(CaseRuleBroken.class)
			.hasMessage("cases.error.close-with-outcome");
		assertThatThrownBy(() -> file.close(null, "Sorted", OPENED)).hasMessage("cases.error.close-with-outcome");
		assertThatThrownBy(() -> file.close(Outcome.RESOLVED, "  ", OPENED)).hasMessage("cases.error.close-with-outcome");
		assertThatThrownBy(() -> file.close(Outcome.RESOLVED, "Sorted", OPENED.minusDays(1)))
			.hasMessage("cases.error.closed-before-opened");
		assertThat(file.getStatus()).as("still open after refused closures").isEqualTo(Status.OPEN);

		file.close(Outcome.RESOLVED, " Warning worked ", OPENED.plusDays(10));
		assertThat(file.isClosed()).isTrue();
		assertThat(file.getOutcome()).isEqualTo(Outcome.RESOLVED);
		assertThat(file.getClosureReason()).isEqualTo("Warning worked");
		assertThat(file.getClosedOn()).isEqualTo(OPENED.plusDays(10));
	}

	@Test
	void aClosedCaseChangesOnlyByReopeningWhichClearsTheOutcome() {
		file.close(Outcome.MOVED_AWAY, "Left the borough", OPENED);
		assertThatThrownBy(() -> file.changeStatus(Status.UNDER_REVIEW)).hasMessage("cases.error.closed");
		assertThatThrownBy(() -> file.close(Outcome.OTHER, "Again", OPENED)).hasMessage("cases.error.closed");

		file.reopen();
		assertThat(file.getStatus()).isEqualTo(Status.OPEN);
		assertThat(file.getOutcome()).isNull();
		assertThat(file.getClosureReason()).isNull();
		assertThat(file.getClosedOn()).isNull();
		assertThatThrownBy(file::reopen).hasMessage("cases.error.not-closed");
	}

	@Test
	void aPersonIsAddedOnceForEachRoleAndAReportOnce() {
		Instant now = Instant.now();
		assertThat(file.addParty(10, PartyRole.VICTIM, now)).isTrue();
		assertThat(file.addParty(10, PartyRole.VICTIM, now)).as("the same person in the same role again").isFalse();
		assertThat(file.addParty(10, PartyRole.WITNESS, now)).isTrue();
		assertThat(file.personIds()).containsExactly(10L);
		assertThat(file.linkReport(5, "HC-AAAA-11", OPENED, now)).isTrue();
		assertThat(file.linkReport(5, "HC-AAAA-11", OPENED, now)).isFalse();
		assertThat(file.reportIds()).containsExactly(5L);
	}

	@Test
	void aLockedShareShowsNamesAndAgenciesOnlyAndAWholeShareTheCase() {
		file.share(VICTIM_SUPPORT, ShareLevel.LOCKED, 7, Instant.now(), "Support for the victim");
		file.share(HOUSING, ShareLevel.WHOLE, 7, Instant.now(), "Tenancy action");
		assertThatThrownBy(() -> file.share(COUNCIL, ShareLevel.WHOLE, 7, Instant.now(), "Own"))
			.hasMessage("cases.error.share-own");

		StaffActor lockedPartner = actor(VICTIM_SUPPORT, Role.PARTNER);
		StaffActor wholePartner = actor(HOUSING, Role.PARTNER);
		StaffActor ownPolice = actor(COUNCIL, Role.POLICE);
		StaffActor otherOfficer = actor(99, Role.OFFICER);
		StaffActor analyst = actor(COUNCIL, Role.ANALYST);

		assertThat(CaseAccess.may(lockedPartner, CaseAccess.VIEW, file)).isFalse();
		assertThat(CaseAccess.may(lockedPartner, CaseAccess.LOCKED_VIEW, file)).isTrue();
		assertThat(CaseAccess.may(wholePartner, CaseAccess.VIEW, file)).isTrue();
		assertThat(CaseAccess.may(wholePartner, CaseAccess.WORK, file)).as("a share is read only").isFalse();
		assertThat(CaseAccess.may(ownPolice, CaseAccess.WORK, file)).isTrue();
		assertThat(CaseAccess.may(otherOfficer, CaseAccess.LOCKED_VIEW, file)).isFalse();
		assertThat(CaseAccess.may(analyst, CaseAccess.LOCKED_VIEW, file)).as("analysts see counts only").isFalse();
		assertThat(CaseAccess.VIEW.hidesExistence()).isTrue();

		file.share(VICTIM_SUPPORT, ShareLevel.WHOLE, 7, Instant.now(), "Now the whole case");
		assertThat(file.getShares()).hasSize(2);
		assertThat(RecordAccess.may(lockedPartner, CaseAccess.VIEW, CaseAccess.ownershipOf(file)))
			.as("a share made whole").isTrue();
	}

	@Test
	void referencesGiveTheYearAndASixFigureNumber() {
		assertThat(CaseReferences.format(2026, 123)).isEqualTo("C-2026-000123");
		assertThat(CaseReferences.format(2027, 1_234_567)).isEqualTo("C-2027-1234567");
		assertThat(CaseReferences.looksLikeReference(" c-2026-000123 ")).isTrue();
		assertThat(CaseReferences.looksLikeReference("HC-7K3Q-9P")).isFalse();
		assertThat(CaseTypes.codeFor("Noise: nuisance (night)")).isEqualTo("NOISE_NUISANCE_NIGHT");
	}

	private static StaffActor actor(long organisation, Role role) {
		return new StaffActor() {

			@Override
			public long userId() {
				return 100 + organisation;
			}

			@Override
			public String username() {
				return "someone@test.example";
			}

			@Override
			public long organisationId() {
				return organisation;
			}

			@Override
			public String organisationName() {
				return "Organisation " + organisation;
			}

			@Override
			public java.util.Set<Role> roles() {
				return java.util.Set.of(role);
			}

		};
	}

}
