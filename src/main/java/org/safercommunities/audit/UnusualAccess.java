package org.safercommunities.audit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.sql.Timestamp;

import org.safercommunities.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds, in the audit log, the access a Data Protection Officer should look at: many records read in one day, reads
 * outside working hours, and repeated refusals. Reads are the entries whose action ends {@code _READ},
 * {@code _VIEWED} or {@code _DOWNLOADED}, the names every module's audited reads use.
 */
@Service
@Transactional(readOnly = true)
class UnusualAccess {

	/** The longest period looked at in one go, so the page cannot be asked to read years of log. */
	static final int MAX_DAYS = 92;

	enum Kind {
		BULK_READS, OUT_OF_HOURS_READS, REFUSALS
	}

	/** One person's unusual day: how many distinct records they read (or how often they were refused). */
	record Finding(Kind kind, String actorName, LocalDate day, int count, int threshold) {
	}

	private record Access(String actorName, Instant at, String action, String record) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final UnusualAccessSettings settings;

	UnusualAccess(JdbcClient jdbc, AuditTrail audit, UnusualAccessSettings settings) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.settings = settings;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional // not read-only: looking is audited
	public List<Finding> between(LocalDate from, LocalDate to) {
		List<Access> accesses = jdbc.sql("""
				select actor_name, occurred_at, action, record_type, record_id from audit_entry
				where occurred_at >= ? and occurred_at < ?
				  and (action like '%\\_READ' escape '\\' or action like '%\\_VIEWED' escape '\\'
				       or action like '%\\_DOWNLOADED' escape '\\' or action = ?)
				""")
			.params(Timestamp.from(from.atStartOfDay(UkTime.ZONE).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant()), AccessRefusals.ACTION)
			.query((rs, row) -> new Access(rs.getString("actor_name"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("action"), rs.getString("record_type") + " " + rs.getString("record_id")))
			.list();
		List<Finding> findings = new ArrayList<>();
		findings.addAll(count(Kind.BULK_READS, accesses, this::isRead, settings.readsPerDay()));
		findings.addAll(count(Kind.OUT_OF_HOURS_READS, accesses, access -> isRead(access) && outOfHours(access.at()),
				settings.outOfHoursReads()));
		findings.addAll(count(Kind.REFUSALS, accesses, access -> !isRead(access), settings.refusalsPerDay()));
		findings.sort(Comparator.comparing(Finding::day).reversed().thenComparing(Finding::kind)
			.thenComparing(Finding::actorName));
		audit.record("AUDIT_UNUSUAL_ACCESS_VIEWED", "audit_entry", null,
				"Administrator looked for unusual access from " + from + " to " + to);
		return findings;
	}

	private boolean isRead(Access access) {
		return !AccessRefusals.ACTION.equals(access.action());
	}

	boolean outOfHours(Instant at) {
		ZonedDateTime local = at.atZone(UkTime.ZONE);
		boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
		return weekend || local.getHour() < settings.workingDayStarts() || local.getHour() >= settings.workingDayEnds();
	}

	/** Distinct records per person and UK day for reads (a page opened twice is one record); every refusal counts. */
	private static List<Finding> count(Kind kind, List<Access> accesses, java.util.function.Predicate<Access> which,
			int threshold) {
		record Key(String actorName, LocalDate day) {
		}
		Map<Key, Set<String>> records = new HashMap<>();
		Map<Key, Integer> events = new HashMap<>();
		for (Access access : accesses) {
			if (which.test(access)) {
				Key key = new Key(access.actorName(), access.at().atZone(UkTime.ZONE).toLocalDate());
				records.computeIfAbsent(key, k -> new HashSet<>()).add(access.action() + " " + access.record());
				events.merge(key, 1, Integer::sum);
			}
		}
		List<Finding> findings = new ArrayList<>();
		records.forEach((key, distinct) -> {
			int count = kind == Kind.REFUSALS ? events.get(key) : distinct.size();
			if (count > threshold) {
				findings.add(new Finding(kind, key.actorName(), key.day(), count, threshold));
			}
		});
		return findings;
	}

}
