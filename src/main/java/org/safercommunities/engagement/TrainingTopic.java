package org.safercommunities.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the managed list of training topics (reference data, table engagement_training_topic). */
@Entity
@Table(name = "engagement_training_topic")
class TrainingTopic {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "counts_for_centres", nullable = false)
	private boolean countsForCentres;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "display_order", nullable = false)
	private int displayOrder;

	protected TrainingTopic() {
	}

	public String getCode() { return code; }
	public String getName() { return name; }
	public boolean isCountsForCentres() { return countsForCentres; }
	public boolean isActive() { return active; }

}
