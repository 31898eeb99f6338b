package org.safercommunities.engagement;

import java.time.LocalDate;

/** What a champion's sign-up form records, checked (consent given, else there is no record). */
record ChampionDetails(LocalDate signedUpOn, String name, String email, String phone,
		ContactPreference contactPreference, LocalDate trainedOn, String wardCode) {
}
