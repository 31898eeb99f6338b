package org.safercommunities.casereview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Case Review threshold as the partnership set it ({@link CaseReviewSettings}): for each rule in force,
 * whether the application meets it and by which records, so the officer sees why, not just a yes or no. Pure: the
 * records are handed in.
 */
final class ThresholdTest {

	private ThresholdTest() {
	}

	enum Rule {

		/** The statutory default: enough reports about the problem in the window, each made soon after its incident. */
		REPORTS,
		/** Local rule: one hate incident or crime, reported. */
		HATE,
		/** Local rule: different people have applied about the same location in the window. */
		LOCATION;

		public String messageKey() {
			return "casereview.rule." + name();
		}

	}

	/** An incident the applicant lists. */
	record Incident(LocalDate happenedOn, LocalDate reportedOn, ReportedTo reportedTo, String reference) {
	}

	/** Another application held about the same location (by whom, as a person id, never their name). */
	record AtLocation(String reference, long applicantPersonId, LocalDate receivedOn) {
	}

	/** What is tested: the application and the records about the same place. */
	record Subject(LocalDate receivedOn, boolean hate, List<Incident> incidents, List<AtLocation> atLocation) {
	}

	/**
	 * One rule's answer.
	 *
	 * @param counted the records that count toward the rule, described for the officer
	 * @param needed how many the rule needs
	 */
	record RuleResult(Rule rule, boolean met, List<String> counted, int needed) {
	}

	record Result(List<RuleResult> rules) {

		public boolean met() {
			return rules.stream().anyMatch(RuleResult::met);
		}

	}

	static Result test(Subject subject, CaseReviewSettings settings) {
		List<RuleResult> results = new ArrayList<>();
		results.add(reports(subject, settings));
		if (settings.hateRule()) {
			results.add(hate(subject));
		}
		if (settings.locationRule()) {
			results.add(location(subject, settings));
		}
		return new Result(List.copyOf(results));
	}

	private static RuleResult reports(Subject subject, CaseReviewSettings settings) {
		LocalDate windowStart = subject.receivedOn().minus(settings.window());
		List<String> counted = subject.incidents().stream()
			.filter(incident -> !incident.happenedOn().isBefore(windowStart))
			.filter(incident -> !incident.reportedOn().isBefore(incident.happenedOn())
					&& !incident.reportedOn().isAfter(incident.happenedOn().plus(settings.reportedWithin())))
			.map(ThresholdTest::describe)
			.toList();
		return new RuleResult(Rule.REPORTS, counted.size() >= settings.reports(), counted, settings.reports());
	}

	private static RuleResult hate(Subject subject) {
		List<String> counted = subject.hate() ? subject.incidents().stream().map(ThresholdTest::describe).toList()
				: List.of();
		return new RuleResult(Rule.HATE, !counted.isEmpty(), counted.isEmpty() ? counted : counted.subList(0, 1), 1);
	}

	private static RuleResult location(Subject subject, CaseReviewSettings settings) {
		LocalDate windowStart = subject.receivedOn().minus(settings.window());
		List<AtLocation> inWindow = subject.atLocation().stream()
			.filter(other -> !other.receivedOn().isBefore(windowStart) && !other.receivedOn().isAfter(subject.receivedOn()))
			.toList();
		long people = inWindow.stream().mapToLong(AtLocation::applicantPersonId).distinct().count();
		List<String> counted = inWindow.stream().map(AtLocation::reference).toList();
		return new RuleResult(Rule.LOCATION, people >= settings.locationReporters(), counted,
				settings.locationReporters());
	}

	private static String describe(Incident incident) {
		return org.safercommunities.shared.UkDates.day(incident.happenedOn()) + " → " + incident.reportedTo().name() + " "
				+ org.safercommunities.shared.UkDates.day(incident.reportedOn())
				+ (incident.reference() == null ? "" : " (" + incident.reference() + ")");
	}

}
