package org.safercommunities.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safercommunities.cases.CaseCodes.Outcome;
import org.safercommunities.cases.CaseCodes.ShareLevel;
import org.safercommunities.cases.CaseCodes.Source;
import org.safercommunities.cases.CaseCodes.Status;
import org.safercommunities.people.Involvement.PartyRole;
import org.safercommunities.shared.UkDates;
import org.springframework.util.StringUtils;

/**
 * The forms of the case pages. Values stay as typed (strings), so a form with errors comes back unchanged; the
 * forms on a case page are flashed across the redirect back to it, so they are serializable.
 * {@link CaseFormValidators} holds their rules. Fields are declared in page order.
 */
final class CaseForms {

	static final String NEW_PERSON = "NEW";

	static final String NO_PARTY = "NONE";

	private CaseForms() {
	}

	/** What a case is about: its type, title, account and place. Opening a case asks for it; it can be changed. */
	static class CaseDetailsForm {

		private String typeCode;

		private String title;

		private String account;

		private String placeDescription;

		private String wardCode;

		static CaseDetailsForm from(CaseFile file) {
			CaseDetailsForm form = new CaseDetailsForm();
			form.typeCode = file.getTypeCode();
			form.title = file.getTitle();
			form.account = file.getAccount();
			form.placeDescription = file.getPlaceDescription();
			form.wardCode = file.getWardCode();
			return form;
		}

		public String getTypeCode() { return typeCode; }
		public void setTypeCode(String typeCode) { this.typeCode = typeCode; }
		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getAccount() { return account; }
		public void setAccount(String account) { this.account = account; }
		public String getPlaceDescription() { return placeDescription; }
		public void setPlaceDescription(String placeDescription) { this.placeDescription = placeDescription; }
		public String getWardCode() { return wardCode; }
		public void setWardCode(String wardCode) { this.wardCode = wardCode; }

	}

	/** A new case: from a report (pre-filled from it) or directly. */
	static class OpenCaseForm extends CaseDetailsForm {

		private Long report;

		/** Set by the controller from the report, never bound: whether the reporter gave a name. */
		private boolean reporterNamed;

		private String source;

		private String reporterAs;

		static OpenCaseForm from(ReportForCase report) {
			OpenCaseForm form = new OpenCaseForm();
			form.report = report.reportId();
			form.reporterNamed = !report.anonymous();
			form.setTypeCode("NON_CRIME_HATE_INCIDENT".equals(report.classification()) ? "HATE_INCIDENT" : "HATE_CRIME");
			form.source = Source.REPORT.name();
			form.setAccount(report.account());
			form.setPlaceDescription(report.locationDescription());
			form.setWardCode(report.wardCode());
			return form;
		}

		Optional<Source> chosenSource() {
			return parse(Source.class, source);
		}

		/** The reporter as a party: null for none, a new person, or the id of a suggested person. */
		CaseFiles.PartyChoice reporterChoice() {
			if (!reporterNamed || !StringUtils.hasText(reporterAs) || NO_PARTY.equals(reporterAs)) {
				return null;
			}
			return NEW_PERSON.equals(reporterAs) ? CaseFiles.PartyChoice.newPerson()
					: new CaseFiles.PartyChoice(Long.valueOf(reporterAs));
		}

		public Long getReport() { return report; }
		public void setReport(Long report) { this.report = report; }
		public boolean isReporterNamed() { return reporterNamed; }
		void reporterNamed(boolean named) { this.reporterNamed = named; }
		public String getSource() { return source; }
		public void setSource(String source) { this.source = source; }
		public String getReporterAs() { return reporterAs; }
		public void setReporterAs(String reporterAs) { this.reporterAs = reporterAs; }

	}

	/** Open or under review (closing has its own form). */
	static class StatusForm implements Serializable {

		private String status;

		Optional<Status> chosen() {
			return parse(Status.class, status);
		}

		public String getStatus() { return status; }
		public void setStatus(String status) { this.status = status; }

	}

	static class NoteForm implements Serializable {

		private String note;

		public String getNote() { return note; }
		public void setNote(String note) { this.note = note; }

	}

