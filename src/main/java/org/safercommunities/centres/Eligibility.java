package org.safercommunities.centres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.StringUtils;

/**
 * The eligibility criteria of seed 003 Appendix 3: hate crime awareness training (within its validity period),
 * a named Hate Crime Lead (with an e-mail address, where return reminders go), and an operational safeguarding
 * policy (yes, with a review date not passed) with a designated safeguarding lead. Plain rules, no web code.
 */
final class Eligibility {

	enum Criterion {
		TRAINING_NONE, TRAINING_EXPIRED, LEAD_NAME, LEAD_EMAIL, SAFEGUARDING_POLICY, SAFEGUARDING_REVIEW_DATE,
		SAFEGUARDING_REVIEW_PASSED, SAFEGUARDING_LEAD;

		public String messageKey() {
			return "centres.criterion." + name();
		}
	}

	/** One unmet criterion, with the date it is about (when training ran out, when the review was due). */
	record Shortfall(Criterion criterion, LocalDate date) {

		public String messageKey() {
			return criterion.messageKey();
		}

	}

	/** What the rules look at. */
	record Facts(LocalDate latestTraining, String leadName, String leadEmail, boolean safeguardingPolicy,
			LocalDate safeguardingReviewDate, String safeguardingLeadName) {
	}

	private Eligibility() {
	}

	/** Every criterion not met on this day, in the order of Appendix 3; empty when the centre is eligible. */
	static List<Shortfall> shortfalls(Facts facts, LocalDate today, int trainingValidMonths) {
		List<Shortfall> missing = new ArrayList<>();
		if (facts.latestTraining() == null) {
			missing.add(new Shortfall(Criterion.TRAINING_NONE, null));
		}
		else if (trainingExpired(facts.latestTraining(), today, trainingValidMonths)) {
			missing.add(new Shortfall(Criterion.TRAINING_EXPIRED, trainingExpiry(facts.latestTraining(), trainingValidMonths)));
		}
		if (!StringUtils.hasText(facts.leadName())) {
			missing.add(new Shortfall(Criterion.LEAD_NAME, null));
		}
		if (!StringUtils.hasText(facts.leadEmail())) {
			missing.add(new Shortfall(Criterion.LEAD_EMAIL, null));
		}
		if (!facts.safeguardingPolicy()) {
			missing.add(new Shortfall(Criterion.SAFEGUARDING_POLICY, null));
		}
		else if (facts.safeguardingReviewDate() == null) {
			missing.add(new Shortfall(Criterion.SAFEGUARDING_REVIEW_DATE, null));
		}
		else if (facts.safeguardingReviewDate().isBefore(today)) {
			missing.add(new Shortfall(Criterion.SAFEGUARDING_REVIEW_PASSED, facts.safeguardingReviewDate()));
		}
		if (!StringUtils.hasText(facts.safeguardingLeadName())) {
			missing.add(new Shortfall(Criterion.SAFEGUARDING_LEAD, null));
		}
		return missing;
	}

	/** The last day training completed on this day still counts. */
	static LocalDate trainingExpiry(LocalDate completedOn, int validMonths) {
		return completedOn.plusMonths(validMonths);
	}

	static boolean trainingExpired(LocalDate completedOn, LocalDate today, int validMonths) {
		return today.isAfter(trainingExpiry(completedOn, validMonths));
	}

	/** Training runs out within the warning period (but has not yet). */
	static boolean trainingDueSoon(LocalDate completedOn, LocalDate today, int validMonths, int warningMonths) {
		LocalDate expiry = trainingExpiry(completedOn, validMonths);
		return !today.isAfter(expiry) && !today.isBefore(expiry.minusMonths(warningMonths));
	}

}
