package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report page's figures, counts only: tools and powers in a period (the annual report's Fig. 3), fixed penalty
 * notices by offence code with percentages that add up to 100 (Fig. 5), and the payment rate and receipts.
 * {@code organisationId} null is the whole partnership.
 */
@Component
@Transactional(readOnly = true)
class EnforcementFigures {

	private final JdbcClient jdbc;

	EnforcementFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Tools and powers served from {@code from} to {@code to} inclusive, by kind (every kind, zeros included); a
	 * withdrawn one is not counted.
	 */
	Map<ToolKind, Long> toolsAndPowers(LocalDate from, LocalDate to, Long organisationId) {
		Map<ToolKind, Long> counts = new EnumMap<>(ToolKind.class);
		for (ToolKind kind : ToolKind.values()) {
			counts.put(kind, 0L);
		}
		jdbc.sql("select kind, count(*) from enforcement_action where withdrawn_at is null "
				+ "and issued_on >= ? and issued_on <= ? "
				+ "and (cast(? as bigint) is null or organisation_id = ?) group by kind")
			.params(from, to, organisationId, organisationId)
			.query((java.sql.ResultSet rs) -> {
				counts.put(ToolKind.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	/** Notices issued in the period by offence code (codes with none left out), with whole percentages. */
	List<OffenceShare> penaltiesByOffence(LocalDate from, LocalDate to, Long organisationId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select p.offence_code, count(*) from enforcement_penalty p "
				+ "join enforcement_offence_code c on c.code = p.offence_code "
				+ "where p.issued_on >= ? and p.issued_on <= ? and (cast(? as bigint) is null or p.organisation_id = ?) "
				+ "group by p.offence_code, c.display_order order by c.display_order")
			.params(from, to, organisationId, organisationId)
			.query((java.sql.ResultSet rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		Map<String, Integer> percentages = LargestRemainder.percentages(counts);
		return counts.entrySet().stream()
			.map(entry -> new OffenceShare(entry.getKey(), entry.getValue(), percentages.get(entry.getKey())))
			.toList();
	}

	/**
	 * Payments on notices issued in the period: the rate is notices paid (early or in full) of those not cancelled,
	 * as a whole percentage; receipts are the pence received.
	 */
	Payments payments(LocalDate from, LocalDate to, Long organisationId) {
		return jdbc.sql("select count(*), "
				+ "coalesce(sum(case when status in ('PAID', 'PAID_EARLY') then 1 else 0 end), 0), "
				+ "coalesce(sum(case when status = 'PAID_EARLY' then 1 else 0 end), 0), "
				+ "coalesce(sum(case when status = 'CANCELLED' then 1 else 0 end), 0), "
				+ "coalesce(sum(case when status = 'PROSECUTION_REVIEW' then 1 else 0 end), 0), "
				+ "coalesce(sum(case when status in ('PAID', 'PAID_EARLY') then paid_pence else 0 end), 0) "
				+ "from enforcement_penalty where issued_on >= ? and issued_on <= ? "
				+ "and (cast(? as bigint) is null or organisation_id = ?)")
			.params(from, to, organisationId, organisationId)
			.query((rs, row) -> new Payments(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6)))
			.single();
	}

	/** The day the first tool or power or fixed penalty notice was issued; none before any. */
	java.util.Optional<LocalDate> firstIssued() {
		return java.util.stream.Stream.of("select min(issued_on) from enforcement_action",
				"select min(issued_on) from enforcement_penalty")
			.flatMap(sql -> jdbc.sql(sql).query(LocalDate.class).list().stream())
			.filter(java.util.Objects::nonNull)
			.min(LocalDate::compareTo);
	}

	/** One offence code's notices and their whole percentage of the period's. */
	record OffenceShare(String code, long count, int percent) {
	}

	record Payments(long issued, long paid, long paidEarly, long cancelled, long forReview, long receiptsPence) {

		/** Paid of those not cancelled, as a whole percentage (rounded half up); null when none count. */
		public Integer ratePercent() {
			long payable = issued - cancelled;
			return payable == 0 ? null : (int) ((paid * 200 + payable) / (payable * 2));
		}

		public String receipts() {
			return Money.pounds(receiptsPence);
		}

	}

}
