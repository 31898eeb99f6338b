package org.safercommunities.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.casereview.WorkingDayCalendar;
import org.safercommunities.cases.CaseAccess;
import org.safercommunities.cases.CaseDocumentShares;
import org.safercommunities.cases.CaseDocumentShares.ShareableDocument;
import org.safercommunities.cases.CaseDocumentShares.SharedFile;
import org.safercommunities.cases.CaseFile;
import org.safercommunities.cases.CaseFiles;
import org.safercommunities.cases.CaseParty;
import org.safercommunities.cases.CaseTimeline;
import org.safercommunities.cases.ReportForCase;
import org.safercommunities.cases.ReportForCase.Reporter;
import org.safercommunities.cases.ReportsForCases;
import org.safercommunities.cases.TimelineKind;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.people.Address;
import org.safercommunities.people.Involvement.PartyRole;
import org.safercommunities.people.People;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.referrals.ReferralCodes.Basis;
import org.safercommunities.referrals.ReferralCodes.ConsentKind;
import org.safercommunities.referrals.ReferralCodes.Status;
import org.safercommunities.reporting.ReportSupportWanted;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.RecordRule;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals between organisations ("tell us once"): drafting one from a case, a report or a person, sending it on a basis, the receiver's
 * answers, and a withdrawal of consent. Every read of a referral is audited; every step on a referral made from a
 * case adds its line to the case's timeline, so declines and outcomes flow back to the sender.
 */
@Service
@Transactional
public class Referrals {

	/** The indicator source of referrals (shared.IndicatorCounts), see {@link ReferralCounts}. */
	static final String SOURCE = "REFERRALS";

	private final ReferralRepository referrals;

	private final ReceivingServices services;

	private final CaseFiles cases;

	private final CaseTimeline timeline;

	private final People people;

	private final ReportSupportWanted supportWanted;

	private final ReportsForCases reports;

	private final CaseDocumentShares documents;

	private final WorkingDayCalendar calendar;

	private final Organisations organisations;

