package org.safercommunities.casereview;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.crypto.EncryptedColumn;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.crypto.Pseudonyms;
import org.safercommunities.people.People;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case Review applications: received from the public form, then acknowledged, decided (threshold met or not, with
 * the reason: one not met may still be reviewed, as the seed's six were), reviewed at a meeting with partners
 * (recommendations, outcome), and appealed within the set period. Free text is encrypted; the applicant is a
 * person of the people module; every change and every read of an application is audited.
 */
@Service
@Transactional
class CaseReviewApplications implements EncryptedColumn.Source {

	/** The columns this class keeps ciphertext in, for key rotation. */
	@Override
	public java.util.List<EncryptedColumn> encryptedColumns() {
		return java.util.List.of(EncryptedColumn.text("casereview_application", "problem_encrypted"),
				EncryptedColumn.text("casereview_application", "location_encrypted"),
				EncryptedColumn.text("casereview_application", "decision_reason_encrypted"),
				EncryptedColumn.text("casereview_application", "recommendations_encrypted"),
				EncryptedColumn.text("casereview_application", "appeal_reason_encrypted"));
	}


	static final String RECORD = "casereview_application";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final People people;

	private final AuditTrail audit;

	private final WorkingDays days;

	private final CaseReviewSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	CaseReviewApplications(JdbcClient jdbc, FieldEncryption encryption, People people, AuditTrail audit,
			WorkingDays days, CaseReviewSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.people = people;
		this.audit = audit;
		this.days = days;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** Records a valid application from the public form; returns its reference for the applicant. */
	String apply(ApplicationForm form) {
		return apply(form, today());
	}

	String apply(ApplicationForm form, LocalDate receivedOn) {
		PersonDetails applicant = new PersonDetails(form.getGivenName().strip(), form.getFamilyName().strip(), List.of(),
				null, List.of(), blankToNull(form.getPhone()), blankToNull(form.getEmail()), null, null, null, null);
		String reference = newReference();
		long personId = people.record(applicant, RECORD + " " + reference);
		String location = blankToNull(form.getLocation());
		jdbc.sql("""
				insert into casereview_application (reference, received_on, for_someone_else, applicant_person_id,
				  problem_encrypted, location_encrypted, location_key, hate) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(reference, receivedOn, form.forSomeoneElse(), personId, encryption.encrypt(form.getProblem().strip()),
					encryption.encrypt(location), locationKey(location), "YES".equals(form.getHate()))
			.update();
		long id = lastId(reference);
		for (ApplicationForm.IncidentRow row : form.filledIncidents()) {
			jdbc.sql("""
					insert into casereview_incident (application_id, happened_on, reported_on, reported_to, their_reference)
					values (?, ?, ?, ?, ?)""")
				.params(id, org.safercommunities.shared.UkDates.parseDay(row.getHappenedOn()).orElseThrow(),
						org.safercommunities.shared.UkDates.parseDay(row.getReportedOn()).orElseThrow(),
						row.getReportedTo(), blankToNull(row.getReference()))
				.update();
		}
		audit.record("CASE_REVIEW_APPLIED", RECORD, id, "Case Review application " + reference);
		changed(receivedOn);
		return reference;
	}

	/** Every application, newest first, with where it is and whether it is late. */
	@Transactional(readOnly = true)
	List<Row> list() {
		LocalDate today = today();
		return jdbc.sql("select " + Application.COLUMNS + " from casereview_application order by received_on desc, id desc")
			.query(Application::read)
			.list()
			.stream()
			.map(application -> {
				Deadlines deadlines = Deadlines.of(application, settings, days);
				return new Row(application, deadlines, deadlines.of(application.nextStep()),
						deadlines.overdue(application, today));
			})
			.toList();
	}

	Optional<Application> find(long id) {
		return jdbc.sql("select " + Application.COLUMNS + " from casereview_application where id = ?")
			.param(id)
			.query(Application::read)
			.optional();
	}

	/** The application for its page: decrypted, the applicant read from people (audited there and here). */
	Optional<Detail> detail(long id) {
		return find(id).map(application -> {
			audit.record("CASE_REVIEW_READ", RECORD, id, "Case Review page");
			PersonDetails applicant = people.details(application.applicantPersonId(), RECORD + " " + id + " page")
				.orElse(null);
			Deadlines deadlines = Deadlines.of(application, settings, days);
			return new Detail(application, applicant, encryption.decrypt(application.problemEncrypted()),
					decrypt(application.locationEncrypted()),
					decrypt(application.decisionReasonEncrypted()), decrypt(application.recommendationsEncrypted()),
					decrypt(application.appealReasonEncrypted()), incidents(id), threshold(application), deadlines,
					deadlines.overdue(application, today()));
		});
	}

	List<ThresholdTest.Incident> incidents(long applicationId) {
		return jdbc.sql("""
				select happened_on, reported_on, reported_to, their_reference from casereview_incident
				where application_id = ? order by happened_on, id""")
			.param(applicationId)
			.query((rs, row) -> new ThresholdTest.Incident(rs.getObject(1, LocalDate.class),
					rs.getObject(2, LocalDate.class), ReportedTo.valueOf(rs.getString(3)), rs.getString(4)))
			.list();
	}

	/** The threshold test of this application against what is held, with the rules as configured now. */
	ThresholdTest.Result threshold(Application application) {
		List<ThresholdTest.AtLocation> atLocation = application.locationEncrypted() == null ? List.of() : jdbc.sql("""
				select reference, applicant_person_id, received_on from casereview_application
				where location_key = ? order by received_on""")
			.param(locationKey(encryption.decrypt(application.locationEncrypted())))
			.query((rs, row) -> new ThresholdTest.AtLocation(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
			.list();
		return ThresholdTest.test(new ThresholdTest.Subject(application.receivedOn(), application.hate(),
				incidents(application.id()), atLocation), settings);
	}

	void acknowledge(long id, LocalDate on) {
		update(id, "update casereview_application set acknowledged_on = ? where id = ? and acknowledged_on is null", on);
		audit.record("CASE_REVIEW_ACKNOWLEDGED", RECORD, id, "Acknowledged " + on);
	}

	/** The threshold decision; the test's answer is kept beside it, as the officer may decide otherwise. */
	void decide(long id, boolean accepted, String reason, LocalDate on) {
		Application application = find(id).orElseThrow();
		boolean met = threshold(application).met();
		jdbc.sql("""
				update casereview_application set decided_on = ?, accepted = ?, threshold_met = ?,
				  decision_reason_encrypted = ?, acknowledged_on = coalesce(acknowledged_on, ?) where id = ?""")
			.params(on, accepted, met, encryption.encrypt(reason.strip()), on, id)
			.update();
		audit.record("CASE_REVIEW_DECIDED", RECORD, id, (accepted ? "Accepted" : "Not accepted") + " " + on);
		changed(find(id).orElseThrow().receivedOn());
	}

	/** The review meeting with partners: its recommendations and outcome; the outcome letter goes the same day. */
	void review(long id, LocalDate heldOn, String recommendations, Outcome outcome) {
		jdbc.sql("""
				update casereview_application set review_held_on = ?, recommendations_encrypted = ?, outcome = ?,
				  outcome_sent_on = ? where id = ? and decided_on is not null""")
			.params(heldOn, encryption.encrypt(recommendations.strip()), outcome.name(), heldOn, id)
			.update();
		audit.record("CASE_REVIEW_HELD", RECORD, id, "Review " + heldOn + " " + outcome);
		changed(find(id).orElseThrow().receivedOn());
	}

	/** The applicant's appeal and its own decision (upheld: the review is held again). */
	void appeal(long id, LocalDate receivedOn, boolean upheld, String reason, LocalDate decidedOn) {
		jdbc.sql("""
				update casereview_application set appeal_received_on = ?, appeal_upheld = ?, appeal_reason_encrypted = ?,
				  appeal_decided_on = ? where id = ?""")
			.params(receivedOn, upheld, encryption.encrypt(reason.strip()), decidedOn, id)
			.update();
		audit.record("CASE_REVIEW_APPEAL", RECORD, id, "Appeal " + (upheld ? "upheld" : "not upheld"));
		changed(find(id).orElseThrow().receivedOn());
	}

	/** The last day an appeal may be received, or empty before the outcome letter is sent. */
	Optional<LocalDate> appealBy(Application application) {
		return Optional.ofNullable(Deadlines.of(application, settings, days).appealBy());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private void update(long id, String sql, LocalDate on) {
		jdbc.sql(sql).params(on, id).update();
	}

	private String decrypt(String encrypted) {
		return encrypted == null ? null : encryption.decrypt(encrypted);
	}

	private long lastId(String reference) {
		return jdbc.sql("select id from casereview_application where reference = ?").param(reference).query(Long.class)
			.single();
	}

	private String newReference() {
		StringBuilder reference = new StringBuilder("CR-");
		for (int i = 0; i < 8; i++) {
			reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return reference.toString();
	}

	/** Places are compared without case, spaces or punctuation ("12 High St." and "12 high st"). */
	/** The blind index that matches applications about one place however it is spelt: a keyed hash, never the place. */
	String locationKey(String location) {
		return locationKey(location, encryption);
	}

	static String locationKey(String location, Pseudonyms hashes) {
		return location == null ? null
				: hashes.pseudonym("casereview-location|" + location.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The counts are by the month an application was received. */
	private void changed(LocalDate received) {
		events.publishEvent(IndicatorCountsChanged.of(CaseReviewCounts.SOURCE, java.time.YearMonth.from(received)));
	}

	record Row(Application application, Deadlines deadlines, LocalDate nextDue, boolean overdue) {
	}

	record Detail(Application application, PersonDetails applicant, String problem, String location, String decisionReason,
			String recommendations, String appealReason, List<ThresholdTest.Incident> incidents,
			ThresholdTest.Result threshold, Deadlines deadlines, boolean overdue) {
	}

}
