package org.safercommunities.engagement;

import java.time.LocalDate;

/** What an event's form records, checked. */
record EventDetails(LocalDate heldOn, EventKind kind, String name, String venue, String wardCode,
		String organisationsPresent, int residentsEngaged, int championsSignedUp) {
}