	/**
	 * A party: who (a name, and what helps find them if already known) and their role. {@code choice} is empty until
	 * the officer has seen the people who may be the same: then a person's id ("use this person") or {@code NEW}.
	 */
	static class PartyForm implements Serializable {

		private String givenName;

		private String familyName;

		private String dateOfBirth;

		private String phone;

		private String email;

		private String partyRole;

		private String choice;

		Optional<PartyRole> chosenRole() {
			return parse(PartyRole.class, partyRole);
		}

		Optional<LocalDate> birthDate() {
			return UkDates.parseDay(dateOfBirth);
		}

		public String getGivenName() { return givenName; }
		public void setGivenName(String givenName) { this.givenName = givenName; }
		public String getFamilyName() { return familyName; }
		public void setFamilyName(String familyName) { this.familyName = familyName; }
		public String getDateOfBirth() { return dateOfBirth; }
		public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
		public String getPhone() { return phone; }
		public void setPhone(String phone) { this.phone = phone; }
		public String getEmail() { return email; }
		public void setEmail(String email) { this.email = email; }
		public String getPartyRole() { return partyRole; }
		public void setPartyRole(String partyRole) { this.partyRole = partyRole; }
		public String getChoice() { return choice; }
		public void setChoice(String choice) { this.choice = choice; }

	}

	static class ShareForm implements Serializable {

		private String organisationId;

		private String level;

		private String shareReason;

		Optional<ShareLevel> chosenLevel() {
			return parse(ShareLevel.class, level);
		}

		Optional<Long> organisation() {
			try {
				return StringUtils.hasText(organisationId) ? Optional.of(Long.valueOf(organisationId.strip()))
						: Optional.empty();
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}

		public String getOrganisationId() { return organisationId; }
		public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
		public String getLevel() { return level; }
		public void setLevel(String level) { this.level = level; }
		public String getShareReason() { return shareReason; }
		public void setShareReason(String shareReason) { this.shareReason = shareReason; }

	}

	static class CloseForm implements Serializable {

		private String outcome;

		private String closureReason;

		private String closedOn;

		Optional<Outcome> chosenOutcome() {
			return parse(Outcome.class, outcome);
		}

		Optional<LocalDate> closedOnDate() {
			return UkDates.parseDay(closedOn);
		}

		public String getOutcome() { return outcome; }
		public void setOutcome(String outcome) { this.outcome = outcome; }
		public String getClosureReason() { return closureReason; }
		public void setClosureReason(String closureReason) { this.closureReason = closureReason; }
		public String getClosedOn() { return closedOn; }
		public void setClosedOn(String closedOn) { this.closedOn = closedOn; }

	}

	/** A report to link, by its reference (HC-...). */
	static class LinkReportForm implements Serializable {

		private String reportReference;

		public String getReportReference() { return reportReference; }
		public void setReportReference(String reportReference) { this.reportReference = reportReference; }

	}

	/** Another case to link, by its reference (C-...). */
	static class LinkCaseForm implements Serializable {

		private String caseReference;

		public String getCaseReference() { return caseReference; }
		public void setCaseReference(String caseReference) { this.caseReference = caseReference; }

	}

	/** Add or rename a case type. */
	static class CaseTypeForm {

		private String name;

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }

	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
		if (!StringUtils.hasText(value)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Enum.valueOf(type, value.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The case report: which sections, made for which organisation. Unknown section names are ignored. */
	static class CaseReportForm {

		private List<String> sections = new ArrayList<>();

		private Long recipient;

		Set<CaseReport.Section> chosenSections() {
			Set<CaseReport.Section> chosen = EnumSet.noneOf(CaseReport.Section.class);
			for (CaseReport.Section section : CaseReport.Section.values()) {
				if (sections.contains(section.name())) {
					chosen.add(section);
				}
			}
			return chosen;
		}

		public List<String> getSections() { return sections; }
		public void setSections(List<String> sections) { this.sections = sections == null ? new ArrayList<>() : new ArrayList<>(sections); }
		public Long getRecipient() { return recipient; }
		public void setRecipient(Long recipient) { this.recipient = recipient; }

	}

}
