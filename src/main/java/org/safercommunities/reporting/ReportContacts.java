package org.safercommunities.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.reporting.ReportCodes.Channel;
import org.safercommunities.reporting.ReportCodes.ContactMethod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the person who sent a report may be contacted again, and how, for the feedback module's survey
 * invitation. An anonymous reporter, or one who said it is not safe to contact them, is never contactable; only the
 * second declined contact (an anonymous reporter gave no details, and may still find a survey on their follow-up
 * page). The e-mail address is given only when the person chose e-mail (or chose no method); reading it is audited.
 */
@Service
@Transactional
public class ReportContacts {

	private final ReportRepository reports;

	private final AuditTrail audit;

	ReportContacts(ReportRepository reports, AuditTrail audit) {
		this.reports = reports;
		this.audit = audit;
	}

	/** Whether and how the reporter may be contacted, with their e-mail address when they may be e-mailed. */
	public Optional<ReportContact> contact(long reportId, String purpose) {
		return reports.findById(reportId).map(report -> describe(report, true, purpose));
	}

	/** The same without any e-mail address: how the report came and what it was about, for figures. */
	public Optional<ReportContact> profile(long reportId) {
		return reports.findById(reportId).map(report -> describe(report, false, null));
	}

	private ReportContact describe(Report report, boolean withEmail, String purpose) {
		boolean agreed = !report.isAnonymous() && Boolean.TRUE.equals(report.getSafeToContact());
		boolean declined = !report.isAnonymous() && Boolean.FALSE.equals(report.getSafeToContact());
		List<String> methods = report.getContactMethods();
		boolean byEmail = agreed && report.getReporterEmail() != null
				&& (methods.isEmpty() || methods.contains(ContactMethod.EMAIL.name()));
		if (withEmail && byEmail) {
			audit.record("REPORT_CONTACT_READ", "hate_report", report.getId(), purpose);
		}
		return new ReportContact(report.getId(), report.getReference(), agreed, declined, byEmail, Optional.ofNullable(withEmail && byEmail ? report.getReporterEmail() : null),
				report.getChannel(), report.getWardCode(), report.getStrands(), report.getSubmittedAt());
	}

	/**
	 * @param reference the report's reference (what staff and the reporter quote; nothing about the person)
	 * @param agreedToContact named, and said it is safe to contact them
	 * @param declinedContact named, and said it is not safe to contact them (never contacted in any way)
	 * @param mayEmail they gave an e-mail address and chose e-mail (or no way in particular)
	 * @param email only from {@link #contact}, when they may be e-mailed
	 */
	public record ReportContact(long reportId, String reference, boolean agreedToContact, boolean declinedContact, boolean mayEmail, Optional<String> email, Channel channel,
			String wardCode, Set<String> strands, Instant submittedAt) {
	}

}
