package org.safercommunities.centres;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A correction of a sent return: who, when, why, and what changed ("Paper form, outside: 2 → 3; ..."). */
@Entity
@Table(name = "centre_return_correction")
class ReturnCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "corrected_at", nullable = false)
	private Instant correctedAt;

	@Column(name = "corrected_by", nullable = false)
	private String correctedBy;

	@Column(nullable = false)
	private String reason;

	@Column(nullable = false)
	private String changes;

	protected ReturnCorrection() {
	}

	ReturnCorrection(Instant correctedAt, String correctedBy, String reason, String changes) {
		this.correctedAt = correctedAt;
		this.correctedBy = correctedBy;
		this.reason = reason;
		this.changes = changes;
	}

	public Instant getCorrectedAt() { return correctedAt; }
	public String getCorrectedBy() { return correctedBy; }
	public String getReason() { return reason; }
	public String getChanges() { return changes; }

}
