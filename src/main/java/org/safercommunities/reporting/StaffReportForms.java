package org.safercommunities.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.safercommunities.reporting.ReportCodes.Classification;
import org.springframework.util.StringUtils;

/**
 * The staff's forms on the report list and on one report. Values stay as typed, so a form with errors comes back
 * unchanged; the forms on a report are flashed across the redirect back to it, so they are serializable.
 * {@link StaffReportFormValidators} holds their rules. Fields are declared in page order.
 */
final class StaffReportForms {

	private StaffReportForms() {
	}

	/** The report list's date filters. */
	static class DatesForm {

		private String from;

		private String to;

		LocalDate fromDate() {
			return date(from);
		}

		LocalDate toDate() {
			return date(to);
		}

		/** The ISO date typed (as a browser's date field sends it), or null when none or not a date. */
		static LocalDate date(String text) {
			try {
				return StringUtils.hasText(text) ? LocalDate.parse(text.strip()) : null;
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		public String getFrom() { return from; }
		public void setFrom(String from) { this.from = from; }
		public String getTo() { return to; }
		public void setTo(String to) { this.to = to; }

	}

	/** Triage: a hate crime or a non-crime hate incident, and for an incident what the code of practice asks. */
	static class TriageForm implements Serializable {

		private String classification;

		private String keepSubjectData;

		private String justification;

		private String redactedAccount;

		/** The classification chosen, or null when none (or one that is not) was posted. */
		Classification chosen() {
			return Arrays.stream(Classification.values()).filter(value -> value.name().equals(classification)).findFirst()
				.orElse(null);
		}

		/** For a non-crime hate incident, whether the subject's data is kept; for a crime, not asked (null). */
		Boolean keepsSubjectData() {
			return chosen() == Classification.NON_CRIME_HATE_INCIDENT ? "YES".equals(keepSubjectData) : null;
		}

		public String getClassification() { return classification; }
		public void setClassification(String classification) { this.classification = classification; }
		public String getKeepSubjectData() { return keepSubjectData; }
		public void setKeepSubjectData(String keepSubjectData) { this.keepSubjectData = keepSubjectData; }
		public String getJustification() { return justification; }
		public void setJustification(String justification) { this.justification = justification; }
		public String getRedactedAccount() { return redactedAccount; }
		public void setRedactedAccount(String redactedAccount) { this.redactedAccount = redactedAccount; }

	}

	/** Sharing with the police; without the reporter's consent only with a reason (serious harm). */
	static class ShareForm implements Serializable {

		private String overrideReason;

		public String getOverrideReason() { return overrideReason; }
		public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }

	}

	/** The police's own reference for a shared report. */
	static class PoliceReferenceForm implements Serializable {

		private String policeReference;

		public String getPoliceReference() { return policeReference; }
		public void setPoliceReference(String policeReference) { this.policeReference = policeReference; }

	}

}
