package org.safercommunities.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An electoral ward of the partnership's borough (ONS code, e.g. E05013630 Burnt Oak). */
@Entity
@Table(name = "ward")
public class Ward {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "borough_code", nullable = false)
	private String boroughCode;

	@Column(name = "borough_name", nullable = false)
	private String boroughName;

	protected Ward() {
	}

	Ward(String code, String name, String boroughCode, String boroughName) {
		this.code = code;
		this.name = name;
		this.boroughCode = boroughCode;
		this.boroughName = boroughName;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getBoroughCode() {
		return boroughCode;
	}

	public String getBoroughName() {
		return boroughName;
	}

}
