package org.safercommunities.demo;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.safercommunities.centres.CentreManagement;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class DemoDataSeederTests {

	@Test
	void theDemoHasOneAccountForEveryRole() {
		Set<Role> roles = DemoPartnership.USERS.stream().map(DemoPartnership.DemoUser::role).collect(Collectors.toSet());

		assertThat(roles).isEqualTo(EnumSet.allOf(Role.class));
	}

	@Test
	void theDemoHoldsTheElevenReportingCentresOfTheAnnualReport() {
		assertThat(DemoPartnership.ORGANISATIONS).extracting(DemoPartnership.DemoOrganisation::name)
			.contains("Barnet Homes", "Barnet Mencap", "Barnet Multifaith Forum", "Community Barnet",
					"Community Security Trust", "GALOP", "Hft", "Homeless Action Barnet", "Inclusion Barnet",
					"Middlesex University", "Your Choice Barnet");
	}

	@Test
	void everyDemoCentreIsADemoOrganisationAndOneIsAnApplicant() {
		Set<String> names = DemoPartnership.ORGANISATIONS.stream()
			.map(DemoPartnership.DemoOrganisation::name)
			.collect(Collectors.toSet());

		assertThat(DemoCentres.all(LocalDate.now())).hasSize(11)
			.allSatisfy(centre -> assertThat(names).contains(centre.organisation()))
			.filteredOn(centre -> !centre.active()).extracting(DemoCentres.DemoCentre::organisation)
			.containsExactly("Inclusion Barnet");
	}

	@Test
	void theCentresAreNeverSeededIntoAnythingButTheEmbeddedDatabase() throws Exception {
		Organisations organisations = mock(Organisations.class);
		CentreManagement centres = mock(CentreManagement.class);

		new DemoCentreSeeder(organisations, centres, dataSourceAt("jdbc:postgresql://db.council.example:5432/safer"),
				Clock.systemUTC()).run(null);

		verifyNoInteractions(organisations, centres);
	}

	@Test
	void theReceivingServicesAreTheIssuesSevenEachADemoOrganisationWithASensibleDeadline() {
		Set<String> names = DemoPartnership.ORGANISATIONS.stream()
			.map(DemoPartnership.DemoOrganisation::name)
			.collect(Collectors.toSet());
		assertThat(DemoReceivingServices.SERVICES).extracting(DemoReceivingServices.DemoService::organisation)
			.containsExactly(DemoPartnership.VICTIM_SUPPORT, DemoPartnership.HOUSING, DemoPartnership.MENCAP,
					DemoPartnership.MASH, DemoPartnership.MARAC, DemoPartnership.MEDIATION,
					DemoPartnership.RESTORATIVE_JUSTICE)
			.allSatisfy(organisation -> assertThat(names).contains(organisation));
		assertThat(DemoReceivingServices.SERVICES).allSatisfy(service -> {
			assertThat(service.description()).as(service.organisation()).hasSizeBetween(40, 500);
			assertThat(service.deadlineWorkingDays()).as(service.organisation()).isBetween(0, 10);
			assertThat(service.deadlineWorkingDays() == 0).as(service.organisation() + ": same day only for safeguarding")
				.isEqualTo(service.safeguarding());
		});
		assertThat(DemoReceivingServices.SERVICES).filteredOn(DemoReceivingServices.DemoService::victimSupport)
			.extracting(DemoReceivingServices.DemoService::organisation)
			.containsExactly(DemoPartnership.VICTIM_SUPPORT, DemoPartnership.MENCAP);
	}

	@Test
	void everyDemoUserBelongsToADemoOrganisation() {
		Set<String> names = DemoPartnership.ORGANISATIONS.stream()
			.map(DemoPartnership.DemoOrganisation::name)
			.collect(Collectors.toSet());

		assertThat(DemoPartnership.USERS).allSatisfy(user -> assertThat(names).contains(user.organisation()));
	}

	@Test
	void neverSeedsAnythingButTheEmbeddedDatabase() throws Exception {
		Organisations organisations = mock(Organisations.class);
		StaffAccounts accounts = mock(StaffAccounts.class);
		DataSource postgres = dataSourceAt("jdbc:postgresql://db.council.example:5432/safer");

		new DemoDataSeeder(organisations, accounts, new DemoSettings(true, "pw"), postgres).run();

		verifyNoInteractions(organisations, accounts);
	}

	private static DataSource dataSourceAt(String url) throws Exception {
		DataSource dataSource = mock(DataSource.class);
		Connection connection = mock(Connection.class);
		DatabaseMetaData metaData = mock(DatabaseMetaData.class);
		when(dataSource.getConnection()).thenReturn(connection);
		when(connection.getMetaData()).thenReturn(metaData);
		when(metaData.getURL()).thenReturn(url);
		return dataSource;
	}

}
