package org.safercommunities.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the managed list of Ward Walk issue categories (reference data, seeded with the annual report's
 * fifteen). Its public name comes from the message bundle ({@code walks.category.CODE}), in every language.
 */
@Entity
@Table(name = "engagement_walk_category")
class WalkCategory {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "display_order", nullable = false)
	private int displayOrder;

	protected WalkCategory() {
	}

	public String getCode() { return code; }
	public String getName() { return name; }
	public boolean isActive() { return active; }

	public String messageKey() {
		return "walks.category." + code;
	}

}
