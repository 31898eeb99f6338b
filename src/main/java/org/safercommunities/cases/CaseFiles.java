package org.safercommunities.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.cases.CaseCodes.Outcome;
import org.safercommunities.cases.CaseCodes.ShareLevel;
import org.safercommunities.cases.CaseCodes.Source;
import org.safercommunities.cases.CaseCodes.Status;
import org.safercommunities.people.Involvement;
import org.safercommunities.people.MatchSuggestion;
import org.safercommunities.people.Involvement.PartyRole;
import org.safercommunities.people.People;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordRule;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases for staff: {@link #require loading one under a rule}, opening one (from a report, carrying what it says,
 * or directly), and changing it. Every change is checked with {@link CaseAccess#WORK}, audited (never with personal
 * data in the reason) and written on the case's {@link CaseTimeline}. Parties are people of the people module: a
 * case holds their ids and tells the people module each party's involvement, so repeat victims are flagged.
 */
@Service
@Transactional
public class CaseFiles {

	/** The indicator source of cases opened (shared.IndicatorCounts), see {@link CaseCounts}. */
	static final String SOURCE = "CASES";

	private final CaseFileRepository cases;

	private final CaseTypes types;

	private final CaseTimeline timeline;

	private final CaseReferences references;

	private final People people;

	private final ReportsForCases reports;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final RepeatPlaces places;

	private final Clock clock;

	CaseFiles(CaseFileRepository cases, CaseTypes types, CaseTimeline timeline, CaseReferences references,
			People people, ReportsForCases reports, AuditTrail audit, ApplicationEventPublisher events,
			MessageSource messages, RepeatPlaces places, Clock clock) {
		this.cases = cases;
		this.types = types;
		this.timeline = timeline;
		this.references = references;
		this.people = people;
		this.reports = reports;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.places = places;
		this.clock = clock;
	}

	/**
	 * Loads a case for the signed-in person under {@code rule} ({@link CaseAccess#VIEW}, {@link CaseAccess#LOCKED_VIEW},
	 * {@link CaseAccess#WORK}, or a rule of the case work built on it): 404 when there is no such case, refused (404,
	 * audited) when the rule does not let them reach it.
	 */
	@Transactional(readOnly = true)
	public CaseFile require(long caseId, RecordRule rule) {
		CaseFile file = cases.findById(caseId).orElseThrow(() -> new CaseNotFound(caseId));
		RecordAccess.require(CurrentActor.require(), rule, CaseAccess.ownershipFor(rule, file), caseId);
		return file.loaded();
	}

	/** Opens the case page: the whole case or its locked view, whichever the person may see; the read is audited. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	public CaseFile openPage(long caseId) {
		StaffActor actor = CurrentActor.require();
		CaseFile file = require(caseId, CaseAccess.LOCKED_VIEW);
		boolean whole = CaseAccess.seesWholeCase(actor, file);
		audit.record("CASE_VIEWED", "case_file", caseId, whole ? "Case page" : "Locked share");
		return file;
	}

	/** The report a case would be opened from, read through reporting (triage rule, audited there). */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public Optional<ReportForCase> report(long reportId) {
		return reports.forCase(reportId);
	}

