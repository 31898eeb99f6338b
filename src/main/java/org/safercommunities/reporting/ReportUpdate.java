package org.safercommunities.reporting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safercommunities.crypto.EncryptedText;

/** Information the reporter added later through follow-up (or staff added for them). */
@Entity
@Table(name = "report_update")
public class ReportUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false, updatable = false)
	private String text;

	@Column(name = "added_at", nullable = false, updatable = false)
	private Instant addedAt;

	@Column(name = "added_by", nullable = false, updatable = false)
	private String addedBy;

	protected ReportUpdate() {
	}

	ReportUpdate(String text, Instant addedAt, String addedBy) {
		this.text = text;
		this.addedAt = addedAt;
		this.addedBy = addedBy;
	}

	public String getText() { return text; }
	public Instant getAddedAt() { return addedAt; }
	public String getAddedBy() { return addedBy; }

}
