package org.safercommunities.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.cases.CaseCodes.ShareLevel;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.safercommunities.system.PdfDocuments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.ExtendedModelMap;

/**
 * The case report PDF: the sections the officer chooses, made for one organisation and holding exactly what that
 * organisation's staff would see on the case page (the one rule, {@link CaseAccess}): the owning organisation and
 * an organisation the case is shared with whole get the chosen sections; one it is shared with locked gets the
 * parties' names and the agencies involved, nothing else; an organisation it is not shared with gets nothing.
 * The owning organisation's workers may make it for any of those; anyone else only for their own organisation.
 */
@Service
class CaseReport {

	/** What a case report may hold, in the order it prints. */
	enum Section {

		SUMMARY, ACCOUNT, PARTIES, RISK, ACTIONS, REVIEWS, VICTIMS_CODE, REPORTS, LINKS, SHARES, DOCUMENTS, TIMELINE;

		public String messageKey() {
			return "cases.report.section." + name();
		}

	}

	/** An organisation a report may be made for, and what it sees of the case. */
	record Recipient(long organisationId, String name, ShareLevel sees) {
	}

	private final CaseFiles cases;

	private final CasePage page;

	private final Organisations organisations;

	private final PdfDocuments pdfs;

	private final AuditTrail audit;

	private final Clock clock;

	CaseReport(CaseFiles cases, CasePage page, Organisations organisations, PdfDocuments pdfs, AuditTrail audit,
			Clock clock) {
		this.clock = clock;
		this.cases = cases;
		this.page = page;
		this.organisations = organisations;
		this.pdfs = pdfs;
		this.audit = audit;
	}

	/** Whom the signed-in person may make this case's report for: their own organisation first. */
	@Transactional(readOnly = true)
	List<Recipient> recipients(CaseFile file) {
		StaffActor actor = CurrentActor.require();
		Map<Long, String> names = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName));
		Map<Long, Recipient> recipients = new LinkedHashMap<>();
		ShareLevel own = seenBy(file, actor.organisationId()).orElseThrow();
		recipients.put(actor.organisationId(), new Recipient(actor.organisationId(), names.get(actor.organisationId()), own));
		if (CaseAccess.may(actor, CaseAccess.WORK, file)) {
			recipients.putIfAbsent(file.getOwningOrganisationId(),
					new Recipient(file.getOwningOrganisationId(), names.get(file.getOwningOrganisationId()), ShareLevel.WHOLE));
			file.getShares().forEach(share -> recipients.putIfAbsent(share.getOrganisationId(),
					new Recipient(share.getOrganisationId(), names.get(share.getOrganisationId()), share.getLevel())));
		}
		return new ArrayList<>(recipients.values());
	}

	/**
	 * The PDF for {@code recipientId} with {@code sections}; empty when the person may not make it for that
	 * organisation (the form then says so). Audited with the sections and the recipient.
	 */
	@Transactional
	Optional<byte[]> render(long caseId, Set<Section> sections, long recipientId, Locale locale) {
		CaseFile file = cases.require(caseId, CaseAccess.VIEW);
		Optional<Recipient> recipient = recipients(file).stream()
			.filter(candidate -> candidate.organisationId() == recipientId)
			.findFirst();
		if (recipient.isEmpty()) {
			return Optional.empty();
		}
		ExtendedModelMap model = new ExtendedModelMap();
		boolean locked = recipient.get().sees() == ShareLevel.LOCKED;
		Set<Section> printed = locked ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
		if (locked) {
			page.lockedView(file, model);
		}
		else {
			page.wholeCase(file, model, false);
		}
		model.addAttribute("sections", printed.stream().map(Section::name).collect(Collectors.toSet()));
		model.addAttribute("locked", locked);
		model.addAttribute("recipient", recipient.get());
		model.addAttribute("madeBy", CurrentActor.require().displayName());
		model.addAttribute("madeOn", UkDates.day(LocalDate.now(clock.withZone(UkTime.ZONE))));
		audit.record("CASE_REPORT_MADE", "case_file", caseId, "For organisation " + recipientId + ": "
				+ (locked ? "locked share (names and agencies)" : printed));
		return Optional.of(pdfs.render("pdf/case-report", model, locale));
	}

	private static Optional<ShareLevel> seenBy(CaseFile file, long organisationId) {
		if (file.getOwningOrganisationId() == organisationId) {
			return Optional.of(ShareLevel.WHOLE);
		}
		return file.getShares().stream()
			.filter(share -> share.getOrganisationId() == organisationId)
			.map(CaseShare::getLevel)
			.min(Comparator.naturalOrder());
	}

}
