package org.safercommunities.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.people.PersonalDataHolder.Disclosure;
import org.safercommunities.people.PersonalDataHolder.Item;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject access request (UK GDPR art. 15): everything every module holds about a person (and everyone merged
 * into them), through each {@link PersonalDataHolder}, with the other people those records name removed from every
 * field ({@link ThirdPartyRedaction}). For the administrator, who acts as the data protection officer's hands;
 * every export is audited with the request's reference (not read-only: the audit entry is written in the same
 * transaction).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class SubjectAccess {

	static final String AUDIT_ACTION = "SUBJECT_ACCESS_EXPORT";

	private final ObjectProvider<PersonalDataHolder> holders;

	private final PersonStore store;

	private final SealedDetails sealed;

	private final People people;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	SubjectAccess(ObjectProvider<PersonalDataHolder> holders, PersonStore store, SealedDetails sealed, People people,
			AuditTrail audit, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.holders = holders;
		this.store = store;
		this.sealed = sealed;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** Who the person is (their current record's details), for the page; the read is audited by the people API. */
	@Transactional
	public Optional<PersonDetails> subject(long personId) {
		return people.details(personId, "subject-access");
	}

	/** The export for request {@code requestReference}, in {@code format} (pdf or json), audited. */
	@Transactional
	public Optional<Export> export(long personId, String requestReference, String format) {
		long current = people.current(personId);
		Optional<StoredPersonDetails> subject = store.find(current)
			.map(found -> new StoredPersonDetails(found.id(), sealed.open(found.sealedDetails())));
		if (subject.isEmpty()) {
			return Optional.empty();
		}
		Set<Long> group = store.mergeGroup(current);
		List<Disclosure> disclosures = holders.orderedStream()
			.flatMap(holder -> group.stream().flatMap(id -> holder.disclose(id).stream()))
			.distinct()
			.sorted(Comparator.comparing(Disclosure::module).thenComparing(Disclosure::recordType)
				.thenComparingLong(Disclosure::recordId))
			.toList();
		Set<Long> thirdParties = new LinkedHashSet<>();
		disclosures.forEach(disclosure -> thirdParties.addAll(disclosure.thirdParties()));
		group.forEach(thirdParties::remove);
		thirdParties.removeIf(id -> group.contains(people.current(id)));
		List<PersonDetails> others = new ArrayList<>();
		thirdParties.forEach(id -> store.find(people.current(id)).ifPresent(found -> others.add(sealed.open(found.sealedDetails()))));
		List<PersonDetails> own = new ArrayList<>();
		group.forEach(id -> store.find(id).ifPresent(found -> own.add(sealed.open(found.sealedDetails()))));
		ThirdPartyRedaction redaction = ThirdPartyRedaction.of(others, own);
		List<ExportedRecord> records = disclosures.stream().map(disclosure -> redacted(disclosure, redaction)).toList();
		if (!thirdParties.isEmpty()) {
			// Their details were opened, only to take them out of the export: still a read of their personal data.
			audit.recordEach("PERSON_READ", "person", thirdParties, "removed from subject access request " + requestReference);
		}
		audit.record(AUDIT_ACTION, "person", current, "subject access request " + requestReference + " (" + format
				+ ", " + records.size() + " records, " + thirdParties.size() + " third parties removed)");
		return Optional.of(new Export(current, subject.get().details().displayName(), requestReference,
				OffsetDateTime.now(clock), List.copyOf(group), records,
				List.of(messages.getMessage("sar.pdf.anonymous", null, java.util.Locale.UK))));
	}

	private static ExportedRecord redacted(Disclosure disclosure, ThirdPartyRedaction redaction) {
		List<Item> items = disclosure.items().stream().map(item -> new Item(item.key(), redaction.apply(item.value())))
			.toList();
		return new ExportedRecord(disclosure.module(), disclosure.recordType(), disclosure.recordId(),
				redaction.apply(disclosure.title()), items, !items.equals(disclosure.items()));
	}

	private record StoredPersonDetails(long id, PersonDetails details) {
	}

	/**
	 * The export: whom it is about, the request, when it was made, the person records merged, the records, and notes
	 * on what it cannot hold (anonymous reports), in the export's language (English, as the staff pages).
	 */
	record Export(long personId, String subjectName, String requestReference, OffsetDateTime madeAt,
			List<Long> personRecords, List<ExportedRecord> records, List<String> notes) {
	}

	/** One record as the subject receives it; {@code thirdPartiesRemoved} when other people's details were taken out. */
	record ExportedRecord(String module, String recordType, long recordId, String title, List<Item> items,
			boolean thirdPartiesRemoved) {
	}

}
