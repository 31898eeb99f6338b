package org.safercommunities.security;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class FirstAdministratorTests {

	private final StaffUserRepository users = mock(StaffUserRepository.class);

	private final StaffAccounts accounts = mock(StaffAccounts.class);

	private final Organisations organisations = mock(Organisations.class);

	@Test
	void doesNothingWithoutTheSettings() {
		bootstrap(null, null).run(null);

		verifyNoInteractions(accounts, organisations);
	}

	@Test
	void doesNothingOnceAnyAccountExists() {
		when(users.count()).thenReturn(1L);

		bootstrap("lead@council.example", "a-long-first-password").run(null);

		verify(accounts, never()).createAsSystem(any());
	}

	@Test
	void refusesAWeakPasswordWithAClearMessage() {
		when(organisations.findByName(any())).thenReturn(Optional.empty());

		assertThatThrownBy(() -> bootstrap("lead@council.example", "short").run(null))
			.hasMessageContaining("SAFER_BOOTSTRAP_ADMIN_PASSWORD");
		verifyNoInteractions(accounts);
	}

	private FirstAdministrator bootstrap(String email, String password) {
		return new FirstAdministrator(users, accounts, organisations,
				new FirstAdministrator.BootstrapSettings(email, password, "Haringey Community Safety"));
	}

}
