package org.safercommunities.casereview;

import java.util.ArrayList;
import java.util.List;

/** The public Case Review application, as typed (dates as text, so a wrong one comes back as typed). */
public class ApplicationForm {

	/** Rows offered for incidents; empty rows are ignored. */
	static final int INCIDENT_ROWS = 5;

	private String forWhom;

	private String givenName;

	private String familyName;

	private String email;

	private String phone;

	private String problem;

	private String location;

	private String hate;

	private List<IncidentRow> incidents = new ArrayList<>();

	/** Honeypot field hidden from people: a script fills it in. */
	private String website;

	public ApplicationForm() {
		for (int row = 0; row < INCIDENT_ROWS; row++) {
			incidents.add(new IncidentRow());
		}
	}

	boolean forSomeoneElse() {
		return "SOMEONE_ELSE".equals(forWhom);
	}

	List<IncidentRow> filledIncidents() {
		return incidents.stream().filter(IncidentRow::filled).toList();
	}

	public String getForWhom() { return forWhom; }
	public void setForWhom(String forWhom) { this.forWhom = forWhom; }
	public String getGivenName() { return givenName; }
	public void setGivenName(String givenName) { this.givenName = givenName; }
	public String getFamilyName() { return familyName; }
	public void setFamilyName(String familyName) { this.familyName = familyName; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getProblem() { return problem; }
	public void setProblem(String problem) { this.problem = problem; }
	public String getLocation() { return location; }
	public void setLocation(String location) { this.location = location; }
	public String getHate() { return hate; }
	public void setHate(String hate) { this.hate = hate; }
	public List<IncidentRow> getIncidents() { return incidents; }
	public void setIncidents(List<IncidentRow> incidents) { this.incidents = incidents; }
	public String getWebsite() { return website; }
	public void setWebsite(String website) { this.website = website; }

	/** One incident: when it happened, when and to whom it was reported, and their reference. */
	public static class IncidentRow {

		private String happenedOn;

		private String reportedOn;

		private String reportedTo;

		private String reference;

		boolean filled() {
			return !blank(happenedOn) || !blank(reportedOn) || !blank(reportedTo) || !blank(reference);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

		public String getHappenedOn() { return happenedOn; }
		public void setHappenedOn(String happenedOn) { this.happenedOn = happenedOn; }
		public String getReportedOn() { return reportedOn; }
		public void setReportedOn(String reportedOn) { this.reportedOn = reportedOn; }
		public String getReportedTo() { return reportedTo; }
		public void setReportedTo(String reportedTo) { this.reportedTo = reportedTo; }
		public String getReference() { return reference; }
		public void setReference(String reference) { this.reference = reference; }

	}

}
