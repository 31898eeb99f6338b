package org.safercommunities.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the managed list of case types. A retired type stays on its cases but is not offered any more. */
@Entity
@Table(name = "case_type")
public class CaseType {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "display_order", nullable = false)
	private int displayOrder;

	protected CaseType() {
	}

	CaseType(String code, String name, int displayOrder) {
		this.code = code;
		this.name = name;
		this.active = true;
		this.displayOrder = displayOrder;
	}

	void rename(String newName) {
		this.name = newName;
	}

	void retire() {
		this.active = false;
	}

	void restore() {
		this.active = true;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public boolean isActive() {
		return active;
	}

	public int getDisplayOrder() {
		return displayOrder;
	}

}
