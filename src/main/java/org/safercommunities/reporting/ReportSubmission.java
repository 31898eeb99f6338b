package org.safercommunities.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.reporting.ConsentEvent.Kind;
import org.safercommunities.reporting.ConsentEvent.Subject;
import org.safercommunities.reporting.ReportCodes.WhenKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Turns a completed set of answers into a stored report, in one transaction: the report, its consent events
 * with the words the person saw, the audit entry and the {@link ReportSubmitted} event. Either all of it is
 * saved or none of it.
 */
@Service
class ReportSubmission {

	/** Signposting always shown when someone does not want the police involved (seed 003, Appendix 1). */
	static final List<String> SIGNPOSTING_WHEN_NOT_REPORTING = List.of("CRIMESTOPPERS", "VICTIM_SUPPORT",
			"STOP_HATE_UK", "TRUE_VISION", "LOCAL_SERVICES");

	private final ReportRepository reports;

	private final ReferenceGenerator references;

	private final ReportValidator validator;

	private final SecretHasher secrets;

	private final ConsentWording wording;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EvidenceUploads evidence;

	private final TransactionTemplate transactions;

	ReportSubmission(ReportRepository reports, ReferenceGenerator references, ReportValidator validator,
			SecretHasher secrets, ConsentWording wording, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock, EvidenceUploads evidence, TransactionTemplate transactions) {
		this.evidence = evidence;
		this.transactions = transactions;
		this.reports = reports;
		this.references = references;
		this.validator = validator;
		this.secrets = secrets;
		this.wording = wording;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The secret is hashed before the transaction starts: Argon2 is deliberately slow, and holding a database
	 * connection through it made sends queue for connections under load (bench/README.md).
	 */
	public Submitted submit(ReportAnswers answers, Submission submission, Locale locale) {
		String secret = references.newSecret();
		String secretHash = secrets.hash(ReferenceGenerator.normaliseSecret(secret));
		try {
			return transactions.execute(status -> store(answers, submission, locale, secret, secretHash));
		}
		catch (TransactionException ex) {
			// No transaction could be opened (the database is down: CannotCreateTransactionException) or it could not
			// be committed. Either way no reference is shown; callers treat it like any failure to store the report
			// ("Your report has not been sent", answers kept), which they catch as a DataAccessException.
			throw new DataAccessResourceFailureException("The report could not be stored", ex);
		}
	}

	private Submitted store(ReportAnswers answers, Submission submission, Locale locale, String secret,
			String secretHash) {
		Instant now = clock.instant();
		Report report = new Report(uniqueReference(), secretHash, submission.channel(), now);
		report.takenBy(submission.centreOrganisationId(), submission.staffUserId());
		report.emergency(answers.reportsDanger(), submission.emergencyCallMade(), submission.emergencyCalledAt());
		report.policeInformedByPhone(submission.policeInformedByPhoneAt());
		report.describe(answers.getReporterRole(), answers.getIncidentTypes(), answers.getWhatHappened().strip(),
				answers.getWhenKind(),
				WhenKind.EXACT.name().equals(answers.getWhenKind()) ? validator.occurredOn(answers).orElse(null) : null,
				blankToNull(answers.getOccurredDescription()), answers.getLocationDescription().strip(),
				ReportValidator.UNKNOWN_WARD.equals(answers.getWardCode()) ? null : answers.getWardCode(),
				answers.getHappenedBefore());
		report.mapPoint(validator.mapPoint(answers).orElse(null));
		boolean notSure = answers.getStrands().contains(ReportValidator.NOT_SURE);
		report.perceivedHostility(notSure ? List.of() : answers.getStrands(), answers.getSubtypes(), notSure);
		report.reporter(answers.isAnonymous(), blankToNull(answers.getName()), blankToNull(answers.getEmail()),
				blankToNull(answers.getPhone()), answers.isAnonymous() ? null : "YES".equals(answers.getSafeToContact()),
				answers.getContactMethods(), blankToNull(answers.getContactTimes()));
		boolean identityToPolice = answers.wantsPolice() && !answers.isAnonymous()
				&& "YES".equals(answers.getIdentityToPolice());
		report.consent(answers.wantsPolice(), identityToPolice,
				answers.wantsPolice() ? List.of() : answers.getNotReportingReasons(),
				answers.wantsPolice() ? null : blankToNull(answers.getNotReportingDetail()),
				answers.wantsPolice() ? List.of() : SIGNPOSTING_WHEN_NOT_REPORTING);
		report.support("YES".equals(answers.getSupportWanted()), answers.getSupportKinds());
		for (ConsentEvent event : consentEvents(answers, identityToPolice, submission, now, locale)) {
			report.addConsentEvent(event);
		}
		Report saved = reports.save(report);
		evidence.attach(answers.evidenceToken(), saved.getId());

		AuditActor actor = CurrentStaff.auditActor();
		audit.append(actor, "REPORT_SUBMITTED", "hate_report", saved.getId(),
				submission.assisted() ? "Assisted report, " + submission.channel() : "Online report");
		events.publishEvent(new ReportSubmitted(saved.getId(), saved.getChannel(), saved.getCentreOrganisationId(), now));
		return new Submitted(saved.getId(), saved.getReference(), secret);
	}

	private List<ConsentEvent> consentEvents(ReportAnswers answers, boolean identityToPolice, Submission submission,
			Instant now, Locale locale) {
		List<ConsentEvent> consent = new ArrayList<>();
		consent.add(new ConsentEvent(Subject.POLICE_SHARING, answers.wantsPolice() ? Kind.GIVEN : Kind.DECLINED,
				wording.policeSharing(submission.assisted(), locale), now, submission.recordedBy()));
		if (answers.wantsPolice() && !answers.isAnonymous()) {
			consent.add(new ConsentEvent(Subject.IDENTITY_TO_POLICE, identityToPolice ? Kind.GIVEN : Kind.DECLINED,
					wording.identityToPolice(submission.assisted(), locale), now, submission.recordedBy()));
		}
		return consent;
	}

	private String uniqueReference() {
		String reference = references.newReference();
		while (reports.existsByReference(reference)) {
			reference = references.newReference();
		}
		return reference;
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	/** What the person needs to keep: the reference and the secret, which is shown once and never again. */
	record Submitted(long reportId, String reference, String secret) implements java.io.Serializable {
	}

}
