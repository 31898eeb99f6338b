package org.safercommunities.reporting;

import java.time.LocalDate;
import java.time.ZoneId;

import org.safercommunities.shared.UkTime;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.StringUtils;

/** The inbox filters. Every one is optional; dates are the day the report was sent, in UK time. */
record ReportQuery(String strand, String ward, String channel, Long centre, String classification, LocalDate from,
		LocalDate to) {

	private static final ZoneId UK = UkTime.ZONE;

	/** Typed for whichever entity maps {@code hate_report}: the full report, or the inbox's row. */
	<T> Specification<T> toSpecification() {
		Specification<T> spec = (root, query, cb) -> cb.conjunction();
		if (StringUtils.hasText(strand)) {
			spec = spec.and((root, query, cb) -> cb.isMember(strand, root.get("strands")));
		}
		if (StringUtils.hasText(ward)) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("wardCode"), ward));
		}
		if (StringUtils.hasText(channel)) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("channel").as(String.class), channel));
		}
		if (centre != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("centreOrganisationId"), centre));
		}
		if ("UNCLASSIFIED".equals(classification)) {
			spec = spec.and((root, query, cb) -> cb.isNull(root.get("classification")));
		}
		else if (StringUtils.hasText(classification)) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("classification").as(String.class), classification));
		}
		if (from != null) {
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("submittedAt"),
					from.atStartOfDay(UK).toInstant()));
		}
		if (to != null) {
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("submittedAt"),
					to.plusDays(1).atStartOfDay(UK).toInstant()));
		}
		return spec;
	}

}