	private final ReferralConsentWording wording;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	Referrals(ReferralRepository referrals, ReceivingServices services, CaseFiles cases, CaseTimeline timeline,
			People people, ReportSupportWanted supportWanted, ReportsForCases reports, CaseDocumentShares documents, WorkingDayCalendar calendar, Organisations organisations, ReferralConsentWording wording,
			AuditTrail audit, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.referrals = referrals;
		this.services = services;
		this.cases = cases;
		this.timeline = timeline;
		this.people = people;
		this.supportWanted = supportWanted;
		this.reports = reports;
		this.documents = documents;
		this.calendar = calendar;
		this.organisations = organisations;
		this.wording = wording;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** A referral as it would start, from a case, a report or a person; see the three methods below. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public ReferralDraft draft(ReferralOrigin origin) {
		return switch (origin.kind()) {
			case CASE -> draftFromCase(origin.id());
			case REPORT -> draftFromReport(origin.id());
			case PERSON -> draftFromPerson(origin.id());
		};
	}

	/**
	 * A referral from a case, as it would start: for those who may work on the case (its owning organisation's
	 * officers and police). Reading the account and the victim's details is audited.
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public ReferralDraft draftFromCase(long caseId) {
		CaseFile file = cases.require(caseId, CaseAccess.WORK);
		audit.record("REFERRAL_DRAFTED", "case_file", caseId, "Referral from the case");
		Optional<Long> victim = file.getParties().stream().filter(party -> party.getRole() == PartyRole.VICTIM)
			.map(CaseParty::getPersonId).findFirst();
		String contact = victim.flatMap(id -> people.details(id, "referral from case " + file.getReference()))
			.map(Referrals::contactOf).orElse(null);
		Set<Long> reportIds = Set.copyOf(file.reportIds());
		Set<String> wanted = supportWanted.kinds(reportIds);
		String summary = message("referrals.summary.prefill", file.getTitle(), UkDates.day(file.getOpenedOn()));
		return new ReferralDraft(ReferralOrigin.ofCase(caseId), file.getReference(), summary, file.getAccount(), contact,
				new ReferralSource(caseId, null, victim.orElse(null), reportIds), wanted, services.suggestedFor(wanted),
				documents.shareable(caseId));
	}

	/**
	 * A referral from a report, before or without a case: for the Community Safety Team's officers, who triage
	 * reports (reporting's rule, checked and audited as the report is read). The summary is pre-filled from the
	 * report and its "support wanted" answers suggest the receiver; the reporter's own contact details go only as the
	 * basis allows, and an anonymous report has none to give.
	 */
	@PreAuthorize("hasRole('OFFICER')")
	public ReferralDraft draftFromReport(long reportId) {
		ReportForCase report = reports.forCase(reportId).orElseThrow(() -> new ReferralNotFound(reportId));
		audit.record("REFERRAL_DRAFTED", "hate_report", reportId, "Referral from the report");
		Set<String> wanted = supportWanted.kinds(Set.of(reportId));
		String summary = wanted.isEmpty()
				? message("referrals.summary.prefill-report", report.reference(), UkDates.day(report.receivedOn()))
				: message("referrals.summary.prefill-report-wanted", report.reference(), UkDates.day(report.receivedOn()),
						String.join(", ", wanted.stream().map(kind -> message("referrals.support-kind." + kind)).toList()));
		String contact = report.anonymous() ? null : contactOf(report.reporter());
		return new ReferralDraft(ReferralOrigin.ofReport(reportId), report.reference(), summary, report.account(),
				contact, new ReferralSource(null, reportId, null, Set.of(reportId)), wanted, services.suggestedFor(wanted),
				List.of());
	}

	/**
	 * A referral of a person from the people pages (officers only, as those pages are): their contact details as the
	 * basis allows, and no account; the summary says what the officer must add.
	 */
	@PreAuthorize("hasRole('OFFICER')")
	public ReferralDraft draftFromPerson(long personId) {
		// Also called from preview and send inside this bean, where the annotation above is not applied.
		if (!CurrentActor.require().hasRole(Role.OFFICER)) {
			throw new AccessDeniedException("Only officers refer from the people pages");
		}
		PersonDetails person = people.details(personId, "referral of person " + personId)
			.orElseThrow(() -> new ReferralNotFound(personId));
		audit.record("REFERRAL_DRAFTED", "person", personId, "Referral of the person");
		return new ReferralDraft(ReferralOrigin.ofPerson(personId), person.displayName(),
				message("referrals.summary.prefill-person", CurrentActor.require().organisationName()), null,
				contactOf(person), new ReferralSource(null, null, personId, Set.of()), Set.of(), List.of(), List.of());
	}

	/** What is sent: the draft's copy, cut to what the basis and the choices allow. */
	record Sending(long receivingOrganisationId, Basis basis, ConsentKind consent, String basisReason, String summary,
			boolean shareAccount, boolean shareContact, Set<Long> documentIds) {

		Sending {
			documentIds = Set.copyOf(documentIds);
		}

		Sending(long receivingOrganisationId, Basis basis, ConsentKind consent, String basisReason, String summary,
				boolean shareAccount, boolean shareContact) {
			this(receivingOrganisationId, basis, consent, basisReason, summary, shareAccount, shareContact, Set.of());
		}

		/** The draft's documents the sender ticked, in the case's order. */
		List<ShareableDocument> chosenFrom(ReferralDraft draft) {
			return draft.documents().stream().filter(document -> documentIds.contains(document.id())).toList();
		}

		/** Contact details go only on a consent given, or a legal gateway; a refused consent blocks them. */
		boolean contactAllowed() {
			return shareContact && (basis.isGateway() || consent == ConsentKind.GIVEN);
		}

	}

	/**
	 * The receiver's copy as it would be sent: the preview before sending. Reads the same draft as
	 * {@link #send}, so what is previewed is what goes.
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public ReceiverCopy preview(ReferralOrigin origin, Sending sending) {
		StaffActor actor = CurrentActor.require();
		ReferralDraft draft = draft(origin);
		ReceivingService service = activeService(sending.receivingOrganisationId());
		LocalDate today = today();
		return new ReceiverCopy(null, actor.organisationName(), nameOf(service), today,
				ReferralDeadlines.dueOn(calendar, today, service.getDeadlineWorkingDays()), sending.basis(),
				sending.basis().isGateway() ? sending.basisReason() : null, sending.summary().strip(),
				sending.shareAccount() ? draft.account() : null, sending.contactAllowed() ? draft.contactDetails() : null,
				sending.chosenFrom(draft).stream()
					.map(document -> new ReceiverCopy.Document(document.id(), document.name(), document.available()))
					.toList(),
				false);
	}

	/** The words to read to the person before they answer, as the consent event will record them. */
	public String consentWording(String receivingOrganisation) {
		return wording.asked(receivingOrganisation);
	}

	/** Sends a referral from a case, a report or a person; returns its id. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public long send(ReferralOrigin origin, Sending sending) {
		StaffActor actor = CurrentActor.require();
		ReferralDraft draft = draft(origin);
		ReceivingService service = activeService(sending.receivingOrganisationId());
		String receiving = nameOf(service);
		LocalDate today = today();
		Referral referral = new Referral(draft.source(), actor.organisationId(), actor.userId(), actor.organisationName(),
				service.getOrganisationId(), receiving, service.isVictimSupport(), sending.basis(),
				sending.basis().isGateway() ? sending.basisReason() : null, sending.summary().strip(),
				sending.shareAccount() ? draft.account() : null, sending.contactAllowed() ? draft.contactDetails() : null,
				ReferralDeadlines.dueOn(calendar, today, service.getDeadlineWorkingDays()), clock.instant(), today);
		referral.shareDocuments(sending.chosenFrom(draft).stream()
			.map(document -> new ReferralDocument(document.id(), document.name())).toList());
		if (sending.basis() == Basis.CONSENT) {
			referral.recordConsent(new ReferralConsentEvent(sending.consent(), wording.asked(receiving), clock.instant(),
					actor.username()));
		}
		long id = referrals.save(referral).getId();
		audit.record("REFERRAL_SENT", "referral", id, sending.basis().name() + " to organisation " + receiving);
		if (referral.getCaseId() != null) {
			timeline.add(referral.getCaseId(), TimelineKind.REFERRAL, message("referrals.timeline.sent", receiving,
					UkDates.day(referral.getDueOn())), "referral", id);
		}
		changed(today);
		return id;
	}

	/** One referral for the signed-in person: the sender, or the organisation it was sent to. The read is audited. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	public Referral view(long referralId) {
		Referral referral = require(referralId, ReferralAccess.VIEW);
		audit.record("REFERRAL_VIEWED", "referral", referralId,
				CurrentActor.require().belongsTo(referral.getReceivingOrganisationId()) ? "Received" : "Sent");
		return referral;
	}

	/** What the receiver reads of a referral the signed-in person may see, with its documents' availability now. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	@Transactional(readOnly = true)
	public ReceiverCopy copyOf(Referral referral) {
		Set<Long> ids = referral.getDocuments().stream().map(ReferralDocument::getDocumentId)
			.collect(java.util.stream.Collectors.toSet());
		return ReceiverCopy.of(referral, ids.isEmpty() || referral.getCaseId() == null ? java.util.Map.of()
				: documents.availability(referral.getCaseId(), ids));
	}

	/**
	 * A document the referral shares, for its sender or receiver ({@link ReferralAccess#VIEW}): only one the sender
	 * chose, only while consent stands, and only once scanned clean (the cases module's rule). Audited on both sides.
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	public Optional<SharedFile> document(long referralId, long documentId) {
		Referral referral = require(referralId, ReferralAccess.VIEW);
		if (referral.getCaseId() == null || !referral.sharesDocument(documentId)) {
			return Optional.empty();
		}
		Optional<SharedFile> file = documents.sharedFile(referral.getCaseId(), documentId, "referral " + referralId);
		file.ifPresent(found -> audit.record("REFERRAL_DOCUMENT_DOWNLOADED", "referral", referralId,
				"Document " + documentId));
		return file;
	}

	/** The referrals sent to, and sent by, the signed-in person's organisation, newest first. Holds no personal data. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	@Transactional(readOnly = true)
	public Inbox inbox() {
		StaffActor actor = CurrentActor.require();
		List<Referral> received = referrals.findByReceivingOrganisationIdOrderBySentAtDesc(actor.organisationId());
		List<Referral> sent = ReferralAccess.sends(actor)
				? referrals.findBySendingOrganisationIdOrderBySentAtDesc(actor.organisationId()) : List.of();
		return new Inbox(received.stream().map(this::row).toList(), sent.stream().map(this::row).toList());
	}

	/** A referral as an inbox lists it. */
	public record InboxRow(long id, String from, String to, LocalDate sentOn, LocalDate dueOn, Status status,
			boolean overdue) {
	}

	public record Inbox(List<InboxRow> received, List<InboxRow> sent) {

		public long overdueReceived() {
			return received.stream().filter(InboxRow::overdue).count();
		}

		public long overdueSent() {
			return sent.stream().filter(InboxRow::overdue).count();
		}

	}

	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	public void accept(long referralId) {
		Referral referral = require(referralId, ReferralAccess.ANSWER);
		referral.accept(today());
		answered(referral, "REFERRAL_ACCEPTED", message("referrals.timeline.accepted", referral.getReceivingName()));
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	public void decline(long referralId, String reason) {
		Referral referral = require(referralId, ReferralAccess.ANSWER);
		referral.decline(reason.strip(), today());
		answered(referral, "REFERRAL_DECLINED",
				message("referrals.timeline.declined", referral.getReceivingName(), reason.strip()));
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	public void contactMade(long referralId) {
		Referral referral = require(referralId, ReferralAccess.ANSWER);
		referral.contactMade(today());
		answered(referral, "REFERRAL_CONTACT_MADE", message("referrals.timeline.contact", referral.getReceivingName()));
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	public void complete(long referralId, String outcome) {
		Referral referral = require(referralId, ReferralAccess.ANSWER);
		referral.complete(outcome.strip(), today());
		answered(referral, "REFERRAL_COMPLETED",
				message("referrals.timeline.completed", referral.getReceivingName(), outcome.strip()));
	}

	/**
	 * Records that the person withdrew consent: nothing more is shared (the receiver no longer sees the account or
	 * contact details), and the answer says honestly what had already gone.
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public WithdrawalOutcome withdrawConsent(long referralId) {
		Referral referral = require(referralId, ReferralAccess.SENDER);
		if (!referral.isConsentBased() || referral.isConsentWithdrawn()) {
			return new WithdrawalOutcome(false, false, false, referral.getSentOn());
		}
		referral.withdrawConsent(new ReferralConsentEvent(ConsentKind.WITHDRAWN,
				wording.withdrawn(referral.getReceivingName()), clock.instant(), CurrentActor.require().username()));
		audit.record("REFERRAL_CONSENT_WITHDRAWN", "referral", referralId, "Further sharing stopped");
		if (referral.getCaseId() != null) {
			timeline.add(referral.getCaseId(), TimelineKind.REFERRAL,
					message("referrals.timeline.withdrawn", referral.getReceivingName()), "referral", referralId);
		}
		return new WithdrawalOutcome(true, referral.isSharedAccount(), referral.isSharedContact(), referral.getSentOn());
	}

	/** What a withdrawal did, and what had already been shared before it. */
	public record WithdrawalOutcome(boolean withdrawn, boolean accountWasShared, boolean contactWasShared,
			LocalDate sharedOn) {
	}

	private ReceivingService activeService(long organisationId) {
		return services.ofOrganisation(organisationId).filter(ReceivingService::isActive)
			.orElseThrow(() -> new ReferralNotFound(organisationId));
	}

	private String nameOf(ReceivingService service) {
		return organisations.find(service.getOrganisationId()).orElseThrow().getName();
	}

	private void answered(Referral referral, String action, String line) {
		audit.record(action, "referral", referral.getId(), null);
		if (referral.getCaseId() != null) {
			timeline.add(referral.getCaseId(), TimelineKind.REFERRAL, line, "referral", referral.getId());
		}
		changed(referral.getSentOn());
	}

	private Referral require(long referralId, RecordRule rule) {
		Referral referral = referrals.findById(referralId).orElseThrow(() -> new ReferralNotFound(referralId));
		ReferralAccess.require(CurrentActor.require(), rule, referral);
		return referral;
	}

	private InboxRow row(Referral referral) {
		return new InboxRow(referral.getId(), referral.getSendingName(), referral.getReceivingName(),
				referral.getSentOn(), referral.getDueOn(), referral.getStatus(), referral.isOverdueOn(today()));
	}

	private void changed(LocalDate sentOn) {
		events.publishEvent(IndicatorCountsChanged.of(SOURCE, YearMonth.from(sentOn)));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

	/** A named reporter's name and how to reach them, one line each, as they gave them in the report. */
	private String contactOf(Reporter reporter) {
		List<String> lines = new ArrayList<>();
		lines.add(reporter.name());
		java.util.stream.Stream.of(reporter.phone(), reporter.email()).filter(line -> line != null && !line.isBlank())
			.forEach(lines::add);
		if (Boolean.FALSE.equals(reporter.safeToContact())) {
			lines.add(message("referrals.contact.not-safe"));
		}
		return String.join("\n", lines);
	}

	/** Name and how to reach the person, one line each, as the receiver reads them. */
	static String contactOf(PersonDetails person) {
		List<String> lines = new ArrayList<>();
		lines.add(person.displayName());
		if (person.phone() != null && !person.phone().isBlank()) {
			lines.add(person.phone());
		}
		if (person.email() != null && !person.email().isBlank()) {
			lines.add(person.email());
		}
		for (Address address : person.addresses()) {
			lines.add(String.join(", ", java.util.stream.Stream.of(address.line1(), address.line2(), address.town(),
					address.postcode()).filter(part -> part != null && !part.isBlank()).toList()));
		}
		if (person.safeContactNote() != null && !person.safeContactNote().isBlank()) {
			lines.add(person.safeContactNote());
		}
		return String.join("\n", lines);
	}

}
