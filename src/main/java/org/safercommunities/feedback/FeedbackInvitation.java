package org.safercommunities.feedback;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The survey offer for one report: waiting until it is due, then invited (by e-mail or on the follow-up page) or
 * not sent with the reason, then answered. The link's token is kept only as its SHA-256.
 */
@Entity
@Table(name = "feedback_invitation")
class FeedbackInvitation {

	enum Status { WAITING, INVITED, NOT_SENT, ANSWERED }

	enum Route { EMAIL, FOLLOW_UP }

	enum NotSentReason { DECLINED_CONTACT, CASE_ALREADY_SURVEYED, REPORT_GONE }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false, updatable = false)
	private long reportId;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "first_contact_on", nullable = false)
	private LocalDate firstContactOn;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.WAITING;

	@Enumerated(EnumType.STRING)
	private Route route;

	@Enumerated(EnumType.STRING)
	@Column(name = "not_sent_reason")
	private NotSentReason notSentReason;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "invited_on")
	private LocalDate invitedOn;

	@Column(name = "answered_on")
	private LocalDate answeredOn;

	@Version
	private long version;

	protected FeedbackInvitation() {
	}

	FeedbackInvitation(long reportId, LocalDate firstContactOn, LocalDate dueOn) {
		this.reportId = reportId;
		this.firstContactOn = firstContactOn;
		this.dueOn = dueOn;
	}

	void invite(Route route, String tokenHash, LocalDate on) {
		this.status = Status.INVITED;
		this.route = route;
		this.tokenHash = tokenHash;
		this.invitedOn = on;
	}

	/** A fresh link for the follow-up page; the one shown before stops working. */
	void newLink(String tokenHash) {
		this.tokenHash = tokenHash;
	}

	void notSent(NotSentReason reason) {
		this.status = Status.NOT_SENT;
		this.notSentReason = reason;
	}

	void answered(LocalDate on) {
		this.status = Status.ANSWERED;
		this.answeredOn = on;
		this.tokenHash = null;
	}

	boolean open() {
		return status == Status.INVITED;
	}

	Long getId() { return id; }
	long getReportId() { return reportId; }
	Long getCaseId() { return caseId; }
	LocalDate getFirstContactOn() { return firstContactOn; }
	LocalDate getDueOn() { return dueOn; }
	Status getStatus() { return status; }
	Route getRoute() { return route; }
	NotSentReason getNotSentReason() { return notSentReason; }
	LocalDate getInvitedOn() { return invitedOn; }
	LocalDate getAnsweredOn() { return answeredOn; }

}
