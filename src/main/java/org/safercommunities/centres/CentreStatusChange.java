package org.safercommunities.centres;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a centre's history: from, to, why, when and who ("system" for the daily lapse job). */
@Entity
@Table(name = "reporting_centre_status_change")
class CentreStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private CentreStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false)
	private CentreStatus toStatus;

	@Column(nullable = false)
	private String reason;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false)
	private String changedBy;

	protected CentreStatusChange() {
	}

	CentreStatusChange(CentreStatus fromStatus, CentreStatus toStatus, String reason, Instant changedAt, String changedBy) {
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
	}

	public CentreStatus getFromStatus() { return fromStatus; }
	public CentreStatus getToStatus() { return toStatus; }
	public String getReason() { return reason; }
	public Instant getChangedAt() { return changedAt; }
	public String getChangedBy() { return changedBy; }

}
