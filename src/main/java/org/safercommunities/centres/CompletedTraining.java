package org.safercommunities.centres;

import java.time.LocalDate;

/** Hate crime awareness training one person (named, or by role) at a centre completed. */
public record CompletedTraining(String trainee, String course, LocalDate completedOn) {
}
