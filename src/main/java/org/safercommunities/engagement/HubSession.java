package org.safercommunities.engagement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A session of a Community Safety Hub (a directory entry of the hub type): the day, the contacts made and the
 * issues raised. The hub's name and ward are copied from the directory when the session is recorded, so the
 * record and the figures stand if the entry later changes or is removed. Counts only: no personal data.
 */
@Entity
@Table(name = "engagement_hub_session")
class HubSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(name = "hub_entry_id", nullable = false)
	private long hubEntryId;

	@Column(name = "hub_name", nullable = false)
	private String hubName;

	@Column(name = "ward_code")
	private String wardCode;

	@Column(name = "contacts_made", nullable = false)
	private int contactsMade;

	@Column(name = "issues_raised", nullable = false)
	private int issuesRaised;

	@Column(name = "reports_taken", nullable = false)
	private int reportsTaken;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected HubSession() {
	}

	HubSession(LocalDate heldOn, CommunitySafetyHubs.Hub hub, int contactsMade, int issuesRaised, int reportsTaken,
			Instant recordedAt) {
		this.heldOn = heldOn;
		this.hubEntryId = hub.entryId();
		this.hubName = hub.name();
		this.wardCode = hub.wardCode();
		this.contactsMade = contactsMade;
		this.issuesRaised = issuesRaised;
		this.reportsTaken = reportsTaken;
		this.recordedAt = recordedAt;
	}

	public Long getId() { return id; }
	public LocalDate getHeldOn() { return heldOn; }
	public long getHubEntryId() { return hubEntryId; }
	public String getHubName() { return hubName; }
	public String getWardCode() { return wardCode; }
	public int getContactsMade() { return contactsMade; }
	public int getIssuesRaised() { return issuesRaised; }
	public int getReportsTaken() { return reportsTaken; }

}
