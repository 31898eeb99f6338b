package org.safercommunities.centres;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a return from one source: IN_PRODUCT (counted from reports) or OUTSIDE (added by the centre). */
@Embeddable
class ReturnCount {

	static final String IN_PRODUCT = "IN_PRODUCT";

	static final String OUTSIDE = "OUTSIDE";

	@Column(nullable = false)
	private String source;

	@Column(nullable = false)
	private String measure;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private int amount;

	protected ReturnCount() {
	}

	ReturnCount(String source, String key, int amount) {
		this.source = source;
		this.measure = key.substring(0, key.indexOf('.'));
		this.code = key.substring(key.indexOf('.') + 1);
		this.amount = amount;
	}

	String source() { return source; }
	String key() { return measure + "." + code; }
	int amount() { return amount; }

	@Override
	public boolean equals(Object other) {
		return other instanceof ReturnCount that && source.equals(that.source) && measure.equals(that.measure)
				&& code.equals(that.code) && amount == that.amount;
	}

	@Override
	public int hashCode() {
		return Objects.hash(source, measure, code, amount);
	}

}
