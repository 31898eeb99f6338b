package org.safercommunities.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.People;
import org.safercommunities.retention.RetainedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Closed cases are anonymised six years (configurable: {@code safer.retention.periods.closed-case}) after they were
 * closed (issue 18). What identifies anyone goes: the links to the parties (and so, through the people module, the
 * people no other record names), the account, place, closure reason and every note, action, review and share reason,
 * the documents, the risk answers (health and disability) and override reasons, and the support service named in the
 * Victims' Code checklist. What the figures count stays: type, ward, status, outcome, the days opened and closed,
 * the risk levels and the Victims' Code dates, and whether it had a victim, so past figures do not change. The
 * reports it carried that no other case still carries are named in {@link CaseAnonymised}, for reporting to anonymise.
 */
@Component
class CaseRetention implements RetainedRecords {

	static final String CLOSED_CASE = "closed-case";

	private static final String EXPIRED = "from case_file where status = 'CLOSED' and anonymised_at is null ";

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final People people;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	CaseRetention(JdbcClient jdbc, FieldEncryption encryption, People people, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public List<RecordType> types() {
		return List.of(new RecordType(CLOSED_CASE, "cases.retention.closed", "cases.retention.after-closed",
				Period.ofYears(6), Disposal.ANONYMISE));
	}

	@Override
	public List<Long> expired(String type, LocalDate cutoff, int limit) {
		return jdbc.sql("select id " + EXPIRED + "and closed_on < ? order by closed_on, id")
			.param(cutoff)
			.query(Long.class).list().stream().limit(limit).toList();
	}

	@Override
	public long startingBetween(String type, LocalDate from, LocalDate to) {
		return jdbc.sql("select count(*) " + EXPIRED + "and closed_on >= ? and closed_on <= ?")
			.params(from, to)
			.query(Long.class).single();
	}

	@Override
	public boolean dispose(String type, long id) {
		if (jdbc.sql("select count(*) " + EXPIRED + "and id = ?").param(id).query(Long.class).single() == 0) {
			return false;
		}
		String blank = encryption.encrypt("");
		List<Long> personIds = jdbc.sql("select distinct person_id from case_party where case_id = ?").param(id)
			.query(Long.class).list();
		List<Long> reportIds = jdbc.sql("select report_id from case_report where case_id = ?").param(id)
			.query(Long.class).list();
		boolean hadVictim = jdbc.sql("select count(*) from case_party where case_id = ? and role = 'VICTIM'").param(id)
			.query(Long.class).single() > 0;
		jdbc.sql("delete from case_party where case_id = ?").param(id).update();
		jdbc.sql("delete from case_document where case_id = ?").param(id).update();
		jdbc.sql("delete from case_risk_answer where assessment_id in (select a.id from case_risk_assessment a where a.case_id = ?)")
			.param(id).update();
		jdbc.sql("update case_risk_assessment set override_reason = ? where case_id = ? and override_reason is not null")
			.params(blank, id).update();
		jdbc.sql("update case_timeline_entry set summary = ? where case_id = ?").params(blank, id).update();
		jdbc.sql("update case_action set what = ?, close_note = null where case_id = ?").params(blank, id).update();
		jdbc.sql("update case_review set note = ? where case_id = ? and note is not null").params(blank, id).update();
		jdbc.sql("update case_review set late_reason = null where case_id = ?").param(id).update();
		jdbc.sql("update case_share set reason = ? where case_id = ?").params(blank, id).update();
		jdbc.sql("update case_victims_code set referred_to = null where case_id = ?").param(id).update();
		jdbc.sql("update case_file set account = null, place_description = null, place_key = null, closure_reason = null, "
				+ "title = reference, had_victim = ?, anonymised_at = ?, version = version + 1 where id = ?")
			.params(hadVictim, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), id)
			.update();
		people.released("cases", "case_file", id, reportIds, personIds, "closed-case " + id + " retention ended");
		events.publishEvent(new CaseAnonymised(id, jdbc.sql("select r.report_id from case_report r where r.case_id = ? "
				+ "and not exists (select 1 from case_report o join case_file f on f.id = o.case_id "
				+ "where o.report_id = r.report_id and o.case_id <> r.case_id and f.anonymised_at is null) order by r.report_id")
			.param(id).query(Long.class).list()));
		return true;
	}

	@Override
	public String recordPath(String type, long id) {
		return "/staff/cases/" + id;
	}

	@Override
	public List<String> tables(String type) {
		return List.of("case_action", "case_document", "case_file", "case_party", "case_review", "case_risk_answer",
				"case_risk_assessment", "case_share", "case_timeline_entry", "case_victims_code");
	}

}
