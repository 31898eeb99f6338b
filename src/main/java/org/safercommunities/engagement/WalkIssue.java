package org.safercommunities.engagement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.safercommunities.crypto.EncryptedText;

/**
 * An issue raised for a Ward Walk, in a managed category: in advance by a resident or on the walk. It is assigned
 * to a service with a due date and closed with an outcome written for the public page. The resident's own words
 * are encrypted and never shown publicly.
 */
@Entity
@Table(name = "engagement_walk_issue")
class WalkIssue {

	enum RaisedBy { RESIDENT, WALK }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "walk_id", nullable = false)
	private long walkId;

	@Column(name = "category_code", nullable = false)
	private String categoryCode;

	@Column(name = "raised_by", nullable = false)
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private RaisedBy raisedBy;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String description;

	@Column(name = "raised_on", nullable = false)
	private LocalDate raisedOn;

	private String service;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	private String outcome;

	@Version
	private long version;

	protected WalkIssue() {
	}

	WalkIssue(long walkId, String categoryCode, RaisedBy raisedBy, String description, LocalDate raisedOn) {
		this.walkId = walkId;
		this.categoryCode = categoryCode;
		this.raisedBy = raisedBy;
		this.description = description;
		this.raisedOn = raisedOn;
	}

	void assign(String service, LocalDate dueOn) {
		this.service = service;
		this.dueOn = dueOn;
	}

	void close(LocalDate on, String outcome) {
		this.closedOn = on;
		this.outcome = outcome;
	}

	boolean closedOnTime() {
		return closedOn != null && dueOn != null && !closedOn.isAfter(dueOn);
	}

	public Long getId() { return id; }
	public long getWalkId() { return walkId; }
	public String getCategoryCode() { return categoryCode; }
	public RaisedBy getRaisedBy() { return raisedBy; }
	public String getDescription() { return description; }
	public LocalDate getRaisedOn() { return raisedOn; }
	public String getService() { return service; }
	public LocalDate getDueOn() { return dueOn; }
	public LocalDate getClosedOn() { return closedOn; }
	public String getOutcome() { return outcome; }

	/** What the public page may say about it: its category, whether done, and what was done (no personal data). */
	PublicIssue publicView() {
		return new PublicIssue("walks.category." + categoryCode, closedOn != null, outcome);
	}

	record PublicIssue(String categoryKey, boolean closed, String outcome) {
	}

}
