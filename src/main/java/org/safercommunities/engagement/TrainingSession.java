package org.safercommunities.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A training session: a staff session (the organisations in the audience with their attendees) or a residents'
 * workshop (a count of residents), with the share confident before and after where it was asked.
 */
@Entity
@Table(name = "engagement_training_session")
class TrainingSession {

	/** An organisation in a staff session's audience. */
	@Embeddable
	record Attendance(@Column(name = "organisation_id", nullable = false) long organisationId,
			@Column(nullable = false) int attendees) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(name = "topic_code", nullable = false)
	private String topicCode;

	@Column(nullable = false)
	private String trainer;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Audience audience;

	private Integer residents;

	@Column(name = "ward_code")
	private String wardCode;

	@Column(name = "confidence_before")
	private Integer confidenceBefore;

	@Column(name = "confidence_after")
	private Integer confidenceAfter;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@ElementCollection
	@CollectionTable(name = "engagement_training_audience", joinColumns = @JoinColumn(name = "session_id"))
	private List<Attendance> attendance = new ArrayList<>();

	protected TrainingSession() {
	}

	TrainingSession(SessionDetails details, Instant recordedAt) {
		this.heldOn = details.heldOn();
		this.topicCode = details.topicCode();
		this.trainer = details.trainer();
		this.audience = details.audience();
		this.residents = details.audience() == Audience.RESIDENTS ? details.residents() : null;
		this.wardCode = details.wardCode();
		this.confidenceBefore = details.confidenceBefore();
		this.confidenceAfter = details.confidenceAfter();
		this.recordedAt = recordedAt;
		if (details.audience() == Audience.STAFF) {
			this.attendance.addAll(details.attendance());
		}
	}

	/** Everyone trained: the residents of a workshop, or the staff of every organisation in the audience. */
	public int peopleTrained() {
		return audience == Audience.RESIDENTS ? residents : attendance.stream().mapToInt(Attendance::attendees).sum();
	}

	public Long getId() { return id; }
	public LocalDate getHeldOn() { return heldOn; }
	public String getTopicCode() { return topicCode; }
	public String getTrainer() { return trainer; }
	public Audience getAudience() { return audience; }
	public Integer getResidents() { return residents; }
	public String getWardCode() { return wardCode; }
	public Integer getConfidenceBefore() { return confidenceBefore; }
	public Integer getConfidenceAfter() { return confidenceAfter; }
	public List<Attendance> getAttendance() { return List.copyOf(attendance); }

}