	/** Opens a case for the signed-in person's organisation, owned by them. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public CaseFile open(NewCase request) {
		StaffActor actor = CurrentActor.require();
		if (types.find(request.typeCode()).filter(CaseType::isActive).isEmpty()) {
			throw new CaseRuleBroken("cases.error.type");
		}
		Optional<ReportForCase> report = request.reportId() == null ? Optional.empty()
				: Optional.of(reports.forCase(request.reportId()).orElseThrow(() -> new CaseRuleBroken("cases.error.report")));
		CaseFile file = new CaseFile(references.next(), request.typeCode(), request.title().strip(),
				report.isPresent() ? Source.REPORT : request.source(), today(), clock.instant(), actor.organisationId(),
				actor.userId(), actor.displayName());
		file.describe(request.typeCode(), request.title().strip(), blankToNull(request.account()),
				blankToNull(request.placeDescription()), blankToNull(request.wardCode()));
		file.keyPlace(places.keyOf(request.placeDescription()));
		report.ifPresent(found -> file.linkReport(found.reportId(), found.reference(), found.occasionOn(), clock.instant()));
		cases.save(file);
		long id = file.getId();
		audit.record("CASE_OPENED", "case_file", id, report.map(found -> "From report " + found.reportId()).orElse(null));
		timeline.add(id, TimelineKind.OPENED, say("cases.timeline.opened", file.getReference()), null, null);
		report.ifPresent(found -> timeline.add(id, TimelineKind.LINK, say("cases.timeline.report-linked", found.reference()),
				"hate_report", found.reportId()));
		if (report.isPresent() && request.reporterAs() != null && !report.get().anonymous()) {
			long personId = request.reporterAs().personId() != null ? request.reporterAs().personId()
					: people.record(reporterAsPerson(report.get().reporter()), "case_file " + id);
			addPartyTo(file, personId, PartyRole.VICTIM);
		}
		events.publishEvent(new CaseOpened(id, file.getReference(), file.reportIds()));
		countsChanged(file.getOpenedOn());
		return file;
	}

	/** Changes what the case is about; a change of type changes the counts of the month it was opened in. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public void describe(long caseId, String typeCode, String title, String account, String placeDescription,
			String wardCode) {
		CaseFile file = require(caseId, CaseAccess.WORK);
		if (!typeCode.equals(file.getTypeCode()) && types.find(typeCode).filter(CaseType::isActive).isEmpty()) {
			throw new CaseRuleBroken("cases.error.type");
		}
		boolean retyped = !typeCode.equals(file.getTypeCode());
		boolean rewarded = !java.util.Objects.equals(blankToNull(wardCode), file.getWardCode());
		file.describe(typeCode, title.strip(), blankToNull(account), blankToNull(placeDescription), blankToNull(wardCode));
		file.keyPlace(places.keyOf(placeDescription));
		audit.record("CASE_CHANGED", "case_file", caseId, null);
		timeline.add(caseId, TimelineKind.STATUS, say("cases.timeline.described"), null, null);
		if (retyped || rewarded) {
			countsChanged(file.getOpenedOn());
		}
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public void changeStatus(long caseId, Status status) {
		CaseFile file = require(caseId, CaseAccess.WORK);
		file.changeStatus(status);
		audit.record("CASE_STATUS_CHANGED", "case_file", caseId, status.name());
		timeline.add(caseId, TimelineKind.STATUS, say("cases.timeline.status", say(status.messageKey())), null, null);
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public void addNote(long caseId, String note) {
		require(caseId, CaseAccess.WORK);
		audit.record("CASE_NOTE_ADDED", "case_file", caseId, null);
		timeline.add(caseId, TimelineKind.NOTE, note.strip(), null, null);
	}

	/** Adds an existing person (a match the officer chose) as a party. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public void addParty(long caseId, long personId, PartyRole role) {
		CaseFile file = require(caseId, CaseAccess.WORK);
		if (people.summaries(List.of(personId), "case_file " + caseId).isEmpty()) {
			throw new CaseRuleBroken("cases.error.person");
		}
		addPartyTo(file, personId, role);
	}

	/** Records a new person with the people module and adds them as a party; returns their id. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public long addNewParty(long caseId, PersonDetails details, PartyRole role) {
		CaseFile file = require(caseId, CaseAccess.WORK);
		long personId = people.record(details, "case_file " + caseId);
		addPartyTo(file, personId, role);
		return personId;
	}

	/** Links a second (third...) report about the same matter: each party's occasions grow by the report's. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public void linkReport(long caseId, long reportId) {
		CaseFile file = require(caseId, CaseAccess.WORK);
		ReportForCase report = reports.forCase(reportId).orElseThrow(() -> new CaseRuleBroken("cases.error.report"));
		if (!file.linkReport(reportId, report.reference(), report.occasionOn(), clock.instant())) {
			return;
		}
		audit.record("CASE_REPORT_LINKED", "case_file", caseId, "Report " + reportId);
		timeline.add(caseId, TimelineKind.LINK, say("cases.timeline.report-linked", report.reference()), "hate_report",
				reportId);
		for (CaseParty party : file.getParties()) {
			people.recordInvolvement(party.getPersonId(), new Involvement("cases", "hate_report", reportId,
					party.getRole(), report.occasionOn(), false));
			recordCaseInvolvement(file, party);
		}
		events.publishEvent(new CaseReportLinked(caseId, file.getReference(), reportId));
	}

	/**
	 * Adds a report to a case known by its reference (from the report's page): the case must be one this person
	 * works on, else it is said to be no such case. Returns the case's id.
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public long linkReportTo(String caseReference, long reportId) {
		CaseFile file = workedOn(caseReference);
		linkReport(file.getId(), reportId);
		return file.getId();
	}

	/** Links another case this person may work on too (both directions are shown). */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public void linkCase(long caseId, String otherReference) {
		CaseFile file = require(caseId, CaseAccess.WORK);
		CaseFile other = workedOn(otherReference);
		if (file.linkCase(other.getId(), clock.instant())) {
			other.linkCase(caseId, clock.instant());
			audit.record("CASE_LINKED", "case_file", caseId, "Case " + other.getId());
			timeline.add(caseId, TimelineKind.LINK, say("cases.timeline.case-linked", other.getReference()), "case_file",
					other.getId());
			timeline.add(other.getId(), TimelineKind.LINK, say("cases.timeline.case-linked", file.getReference()),
					"case_file", caseId);
		}
	}

