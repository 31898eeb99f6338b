package org.safercommunities.engagement;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.safercommunities.shared.UkDates;
import org.springframework.util.StringUtils;

/** The engagement pages' form objects: what was typed, kept as text so a bad entry comes back as it was. */
final class EngagementForms {

	/** Rows of organisations a staff session's form offers (no JavaScript adds rows). */
	static final int AUDIENCE_ROWS = 8;

	private EngagementForms() {
	}

	static Integer number(String text) {
		return StringUtils.hasText(text) ? Integer.valueOf(text.strip()) : null;
	}

	static String text(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	static class TrainingForm implements Serializable {

		private String heldOn;
		private String topicCode;
		private String trainer;
		private String audience;
		private List<AudienceRow> rows = new ArrayList<>();
		private String residents;
		private String wardCode;
		private String confidenceBefore;
		private String confidenceAfter;
		private String attendeeNames;
		private boolean attendeesConsented;

		TrainingForm() {
			for (int i = 0; i < AUDIENCE_ROWS; i++) {
				rows.add(new AudienceRow());
			}
		}

		SessionDetails toDetails() {
			Audience chosen = Audience.valueOf(audience);
			List<TrainingSession.Attendance> attendance = rows.stream()
				.filter(AudienceRow::filledIn)
				.map(row -> new TrainingSession.Attendance(Long.parseLong(row.organisationId), number(row.attendees)))
				.toList();
			return new SessionDetails(UkDates.parseDay(heldOn).orElseThrow(), topicCode, trainer.strip(), chosen,
					chosen == Audience.RESIDENTS ? number(residents) : null, text(wardCode), number(confidenceBefore),
					number(confidenceAfter), chosen == Audience.STAFF ? attendance : List.of(), names());
		}

		/** The named attendees, one a line, blank lines left out. */
		List<String> names() {
			return attendeeNames == null ? List.of()
					: attendeeNames.lines().map(String::strip).filter(StringUtils::hasText).toList();
		}

		public String getHeldOn() { return heldOn; }
		public void setHeldOn(String heldOn) { this.heldOn = heldOn; }
		public String getTopicCode() { return topicCode; }
		public void setTopicCode(String topicCode) { this.topicCode = topicCode; }
		public String getTrainer() { return trainer; }
		public void setTrainer(String trainer) { this.trainer = trainer; }
		public String getAudience() { return audience; }
		public void setAudience(String audience) { this.audience = audience; }
		public List<AudienceRow> getRows() { return rows; }
		public void setRows(List<AudienceRow> rows) { this.rows = rows; }
		public String getResidents() { return residents; }
		public void setResidents(String residents) { this.residents = residents; }
		public String getWardCode() { return wardCode; }
		public void setWardCode(String wardCode) { this.wardCode = wardCode; }
		public String getConfidenceBefore() { return confidenceBefore; }
		public void setConfidenceBefore(String confidenceBefore) { this.confidenceBefore = confidenceBefore; }
		public String getConfidenceAfter() { return confidenceAfter; }
		public void setConfidenceAfter(String confidenceAfter) { this.confidenceAfter = confidenceAfter; }
		public String getAttendeeNames() { return attendeeNames; }
		public void setAttendeeNames(String attendeeNames) { this.attendeeNames = attendeeNames; }
		public boolean isAttendeesConsented() { return attendeesConsented; }
		public void setAttendeesConsented(boolean attendeesConsented) { this.attendeesConsented = attendeesConsented; }

	}

	/** One organisation of a staff session's audience and how many of its staff came. */
	static class AudienceRow implements Serializable {

		private String organisationId;
		private String attendees;

		boolean filledIn() {
			return StringUtils.hasText(organisationId) || StringUtils.hasText(attendees);
		}

		public String getOrganisationId() { return organisationId; }
		public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
		public String getAttendees() { return attendees; }
		public void setAttendees(String attendees) { this.attendees = attendees; }

	}

	static class EventForm implements Serializable {

		private String heldOn;
		private String kind;
		private String name;
		private String venue;
		private String wardCode;
		private String organisationsPresent;
		private String residentsEngaged;
		private String championsSignedUp;

		EventDetails toDetails() {
			return new EventDetails(UkDates.parseDay(heldOn).orElseThrow(), EventKind.valueOf(kind), name.strip(),
					venue.strip(), text(wardCode), text(organisationsPresent), number(residentsEngaged),
					StringUtils.hasText(championsSignedUp) ? number(championsSignedUp) : 0);
		}

		public String getHeldOn() { return heldOn; }
		public void setHeldOn(String heldOn) { this.heldOn = heldOn; }
		public String getKind() { return kind; }
		public void setKind(String kind) { this.kind = kind; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getVenue() { return venue; }
		public void setVenue(String venue) { this.venue = venue; }
		public String getWardCode() { return wardCode; }
		public void setWardCode(String wardCode) { this.wardCode = wardCode; }
		public String getOrganisationsPresent() { return organisationsPresent; }
		public void setOrganisationsPresent(String organisationsPresent) { this.organisationsPresent = organisationsPresent; }
		public String getResidentsEngaged() { return residentsEngaged; }
		public void setResidentsEngaged(String residentsEngaged) { this.residentsEngaged = residentsEngaged; }
		public String getChampionsSignedUp() { return championsSignedUp; }
		public void setChampionsSignedUp(String championsSignedUp) { this.championsSignedUp = championsSignedUp; }

	}

	/** A Community Safety Hub session: which hub, when, and the counts. */
	static class HubSessionForm implements Serializable {

		private String heldOn;
		private String hubEntryId;
		private String contactsMade;
		private String issuesRaised;
		private String reportsTaken;

		public String getHeldOn() { return heldOn; }
		public void setHeldOn(String heldOn) { this.heldOn = heldOn; }
		public String getHubEntryId() { return hubEntryId; }
		public void setHubEntryId(String hubEntryId) { this.hubEntryId = hubEntryId; }
		public String getContactsMade() { return contactsMade; }
		public void setContactsMade(String contactsMade) { this.contactsMade = contactsMade; }
		public String getIssuesRaised() { return issuesRaised; }
		public void setIssuesRaised(String issuesRaised) { this.issuesRaised = issuesRaised; }
		public String getReportsTaken() { return reportsTaken; }
		public void setReportsTaken(String reportsTaken) { this.reportsTaken = reportsTaken; }

	}

	static class ChampionForm implements Serializable {

		private String name;
		private String email;
		private String phone;
		private String contactPreference;
		private String wardCode;
		private String signedUpOn;
		private String trainedOn;
		private boolean consent;

		ChampionDetails toDetails() {
			return new ChampionDetails(UkDates.parseDay(signedUpOn).orElseThrow(), name.strip(), text(email),
					text(phone), ContactPreference.valueOf(contactPreference),
					StringUtils.hasText(trainedOn) ? UkDates.parseDay(trainedOn).orElseThrow() : null, text(wardCode));
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getEmail() { return email; }
		public void setEmail(String email) { this.email = email; }
		public String getPhone() { return phone; }
		public void setPhone(String phone) { this.phone = phone; }
		public String getContactPreference() { return contactPreference; }
		public void setContactPreference(String contactPreference) { this.contactPreference = contactPreference; }
		public String getWardCode() { return wardCode; }
		public void setWardCode(String wardCode) { this.wardCode = wardCode; }
		public String getSignedUpOn() { return signedUpOn; }
		public void setSignedUpOn(String signedUpOn) { this.signedUpOn = signedUpOn; }
		public String getTrainedOn() { return trainedOn; }
		public void setTrainedOn(String trainedOn) { this.trainedOn = trainedOn; }
		public boolean isConsent() { return consent; }
		public void setConsent(boolean consent) { this.consent = consent; }

	}

}
