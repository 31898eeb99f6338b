package org.safercommunities.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The questions of the public report, in order (Process Map 1: danger first, then what happened, then consent).
 * A step may apply only to some answers (the reason for not reporting only when the police are refused). Each
 * step names the answer fields its page may change, so a page cannot overwrite another page's answers.
 */
enum ReportStep {

	EMERGENCY("emergency", answers -> true, "emergency"),
	WHO("who", answers -> true, "reporterRole"),
	WHAT("what", answers -> true, "incidentTypes", "whatHappened"),
	WHEN("when", answers -> true, "whenKind", "day", "month", "year", "occurredDescription"),
	WHERE("where", answers -> true, "locationDescription", "wardCode", "latitude", "longitude"),
	BEFORE("before", answers -> true, "happenedBefore"),
	WHY("why", answers -> true, "strands", "subtypes"),
	POLICE("police", answers -> true, "policeConsent"),
	NOT_REPORTING("not-reporting", answers -> "NO".equals(answers.getPoliceConsent()), "notReportingReasons",
			"notReportingDetail"),
	ABOUT_YOU("about-you", answers -> true, "giveDetails", "name", "email", "phone"),
	POLICE_IDENTITY("police-identity", answers -> answers.wantsPolice() && !answers.isAnonymous(), "identityToPolice"),
	CONTACT("contact", answers -> !answers.isAnonymous(), "safeToContact", "contactMethods", "contactTimes"),
	SUPPORT("support", answers -> true, "supportWanted", "supportKinds"),
	EVIDENCE("evidence", answers -> true),
	CHECK("check-answers", answers -> true);

	private final String slug;

	private final Predicate<ReportAnswers> appliesTo;

	private final String[] fields;

	ReportStep(String slug, Predicate<ReportAnswers> appliesTo, String... fields) {
		this.slug = slug;
		this.appliesTo = appliesTo;
		this.fields = fields;
	}

	String slug() {
		return slug;
	}

	String[] fields() {
		return fields.clone();
	}

	boolean appliesTo(ReportAnswers answers) {
		return appliesTo.test(answers);
	}

	static Optional<ReportStep> ofSlug(String slug) {
		return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
	}

	/** The next step that applies to these answers. */
	ReportStep next(ReportAnswers answers) {
		List<ReportStep> all = List.of(values());
		for (int i = ordinal() + 1; i < all.size(); i++) {
			if (all.get(i).appliesTo(answers)) {
				return all.get(i);
			}
		}
		return CHECK;
	}

	/** The step before, for the back link; empty for the first question. */
	Optional<ReportStep> previous(ReportAnswers answers) {
		for (int i = ordinal() - 1; i >= 0; i--) {
			if (values()[i].appliesTo(answers)) {
				return Optional.of(values()[i]);
			}
		}
		return Optional.empty();
	}

}
