package org.safercommunities.reporting;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.DataBinder;

/**
 * Test data factory for reports: sent through the reporting module's own submission (encrypted, audited, its
 * event published, exactly as the journey stores them) with the answers of {@link Journey#ANONYMOUS} as defaults,
 * so a test names only the answers it is about: {@code reports.aReport().with("wardCode", "E05013631").send()}.
 * Much quicker than walking the twelve pages, which the journey's own tests do.
 */
public class ReportTestData {

	private final ReportSubmission submission;

	ReportTestData(ReportSubmission submission) {
		this.submission = submission;
	}

	/** For the test configuration, which cannot name the reporting module's own types. */
	public static ReportTestData from(org.springframework.context.ApplicationContext context) {
		return new ReportTestData(context.getBean(ReportSubmission.class));
	}

	/** A report sent online, anonymously, with every default answer. */
	public Sent aSubmittedReport() {
		return aReport().send();
	}

	public Builder aReport() {
		return new Builder();
	}

	/** What the person is shown once the report is stored. */
	public record Sent(long id, String reference, String secret) {
	}

	public final class Builder {

		private final Map<String, String[]> answers = new HashMap<>();

		private Builder() {
			for (String[] page : Journey.ANONYMOUS.values()) {
				Map<String, java.util.List<String>> fields = new java.util.LinkedHashMap<>();
				for (int i = 0; i < page.length; i += 2) {
					fields.computeIfAbsent(page[i], k -> new java.util.ArrayList<>()).add(page[i + 1]);
				}
				fields.forEach((field, values) -> answers.put(field, values.toArray(String[]::new)));
			}
		}

		/** An answer in the journey's own field names and codes, replacing the default. */
		public Builder with(String field, String... values) {
			answers.put(field, values);
			return this;
		}

		public Sent send() {
			ReportAnswers bound = new ReportAnswers();
			DataBinder binder = new DataBinder(bound);
			MutablePropertyValues values = new MutablePropertyValues();
			answers.forEach((field, given) -> values.add(field, given.length == 1 ? given[0] : given));
			binder.bind(values);
			if (binder.getBindingResult().hasErrors()) {
				throw new IllegalArgumentException("test answers do not bind: " + binder.getBindingResult());
			}
			ReportSubmission.Submitted sent = submission.submit(bound, Submission.online(), Locale.UK);
			return new Sent(sent.reportId(), sent.reference(), sent.secret());
		}

	}

}
