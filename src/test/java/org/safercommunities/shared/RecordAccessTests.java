package org.safercommunities.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The record-level rules every module uses, on a rule like the reports': officers see every record, centre
 * workers their own organisation's, the police what was shared with them. The person is in organisation 1.
 */
class RecordAccessTests {

	static final long THEIRS = 1;

	static final long ANOTHER = 2;

	static final RecordRule RULE = RecordRule.forRecords("thing")
		.everyRecord(Role.OFFICER)
		.ownOrganisation(Role.CENTRE_WORKER)
		.sharedWithThem(Role.POLICE);

	record Actor(Set<Role> roles) implements StaffActor {

		static Actor of(Role... roles) {
			return new Actor(EnumSet.of(roles[0], roles));
		}

		@Override
		public long userId() {
			return 7;
		}

		@Override
		public String username() {
			return "someone@test.example";
		}

		@Override
		public long organisationId() {
			return THEIRS;
		}

		@Override
		public String organisationName() {
			return "Their organisation";
		}

	}

	/** owner: OWN or OTHER organisation; shared: NO, ORG (with theirs) or ROLE (with every police user). */
	@ParameterizedTest(name = "{0} on a record of {1} organisation, shared {2}, sensitive {3}: {4}")
	@CsvSource({
			"OFFICER, OWN, NO, false, ALLOWED", "OFFICER, OWN, NO, true, ALLOWED",
			"OFFICER, OTHER, NO, false, ALLOWED", "OFFICER, OTHER, NO, true, ALLOWED",
			"OFFICER, OTHER, ORG, true, ALLOWED", "OFFICER, OTHER, ROLE, true, ALLOWED",
			"CENTRE_WORKER, OWN, NO, false, ALLOWED", "CENTRE_WORKER, OWN, NO, true, ALLOWED",
			"CENTRE_WORKER, OWN, ROLE, true, ALLOWED",
			"CENTRE_WORKER, OTHER, NO, false, OTHER_ORGANISATION", "CENTRE_WORKER, OTHER, NO, true, OTHER_ORGANISATION",
			"CENTRE_WORKER, OTHER, ORG, false, OTHER_ORGANISATION", "CENTRE_WORKER, OTHER, ROLE, false, OTHER_ORGANISATION",
			"POLICE, OWN, NO, false, NOT_SHARED", "POLICE, OTHER, NO, false, NOT_SHARED",
			"POLICE, OTHER, NO, true, NOT_SHARED",
			"POLICE, OWN, ORG, false, ALLOWED", "POLICE, OTHER, ORG, false, ALLOWED",
			"POLICE, OTHER, ROLE, false, ALLOWED", "POLICE, OWN, ROLE, false, ALLOWED",
			"POLICE, OTHER, ORG, true, SENSITIVE", "POLICE, OTHER, ROLE, true, SENSITIVE",
			"POLICE, OWN, ROLE, true, SENSITIVE",
			"ANALYST, OWN, NO, false, ROLE", "ANALYST, OTHER, ROLE, false, ROLE", "ANALYST, OTHER, ORG, true, ROLE",
			"PARTNER, OWN, ORG, false, ROLE", "ADMIN, OTHER, NO, false, ROLE" })
	void eachRoleReachesWhatTheRuleGivesIt(Role role, String owner, String shared, boolean sensitive, String expected) {
		RecordOwnership record = RecordOwnership.ownedBy("OWN".equals(owner) ? THEIRS : ANOTHER);
		record = switch (shared) {
			case "ORG" -> record.sharedWith(THEIRS);
			case "ROLE" -> record.sharedWith(Role.POLICE);
			default -> record;
		};
		if (sensitive) {
			record = record.sensitive();
		}

		assertThat(RecordAccess.decide(Actor.of(role), RULE, record)).isEqualTo(expected.equals("ALLOWED")
				? AccessDecision.allowed() : AccessDecision.refused(AccessRefusal.valueOf(expected)));
	}

	@Test
	void aRecordNoOrganisationOwnsIsNoCentreWorkersOwn() {
		assertThat(RecordAccess.decide(Actor.of(Role.CENTRE_WORKER), RULE, RecordOwnership.ownedBy(null)))
			.isEqualTo(AccessDecision.refused(AccessRefusal.OTHER_ORGANISATION));
		assertThat(RecordAccess.may(Actor.of(Role.OFFICER), RULE, RecordOwnership.ownedBy(null))).isTrue();
	}

	@Test
	void aShareWithAnotherRoleDoesNotReachThroughARoleTheRuleDoesNotShareWith() {
		RecordOwnership sharedWithWorkers = RecordOwnership.ownedBy(ANOTHER).sharedWith(Role.CENTRE_WORKER);

		assertThat(RecordAccess.decide(Actor.of(Role.CENTRE_WORKER, Role.POLICE), RULE, sharedWithWorkers))
			.isEqualTo(AccessDecision.refused(AccessRefusal.OTHER_ORGANISATION));
	}

	@Test
	void aPersonWithSeveralRolesReachesWhatAnyOfThemReaches() {
		Actor workerAndPolice = Actor.of(Role.CENTRE_WORKER, Role.POLICE);

		assertThat(RecordAccess.may(workerAndPolice, RULE, RecordOwnership.ownedBy(THEIRS))).isTrue();
		assertThat(RecordAccess.may(workerAndPolice, RULE, RecordOwnership.ownedBy(ANOTHER).sharedWith(Role.POLICE)))
			.isTrue();
		assertThat(RecordAccess.decide(workerAndPolice, RULE, RecordOwnership.ownedBy(ANOTHER)))
			.isEqualTo(AccessDecision.refused(AccessRefusal.OTHER_ORGANISATION));
	}

