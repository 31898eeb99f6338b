package org.safercommunities.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safercommunities.reporting.ReportCodes.Channel;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reports a member of staff records from another source than the journey's pages (the demo's invented reports
 * today; a partner's paper forms tomorrow): stored through the same submission as every report (encrypted,
 * consent events with their words, audited, {@link ReportSubmitted} published), taken by the signed-in officer.
 */
@Service
public class ReportIntake {

	private final ReportSubmission submission;

	ReportIntake(ReportSubmission submission) {
		this.submission = submission;
	}

	/** Stores the report; returns its id and reference (the secret words are not kept by the caller). */
	@PreAuthorize("hasRole('OFFICER')")
	public Taken take(TakenReport report) {
		StaffActor actor = CurrentActor.require();
		ReportAnswers answers = new ReportAnswers();
		answers.setEmergency("NO");
		answers.setReporterRole(report.reporterRole());
		answers.setIncidentTypes(new ArrayList<>(report.incidentTypes()));
		answers.setWhatHappened(report.whatHappened());
		answers.setWhenKind("EXACT");
		answers.setDay(String.valueOf(report.occurredOn().getDayOfMonth()));
		answers.setMonth(String.valueOf(report.occurredOn().getMonthValue()));
		answers.setYear(String.valueOf(report.occurredOn().getYear()));
		answers.setLocationDescription(report.place());
		answers.setWardCode(report.wardCode());
		answers.setHappenedBefore(report.happenedBefore() ? "YES" : "NO");
		answers.setStrands(new ArrayList<>(report.strands()));
		answers.setPoliceConsent(report.policeConsent() ? "YES" : "NO");
		if (!report.policeConsent()) {
			answers.setNotReportingReasons(new ArrayList<>(List.of("FEAR_OF_REPRISAL")));
		}
		if (report.name() == null) {
			answers.setGiveDetails("NO");
		}
		else {
			answers.setGiveDetails("YES");
			answers.setName(report.name());
			answers.setEmail(report.email());
			answers.setPhone(report.phone());
			answers.setSafeToContact("YES");
			answers.setIdentityToPolice(report.policeConsent() ? "YES" : null);
		}
		answers.setSupportWanted(report.supportKinds().isEmpty() ? "NO" : "YES");
		answers.setSupportKinds(new ArrayList<>(report.supportKinds()));
		ReportSubmission.Submitted sent = submission.submit(answers,
				new Submission(report.channel(), report.centreOrganisationId(), actor.userId(), null, null, null),
				Locale.UK);
		return new Taken(sent.reportId(), sent.reference());
	}

	/**
	 * A report in the journey's codes ({@code VICTIM}, {@code VERBAL_ABUSE}, {@code RACE}, {@code EMOTIONAL}...). A null
	 * {@code name} is an anonymous report: no contact details are kept.
	 */
	public record TakenReport(Channel channel, Long centreOrganisationId, String reporterRole,
			List<String> incidentTypes, String whatHappened, LocalDate occurredOn, String place, String wardCode,
			boolean happenedBefore, List<String> strands, boolean policeConsent, String name, String email,
			String phone, List<String> supportKinds) {
	}

	public record Taken(long reportId, String reference) {
	}

}
