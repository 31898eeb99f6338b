package org.safercommunities.reporting;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.cases.CasePartiesOfPerson;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.People;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.people.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reporter's own hate crime and incident reports, for subject access through the people module. Reports do not
 * hold a person id: a report is the person's when its reporter gave the person's e-mail address or phone number
 * (compared after decryption, as the people module holds them), or when a case was opened from it with the person
 * as a victim party of the reporter's name (the case's reporter, recorded from the report). An anonymous report
 * has no identity to compare, so it is never found by who someone is: that is its promise. A report's account may
 * name others: the parties of the cases made from it are third parties, removed by the export. Each report
 * disclosed is audited ({@code REPORT_VIEWED}, subject access).
 */
@Component
class ReportPersonalData implements PersonalDataHolder, ReportsOfPerson {

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final People people;

	private final CasePartiesOfPerson parties;

	private final AuditTrail audit;

	ReportPersonalData(JdbcClient jdbc, FieldEncryption encryption, People people, CasePartiesOfPerson parties,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.people = people;
		this.parties = parties;
		this.audit = audit;
	}

	@Override
	public Set<Long> madeBy(long personId) {
		Optional<PersonDetails> person = people.details(personId, "subject-access-own-reports");
		if (person.isEmpty()) {
			return Set.of();
		}
		String email = normalEmail(person.get().email());
		String phone = normalPhone(person.get().phone());
		String name = normalName(person.get().displayName());
		Set<Long> asVictimOf = new HashSet<>();
		parties.casesOf(personId).stream().filter(party -> "VICTIM".equals(party.role()))
			.forEach(party -> asVictimOf.add(party.caseId()));
		Set<Long> casesReports = new HashSet<>();
		if (!asVictimOf.isEmpty()) {
			casesReports.addAll(jdbc.sql("select report_id from report_case_link where opened_from = true and case_id in (:cases)")
				.param("cases", asVictimOf)
				.query(Long.class)
				.list());
		}
		Set<Long> made = new TreeSet<>();
		jdbc.sql("select id, reporter_name, reporter_email, reporter_phone from hate_report "
				+ "where anonymous = false and anonymised_at is null order by id")
			.query((rs, row) -> new Reporter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()
			.forEach(reporter -> {
				boolean matches = (email != null && email.equals(normalEmail(open(reporter.email()))))
						|| (phone != null && phone.equals(normalPhone(open(reporter.phone()))))
						|| (casesReports.contains(reporter.reportId()) && !name.isEmpty()
								&& name.equals(normalName(open(reporter.name()))));
				if (matches) {
					made.add(reporter.reportId());
				}
			});
		return made;
	}

	@Override
	public List<HeldRecord> recordsAbout(long personId) {
		Set<Long> made = madeBy(personId);
		if (made.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, reference from hate_report where id in (:ids) order by id")
			.param("ids", made)
			.query((rs, row) -> new HeldRecord("reporting", "hate_report", rs.getLong(1), rs.getString(2)))
			.list();
	}

	@Override
	public List<Disclosure> disclose(long personId) {
		Set<Long> made = madeBy(personId);
		if (made.isEmpty()) {
			return List.of();
		}
		List<Disclosure> disclosures = jdbc.sql("""
				select id, reference, submitted_at, channel, reporter_role, what_happened, occurred_on,
				  occurred_description, location_description, reporter_name, reporter_email, reporter_phone,
				  contact_times, status, classification, police_consent, police_reference, not_reporting_detail
				from hate_report where id in (:ids) order by id""")
			.param("ids", made)
			.query((rs, row) -> {
				long id = rs.getLong(1);
				Items items = new Items();
				items.add("sar.reporting.reference", rs.getString(2));
				items.add("sar.reporting.submitted-at", rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant().toString());
				items.add("sar.reporting.channel", rs.getString(4));
				items.add("sar.reporting.reporter-role", rs.getString(5));
				items.add("sar.reporting.what-happened", open(rs.getString(6)));
				items.add("sar.reporting.occurred-on", rs.getDate(7));
				items.add("sar.reporting.occurred-description", open(rs.getString(8)));
				items.add("sar.reporting.location", open(rs.getString(9)));
				items.add("sar.reporting.name", open(rs.getString(10)));
				items.add("sar.reporting.email", open(rs.getString(11)));
				items.add("sar.reporting.phone", open(rs.getString(12)));
				items.add("sar.reporting.contact-times", open(rs.getString(13)));
				items.add("sar.reporting.status", rs.getString(14));
				items.add("sar.reporting.classification", rs.getString(15));
				items.add("sar.reporting.police-consent", rs.getObject(16) == null ? null : String.valueOf(rs.getBoolean(16)));
				items.add("sar.reporting.police-reference", rs.getString(17));
				items.add("sar.reporting.not-reporting-detail", open(rs.getString(18)));
				return new ReportRow(id, rs.getString(2), items);
			})
			.list()
			.stream()
			.map(report -> {
				strandsAndTypes(report.id(), report.items());
				updates(report.id(), report.items());
				return new Disclosure("reporting", "hate_report", report.id(), report.reference(), report.items().list(),
						thirdParties(report.id(), personId));
			})
			.toList();
		audit.recordEach("REPORT_VIEWED", "hate_report", made, "subject access export: the reporter's own report");
		return disclosures;
	}

	private void strandsAndTypes(long reportId, Items items) {
		items.add("sar.reporting.strands", String.join(", ", jdbc.sql(
				"select strand from hate_report_strand where report_id = ? order by strand")
			.param(reportId).query(String.class).list()));
		items.add("sar.reporting.incident-types", String.join(", ", jdbc.sql(
				"select incident_type from hate_report_incident_type where report_id = ? order by incident_type")
			.param(reportId).query(String.class).list()));
	}

	private void updates(long reportId, Items items) {
		jdbc.sql("select text from report_update where report_id = ? order by added_at, id")
			.param(reportId)
			.query(String.class)
			.list()
			.forEach(text -> items.add("sar.reporting.update", open(text)));
	}

	/** The parties of every case made from or linked to the report, the person left out. */
	private Set<Long> thirdParties(long reportId, long personId) {
		Set<Long> others = new LinkedHashSet<>();
		jdbc.sql("select case_id from report_case_link where report_id = ?").param(reportId).query(Long.class).list()
			.forEach(caseId -> others.addAll(parties.otherParties(caseId, personId)));
		return others;
	}

	private String open(String ciphertext) {
		return ciphertext == null ? null : encryption.decrypt(ciphertext);
	}

	private static String normalEmail(String email) {
		return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	/** Digits only, in national form: 07700 900123, 07700900123 and +44 7700 900123 are one number. */
	private static String normalPhone(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("\\D", "");
		if (digits.startsWith("44")) {
			digits = digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			digits = digits.substring(1);
		}
		return digits.length() < 6 ? null : digits;
	}

	private static String normalName(String name) {
		return name == null ? "" : String.join(" ", name.strip().toLowerCase(Locale.ROOT).split("\\s+"));
	}

	/** A named report's reporter, still encrypted. */
	private record Reporter(long reportId, String name, String email, String phone) {
	}

	private record ReportRow(long id, String reference, Items items) {
	}

}