	/** The case with this reference if this person may work on it; else "no such case", as it is not theirs to know of. */
	private CaseFile workedOn(String reference) {
		return cases.findByReference(CaseReferences.normalise(reference))
			.filter(found -> CaseAccess.may(CurrentActor.require(), CaseAccess.WORK, found))
			.orElseThrow(() -> new CaseRuleBroken("cases.error.linked-case"));
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public void share(long caseId, long organisationId, ShareLevel level, String reason, String organisationName) {
		CaseFile file = require(caseId, CaseAccess.WORK);
		file.share(organisationId, level, CurrentActor.require().userId(), clock.instant(), reason.strip());
		audit.record("CASE_SHARED", "case_file", caseId, level.name() + " with organisation " + organisationId);
		timeline.add(caseId, TimelineKind.SHARE,
				say("cases.timeline.shared", organisationName, say(level.messageKey()), reason.strip()), "organisation",
				organisationId);
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public void close(long caseId, Outcome outcome, String reason, LocalDate on) {
		CaseFile file = require(caseId, CaseAccess.WORK);
		file.close(outcome, reason, on);
		audit.record("CASE_CLOSED", "case_file", caseId, outcome.name());
		timeline.add(caseId, TimelineKind.OUTCOME,
				say("cases.timeline.closed", say(outcome.messageKey()), reason.strip()), null, null);
		events.publishEvent(new CaseClosed(caseId, file.reportIds(), on));
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public void reopen(long caseId) {
		CaseFile file = require(caseId, CaseAccess.WORK);
		file.reopen();
		audit.record("CASE_REOPENED", "case_file", caseId, null);
		timeline.add(caseId, TimelineKind.STATUS, say("cases.timeline.reopened"), null, null);
	}

	/**
	 * People who may be the same as the one described, for the officer to choose from (read in this module's
	 * transaction, as the people module audits each suggestion it reads).
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public List<MatchSuggestion> suggestMatches(PersonDetails probe) {
		return people.suggestMatches(probe);
	}

	/** Cases naming any of these people, for the list's search (the ids come from the people module's look-up). */
	@Transactional(readOnly = true)
	List<CaseFile> naming(List<Long> personIds) {
		return personIds.isEmpty() ? List.of() : cases.findByPartyPersonIdIn(personIds);
	}

	private void addPartyTo(CaseFile file, long personId, PartyRole role) {
		if (!file.addParty(personId, role, clock.instant())) {
			return;
		}
		audit.record("CASE_PARTY_ADDED", "case_file", file.getId(), role.name() + " person " + personId);
		timeline.add(file.getId(), TimelineKind.PARTY, say("cases.timeline.party", say("cases.role." + role.name())),
				"person", personId);
		CaseParty party = file.getParties().stream()
			.filter(each -> each.getPersonId() == personId && each.getRole() == role)
			.findFirst()
			.orElseThrow();
		for (LinkedReport report : file.getReports()) {
			// The report's own date is the occasion; the case opened from it is the same occasion, not another.
			people.recordInvolvement(personId, new Involvement("cases", "hate_report", report.reportId(), role,
					report.occasionOn(), false));
		}
		recordCaseInvolvement(file, party);
	}

	private void recordCaseInvolvement(CaseFile file, CaseParty party) {
		people.recordInvolvement(party.getPersonId(), new Involvement("cases", "case_file", file.getId(),
				party.getRole(), file.getOpenedOn(), !file.reportIds().isEmpty()));
	}

	private void countsChanged(LocalDate openedOn) {
		events.publishEvent(IndicatorCountsChanged.of(SOURCE, YearMonth.from(openedOn)));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	/** A timeline line in the words of the reader's language, kept as written (like an audit entry). */
	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A named reporter as a new person: the name split at its last space into given and family names. */
	static PersonDetails reporterAsPerson(ReportForCase.Reporter reporter) {
		String name = reporter.name().strip();
		int space = name.lastIndexOf(' ');
		String given = space < 0 ? name : name.substring(0, space).strip();
		String family = space < 0 ? null : name.substring(space + 1).strip();
		return new PersonDetails(given, family, List.of(), null, List.of(), reporter.phone(), reporter.email(), null,
				null, null, null);
	}

	/** A new case: what it is, where, and for one opened from a report, the report and who the reporter is. */
	public record NewCase(String typeCode, String title, String account, String placeDescription, String wardCode,
			Source source, Long reportId, PartyChoice reporterAs) {
	}

	/**
	 * Who a named reporter becomes: an existing person the officer chose from the suggestions ({@code personId}), or a
	 * new person ({@code personId} null). A null choice adds no party.
	 */
	public record PartyChoice(Long personId) {

		public static PartyChoice newPerson() {
			return new PartyChoice(null);
		}

	}

}
