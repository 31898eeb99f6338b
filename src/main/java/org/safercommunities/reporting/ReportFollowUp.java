package org.safercommunities.reporting;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.reporting.ConsentEvent.Kind;
import org.safercommunities.reporting.ConsentEvent.Subject;
import org.safercommunities.reporting.ReportCodes.SupportFeedback;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reporter can do later with only their reference and secret words: see where their report is, add
 * information, withdraw consent for the police, and say whether the support helped.
 */
@Service
@Transactional
class ReportFollowUp {

	/** Compared against when the reference is unknown, so a wrong reference takes as long as a wrong secret. */
	private final String decoyHash;

	private final ReportRepository reports;

	private final SecretHasher secrets;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	ReportFollowUp(ReportRepository reports, SecretHasher secrets, MessageSource messages, AuditTrail audit,
			Clock clock) {
		this.reports = reports;
		this.secrets = secrets;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.decoyHash = secrets.hash("decoy secret words 00");
	}

	/** The report these credentials open, if both match. Says nothing about which one was wrong. */
	Optional<Long> open(String reference, String secret) {
		Optional<Report> report = reports.findByReference(ReferenceGenerator.normaliseReference(reference));
		boolean matches = secrets.matches(ReferenceGenerator.normaliseSecret(secret),
				report.map(Report::getSecretHash).orElse(decoyHash));
		if (report.isEmpty() || !matches) {
			// Refused attempts are audited too (the report's id when the reference exists; nothing typed is kept).
			audit.append(AuditActor.publicUser(), "REPORT_FOLLOW_UP_REFUSED", "hate_report",
					report.map(Report::getId).orElse(null), report.isEmpty() ? "No such reference" : "Wrong secret words");
			return Optional.empty();
		}
		audit.append(AuditActor.publicUser(), "REPORT_FOLLOW_UP_OPENED", "hate_report", report.get().getId(), null);
		return report.map(Report::getId);
	}

	@Transactional(readOnly = true)
	Report view(long reportId) {
		return reports.findById(reportId).orElseThrow().withHistory();
	}

	void addInformation(long reportId, String text) {
		Report report = reports.findById(reportId).orElseThrow();
		report.addUpdate(new ReportUpdate(text.strip(), clock.instant(), "reporter"));
		audit.append(AuditActor.publicUser(), "REPORT_INFORMATION_ADDED", "hate_report", reportId, null);
	}

	/**
	 * Withdraws consent for the police. What was already shared cannot be called back; the withdrawal stops
	 * anything more going to them, and the reporter is told which it was.
	 */
	WithdrawalOutcome withdrawPoliceConsent(long reportId, Locale locale) {
		Report report = reports.findById(reportId).orElseThrow();
		if (!report.isPoliceConsent()) {
			return WithdrawalOutcome.NOTHING_TO_WITHDRAW;
		}
		boolean alreadyShared = report.isSharedWithPolice();
		report.withdrawPoliceConsent();
		report.addConsentEvent(new ConsentEvent(Subject.POLICE_SHARING, Kind.WITHDRAWN,
				messages.getMessage("reporting.follow-up.withdraw.wording", null, locale), clock.instant(), "reporter"));
		audit.append(AuditActor.publicUser(), "REPORT_POLICE_CONSENT_WITHDRAWN", "hate_report", reportId,
				alreadyShared ? "Already shared before withdrawal" : "Withdrawn before sharing");
		return alreadyShared ? WithdrawalOutcome.WITHDRAWN_AFTER_SHARING : WithdrawalOutcome.WITHDRAWN_BEFORE_SHARING;
	}

	void feedback(long reportId, SupportFeedback feedback) {
		reports.findById(reportId).orElseThrow().feedback(feedback);
		audit.append(AuditActor.publicUser(), "REPORT_FEEDBACK_GIVEN", "hate_report", reportId, feedback.name());
	}

	enum WithdrawalOutcome { NOTHING_TO_WITHDRAW, WITHDRAWN_BEFORE_SHARING, WITHDRAWN_AFTER_SHARING }

}