	@Test
	void aMembersOnlyRecordIsReachedByItsMembersWhateverTheirRole() {
		RecordOwnership meeting = RecordOwnership.ownedBy(ANOTHER).sharedWith(THEIRS).membersOnly();
		RecordOwnership notTheirMeeting = RecordOwnership.ownedBy(ANOTHER).sharedWith(3).sharedWith(Role.POLICE)
			.membersOnly();

		assertThat(RecordAccess.may(Actor.of(Role.POLICE), RULE, meeting)).isTrue();
		assertThat(RecordAccess.may(Actor.of(Role.CENTRE_WORKER), RULE, meeting)).isTrue();
		assertThat(RecordAccess.may(Actor.of(Role.CENTRE_WORKER), RULE, RecordOwnership.ownedBy(THEIRS).membersOnly()))
			.isTrue();
		assertThat(RecordAccess.decide(Actor.of(Role.OFFICER), RULE, notTheirMeeting))
			.isEqualTo(AccessDecision.refused(AccessRefusal.MEMBERS_ONLY));
		assertThat(RecordAccess.decide(Actor.of(Role.POLICE), RULE, notTheirMeeting))
			.isEqualTo(AccessDecision.refused(AccessRefusal.MEMBERS_ONLY));
		assertThat(RecordAccess.decide(Actor.of(Role.ANALYST), RULE, meeting))
			.isEqualTo(AccessDecision.refused(AccessRefusal.ROLE));
	}

	@Test
	void aSensitiveMembersOnlyRecordStaysWithItsOwner() {
		RecordOwnership record = RecordOwnership.ownedBy(ANOTHER).sharedWith(THEIRS).membersOnly().sensitive();

		assertThat(RecordAccess.decide(Actor.of(Role.POLICE), RULE, record))
			.isEqualTo(AccessDecision.refused(AccessRefusal.SENSITIVE));
		assertThat(RecordAccess.may(Actor.of(Role.POLICE), RULE, RecordOwnership.ownedBy(THEIRS).membersOnly().sensitive()))
			.isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "OFFICER", "CENTRE_WORKER", "POLICE" })
	void anExcludedOrganisationNeverReachesTheRecord(Role role) {
		RecordOwnership record = RecordOwnership.ownedBy(THEIRS).sharedWith(THEIRS).sharedWith(Role.POLICE)
			.excluding(THEIRS);

		assertThat(RecordAccess.decide(Actor.of(role), RULE, record))
			.isEqualTo(AccessDecision.refused(AccessRefusal.EXCLUDED));
		assertThat(RecordAccess.may(Actor.of(role), RULE, record.membersOnly())).isFalse();
	}

	@Test
	void requireNamesTheRecordAndTheReasonAndNothingElse() {
		assertThatThrownBy(() -> RecordAccess.require(Actor.of(Role.CENTRE_WORKER), RULE, RecordOwnership.ownedBy(ANOTHER), 42L))
			.isInstanceOfSatisfying(RecordAccessRefused.class, refused -> {
				assertThat(refused.recordType()).isEqualTo("thing");
				assertThat(refused.recordId()).isEqualTo("42");
				assertThat(refused.reason()).isEqualTo(AccessRefusal.OTHER_ORGANISATION);
				assertThat(refused.hidesExistence()).isFalse();
				assertThat(refused.getMessage()).isEqualTo("thing 42 refused: OTHER_ORGANISATION");
			});
		assertThatThrownBy(() -> RecordAccess.require(Actor.of(Role.ANALYST), RULE.hidingExistence(),
				RecordOwnership.ownedBy(THEIRS), 42L))
			.isInstanceOfSatisfying(RecordAccessRefused.class, refused -> assertThat(refused.hidesExistence()).isTrue());
		RecordAccess.require(Actor.of(Role.OFFICER), RULE, RecordOwnership.ownedBy(ANOTHER), 42L);
	}

	@Test
	void aListShowsWhatEachRoleReaches() {
		assertThat(RecordAccess.visibility(Actor.of(Role.OFFICER), RULE).everyRecord()).isTrue();
		assertThat(RecordAccess.visibility(Actor.of(Role.CENTRE_WORKER), RULE))
			.isEqualTo(new RecordAccess.Visibility(false, THEIRS, Set.of(), null));
		assertThat(RecordAccess.visibility(Actor.of(Role.POLICE), RULE))
			.isEqualTo(new RecordAccess.Visibility(false, null, Set.of(Role.POLICE), THEIRS));
		assertThat(RecordAccess.visibility(Actor.of(Role.ANALYST), RULE).nothing()).isTrue();
		assertThat(RecordAccess.visibility(Actor.of(Role.CENTRE_WORKER, Role.POLICE), RULE))
			.isEqualTo(new RecordAccess.Visibility(false, THEIRS, Set.of(Role.POLICE), THEIRS));
	}

	@Test
	void ownershipIsAValueThatEachFactOnlyAddsTo() {
		RecordOwnership plain = RecordOwnership.ownedBy(ANOTHER);
		RecordOwnership shared = plain.sharedWith(THEIRS).sharedWith(Role.POLICE);

		assertThat(plain.sharedWithOrganisations()).isEmpty();
		assertThat(shared.sharedWithOrganisations()).containsExactly(THEIRS);
		assertThat(shared.sharedWithRoles()).containsExactly(Role.POLICE);
		assertThat(shared.sensitive().isSensitive()).isTrue();
		assertThat(shared.isSensitive()).isFalse();
	}

	@Test
	void everyReasonHasItsWordsInTheStaffBundle() throws IOException {
		Properties staff = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/i18n/staff.properties")) {
			staff.load(in);
		}
		for (AccessRefusal reason : AccessRefusal.values()) {
			assertThat(staff.getProperty(reason.messageKey())).as(reason.messageKey()).isNotBlank();
		}
	}

}
