package org.safercommunities.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.crypto.Pseudonyms;
import org.safercommunities.crypto.UndecryptableValue;
import org.safercommunities.people.PersonStore.StoredMerge;
import org.safercommunities.people.PersonStore.StoredPerson;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's {@link People}: details sealed in one ciphertext per person, blind indexes for look-ups and
 * match candidates, involvements for repeat flags, and undoable merges. Every read of personal data and every
 * change is audited; merged-away ids answer for the person they were merged into. No method is read-only: the
 * audit entry of a read is written in the same transaction (PostgreSQL refuses it in a read-only one).
 */
@Service
@Transactional
class PeopleService implements People {

	private static final String RECORD_TYPE = "person";

	private final PersonStore store;

	private final SealedDetails sealed;

	private final FieldEncryption encryption;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final PeopleSettings settings;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<PersonalDataHolder> holders;

	PeopleService(PersonStore store, SealedDetails sealed, FieldEncryption encryption, AuditTrail audit,
			ApplicationEventPublisher events, MessageSource messages, PeopleSettings settings, Clock clock,
			org.springframework.beans.factory.ObjectProvider<PersonalDataHolder> holders) {
		this.holders = holders;
		this.store = store;
		this.sealed = sealed;
		this.encryption = encryption;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public long record(PersonDetails details, String reason) {
		requireName(details);
		long id = store.insert(sealed.seal(details), now());
		store.replaceLookups(id, digests(details));
		audit.record("PERSON_CREATED", RECORD_TYPE, id, reason);
		return id;
	}

	@Override
	public void update(long personId, PersonDetails details, String reason) {
		requireName(details);
		long id = current(personId);
		if (store.find(id).isEmpty()) {
			throw new UnknownPerson(personId);
		}
		store.updateDetails(id, sealed.seal(details), now());
		store.replaceLookups(id, digests(details));
		audit.record("PERSON_UPDATED", RECORD_TYPE, id, reason);
	}

	@Override
	public java.util.Set<Long> released(String module, String recordType, long recordId, Collection<Long> alsoReportIds,
			Collection<Long> personIds, String reason) {
		store.deleteInvolvements(module, recordType, recordId);
		alsoReportIds.forEach(reportId -> store.deleteInvolvements(module, "hate_report", reportId));
		java.util.Set<Long> deleted = new java.util.TreeSet<>();
		for (long personId : new java.util.TreeSet<>(personIds)) {
			if (store.find(personId).isEmpty() || store.inAMerge(personId)) {
				continue;
			}
			boolean named = holders.orderedStream()
				.filter(holder -> !(holder instanceof PersonRecords))
				.anyMatch(holder -> !holder.recordsAbout(personId).isEmpty());
			if (!named) {
				store.delete(personId);
				audit.record("PERSON_DELETED_UNLINKED", RECORD_TYPE, personId, reason);
				deleted.add(personId);
			}
		}
		return deleted;
	}

	@Override
	public Optional<PersonDetails> details(long personId, String reason) {
		long id = current(personId);
		Optional<StoredPerson> person = store.find(id);
		person.ifPresent(found -> audit.record("PERSON_READ", RECORD_TYPE, id, reason));
		return person.map(found -> sealed.open(found.sealedDetails()));
	}

	@Override
	public java.util.function.UnaryOperator<String> redactionOf(Collection<Long> personIds, String reason) {
		List<PersonDetails> parties = personIds.stream().distinct()
			.map(id -> details(id, reason))
			.flatMap(Optional::stream)
			.toList();
		ThirdPartyRedaction redaction = ThirdPartyRedaction.ofParties(parties);
		return redaction::apply;
	}

	@Override
	public List<PersonSummary> summaries(Collection<Long> personIds, String reason) {
		Map<Long, Long> currentOf = currentOf(personIds);
		Map<Long, StoredPerson> stored = store.findAll(Set.copyOf(currentOf.values())).stream()
			.collect(Collectors.toMap(StoredPerson::id, person -> person));
		Set<Long> read = new LinkedHashSet<>();
		currentOf.values().stream().filter(stored::containsKey).forEach(read::add);
		Map<Long, RepeatFlag> flags = flagsOf(read);
		Map<Long, PersonSummary> byCurrent = new HashMap<>();
		read.forEach(id -> byCurrent.put(id, summaryOf(stored.get(id), flags.get(id))));
		audit.recordEach("PERSON_READ", RECORD_TYPE, read, reason);
		List<PersonSummary> summaries = new ArrayList<>();
		currentOf.forEach((asked, id) -> {
			PersonSummary current = byCurrent.get(id);
			if (current != null) {
				summaries.add(new PersonSummary(asked, id, current.displayName(), current.dateOfBirth(),
						current.vulnerabilities(), current.repeatFlag()));
			}
		});
		return summaries;
	}

	/** Each id asked for with the id it answers for now: one query for the list, a walk only for those merged away. */
	private Map<Long, Long> currentOf(Collection<Long> personIds) {
		Map<Long, Long> mergedInto = store.mergedIntoOf(Set.copyOf(personIds));
		Map<Long, Long> currentOf = new LinkedHashMap<>();
		personIds.forEach(asked -> currentOf.put(asked, mergedInto.containsKey(asked) ? current(asked) : asked));
		return currentOf;
	}

	/** A person's summary; one whose details cannot be decrypted says so instead of failing the whole list. */
	private PersonSummary summaryOf(StoredPerson person, RepeatFlag flag) {
		try {
			PersonDetails details = sealed.open(person.sealedDetails());
			return new PersonSummary(person.id(), person.id(), details.displayName(), details.dateOfBirth(),
					details.vulnerabilities(), flag);
		}
		catch (UndecryptableValue ex) {
			return new PersonSummary(person.id(), person.id(),
					messages.getMessage("people.cannot-be-read", null, LocaleContextHolder.getLocale()), null, Set.of(),
					flag);
		}
	}

	@Override
	public List<MatchSuggestion> suggestMatches(PersonDetails probe) {
		Map<LookupKind, Set<String>> keys = PersonKeys.of(probe);
		Set<Long> candidates = new LinkedHashSet<>();
		List<String> pointing = new ArrayList<>();
		for (LookupKind kind : List.of(LookupKind.PHONE, LookupKind.EMAIL)) {
			keys.getOrDefault(kind, Set.of()).forEach(value -> pointing.add(digest(kind, value)));
		}
		// A name is looked for as a full name and as an alias, and so is each alias.
		for (LookupKind typed : List.of(LookupKind.FULL_NAME, LookupKind.ALIAS)) {
			for (String name : keys.getOrDefault(typed, Set.of())) {
				pointing.add(digest(LookupKind.FULL_NAME, name));
				pointing.add(digest(LookupKind.ALIAS, name));
			}
		}
		int limit = settings.maxCandidates();
		candidates.addAll(store.candidatesByDigest(pointing, limit));
		List<String> sounds = digestsOf(keys, LookupKind.FAMILY_NAME_SOUND);
		List<String> others = new ArrayList<>();
		others.addAll(digestsOf(keys, LookupKind.DATE_OF_BIRTH));
		others.addAll(digestsOf(keys, LookupKind.POSTCODE));
		others.addAll(digestsOf(keys, LookupKind.GIVEN_NAME_SOUND));
		if (candidates.size() < limit) {
			candidates.addAll(store.candidatesBySound(sounds, others, limit - candidates.size()));
		}
		Map<Long, PersonDetails> readable = new LinkedHashMap<>();
		for (StoredPerson person : store.findAll(candidates)) {
			if (person.mergedIntoId() == null) {
				sealed.tryOpen(person.sealedDetails()).ifPresent(details -> readable.put(person.id(), details));
			}
		}
		List<Matching.Match> matches = Matching.rank(probe, readable);
		List<Long> matched = matches.stream().map(Matching.Match::personId).toList();
		Map<Long, RepeatFlag> flags = flagsOf(matched);
		audit.recordEach("PERSON_READ", RECORD_TYPE, matched, "match suggestion");
		List<MatchSuggestion> suggestions = new ArrayList<>();
		for (Matching.Match match : matches) {
			long id = match.personId();
			PersonDetails details = readable.get(id);
			suggestions.add(new MatchSuggestion(new PersonSummary(id, id, details.displayName(), details.dateOfBirth(),
					details.vulnerabilities(), flags.get(id)), match.reasons()));
		}
		return suggestions;
	}

	@Override
	public List<Long> find(String searchText) {
		if (searchText == null || searchText.isBlank()) {
			return List.of();
		}
		List<String> digests = new ArrayList<>();
		PersonKeys.name(searchText).ifPresent(name -> {
			digests.add(digest(LookupKind.FULL_NAME, name));
			digests.add(digest(LookupKind.ALIAS, name));
		});
		PersonKeys.phone(searchText).ifPresent(phone -> digests.add(digest(LookupKind.PHONE, phone)));
		PersonKeys.email(searchText).ifPresent(email -> digests.add(digest(LookupKind.EMAIL, email)));
		PersonKeys.postcode(searchText).ifPresent(postcode -> digests.add(digest(LookupKind.POSTCODE, postcode)));
		List<LookupKind> kinds = List.of(LookupKind.FULL_NAME, LookupKind.ALIAS, LookupKind.PHONE, LookupKind.EMAIL,
				LookupKind.POSTCODE);
		List<Long> holders = store.holding(kinds, digests);
		return currentOf(holders).values().stream().distinct().toList();
	}

	@Override
	public void recordInvolvement(long personId, Involvement involvement) {
		if (store.find(personId).isEmpty()) {
			throw new UnknownPerson(personId);
		}
		long id = current(personId);
		RepeatFlag before = flagOf(id);
		if (!store.addInvolvement(personId, involvement, now())) {
			return;
		}
		audit.record("PERSON_INVOLVEMENT_RECORDED", RECORD_TYPE, personId,
				involvement.role() + " in " + involvement.recordType() + " " + involvement.recordId());
		raiseIfNewlyFlagged(id, before);
		// An occasion can move who became a repeat victim in any month of the window it starts
		LocalDate on = involvement.occurredOn();
		events.publishEvent(new IndicatorCountsChanged.Change(RepeatVictimCounts.SOURCE, new IndicatorCounts.Months(
				YearMonth.from(on), YearMonth.from(on.plusMonths(settings.repeat().months())))));
	}

	@Override
	public RepeatFlag repeatFlag(long personId) {
		return flagOf(current(personId));
	}

	private RepeatFlag flagOf(long currentId) {
		return RepeatCount.of(settings).flag(store.involvements(store.mergeGroup(currentId)), today());
	}

	/** {@link #flagOf} of each of these people, in two or three queries for the whole list rather than per person. */
	private Map<Long, RepeatFlag> flagsOf(Collection<Long> currentIds) {
		RepeatCount count = RepeatCount.of(settings);
		LocalDate today = today();
		Map<Long, Set<Long>> groups = store.mergeGroups(currentIds);
		Map<Long, List<Involvement>> byPerson = store
			.involvementsByPerson(groups.values().stream().flatMap(Set::stream).toList());
		Map<Long, RepeatFlag> flags = new HashMap<>();
		groups.forEach((id, group) -> flags.put(id, count.flag(
				group.stream().flatMap(member -> byPerson.getOrDefault(member, List.of()).stream()).toList(), today)));
		return flags;
	}

	private void raiseIfNewlyFlagged(long currentId, RepeatFlag before) {
		RepeatFlag after = flagOf(currentId);
		if (!before.flagged() && after.flagged()) {
			events.publishEvent(new RepeatFlagRaised(currentId, after));
		}
	}

	@Override
	public long merge(long keptId, long mergedAwayId, String reason) {
		if (keptId == mergedAwayId || current(keptId) != keptId || current(mergedAwayId) != mergedAwayId
				|| store.find(keptId).isEmpty() || store.find(mergedAwayId).isEmpty()) {
			throw new IllegalArgumentException("Only two different people, neither merged away, can be merged");
		}
		RepeatFlag before = flagOf(keptId);
		long mergeId = store.insertMerge(keptId, mergedAwayId, encryption.encrypt(reason), now(), actorName());
		store.setMergedInto(mergedAwayId, keptId);
		String described = "person " + mergedAwayId + " merged into " + keptId + " (merge " + mergeId + ")";
		audit.record("PEOPLE_MERGED", RECORD_TYPE, keptId, described);
		audit.record("PEOPLE_MERGED", RECORD_TYPE, mergedAwayId, described);
		events.publishEvent(new PeopleMerged(mergeId, keptId, mergedAwayId, false));
		raiseIfNewlyFlagged(keptId, before);
		return mergeId;
	}

	@Override
	public void undoMerge(long mergeId, String reason) {
		StoredMerge merge = store.findMerge(mergeId).orElseThrow(() -> new UnknownMerge(mergeId));
		if (!merge.standing()) {
			return;
		}
		store.setMergedInto(merge.mergedAwayId(), null);
		store.markUndone(mergeId, now(), actorName());
		String described = "merge " + mergeId + " undone: " + reason;
		audit.record("MERGE_UNDONE", RECORD_TYPE, merge.keptId(), described);
		audit.record("MERGE_UNDONE", RECORD_TYPE, merge.mergedAwayId(), described);
		events.publishEvent(new PeopleMerged(mergeId, merge.keptId(), merge.mergedAwayId(), true));
	}

	@Override
	public long current(long personId) {
		long id = personId;
		Set<Long> seen = new LinkedHashSet<>();
		Optional<Long> next = store.mergedInto(id);
		while (next.isPresent() && seen.add(id)) {
			id = next.get();
			next = store.mergedInto(id);
		}
		return id;
	}

	// What this module's own pages need besides the API.

	boolean exists(long personId) {
		return store.find(personId).isPresent();
	}

	/** Whom the person was merged into directly, if they were merged away. */
	Optional<Long> mergedInto(long personId) {
		return store.mergedInto(personId);
	}

	/** The involvements of the person and of everyone merged into them, latest first. */
	List<Involvement> involvements(long personId) {
		return store.involvements(store.mergeGroup(current(personId)));
	}

	/** The merges the person was kept or merged away in, latest first, each reason decrypted where it can be. */
	List<MergeRecord> merges(long personId) {
		return store.mergesOf(personId).stream()
			.map(merge -> new MergeRecord(merge.id(), merge.keptId(), merge.mergedAwayId(),
					encryption.canDecrypt(merge.sealedReason()) ? encryption.decrypt(merge.sealedReason())
							: messages.getMessage("people.cannot-be-read", null, LocaleContextHolder.getLocale()),
					merge.mergedAt(), merge.mergedBy(), merge.undoneAt(), merge.undoneBy()))
			.toList();
	}

	Optional<MergeRecord> mergeRecord(long mergeId) {
		return store.findMerge(mergeId).flatMap(merge -> merges(merge.keptId()).stream()
			.filter(record -> record.id() == mergeId).findFirst());
	}

	/**
	 * Everyone flagged as a repeat victim today, with their occasions, most occasions first: the involvements of
	 * each person merged away count for the person kept.
	 */
	List<RepeatVictim> repeatVictims() {
		RepeatCount count = RepeatCount.of(settings);
		LocalDate today = today();
		Map<Long, List<Involvement>> byCurrent = new HashMap<>();
		Map<Long, List<Involvement>> byPerson = store.victimInvolvementsBetween(count.windowStart(today), today);
		Map<Long, Long> currentOf = currentOf(byPerson.keySet());
		byPerson.forEach((personId, involvements) -> byCurrent
			.computeIfAbsent(currentOf.get(personId), any -> new ArrayList<>()).addAll(involvements));
		return byCurrent.entrySet().stream()
			.map(entry -> new RepeatVictim(entry.getKey(), count.flag(entry.getValue(), today)))
			.filter(victim -> victim.flag().flagged())
			.sorted(Comparator.comparingInt((RepeatVictim victim) -> victim.flag().occasions()).reversed()
				.thenComparingLong(RepeatVictim::personId))
			.toList();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	record RepeatVictim(long personId, RepeatFlag flag) {
	}

	record MergeRecord(long id, long keptId, long mergedAwayId, String reason, Instant mergedAt, String mergedBy,
			Instant undoneAt, String undoneBy) {

		public boolean standing() {
			return undoneAt == null;
		}

	}

	/** No person has the id (a made-up address). */
	static class UnknownPerson extends IllegalArgumentException {

		UnknownPerson(long id) {
			super("No person " + id);
		}

	}

	/** No merge has the id. */
	static class UnknownMerge extends IllegalArgumentException {

		UnknownMerge(long id) {
			super("No merge " + id);
		}

	}

	private Map<LookupKind, Set<String>> digests(PersonDetails details) {
		return digests(details, encryption);
	}

	/** The person's blind-index digests under {@code hashes}: the configured key, or a new one while rekeying. */
	static Map<LookupKind, Set<String>> digests(PersonDetails details, Pseudonyms hashes) {
		Map<LookupKind, Set<String>> digests = new EnumMap<>(LookupKind.class);
		PersonKeys.of(details).forEach((kind, values) -> digests.put(kind, values.stream()
			.map(value -> digest(kind, value, hashes))
			.collect(Collectors.toCollection(LinkedHashSet::new))));
		return digests;
	}

	private List<String> digestsOf(Map<LookupKind, Set<String>> keys, LookupKind kind) {
		return keys.getOrDefault(kind, Set.of()).stream().map(value -> digest(kind, value)).toList();
	}

	/** The blind-index digest: a keyed HMAC of the kind and the normalised value, never the value itself. */
	String digest(LookupKind kind, String normalised) {
		return digest(kind, normalised, encryption);
	}

	private static String digest(LookupKind kind, String normalised, Pseudonyms hashes) {
		return hashes.pseudonym(kind.name() + ":" + normalised);
	}

	private static void requireName(PersonDetails details) {
		if (PersonKeys.name(details.displayName()).isEmpty()) {
			throw new IllegalArgumentException("A person needs a given or a family name");
		}
	}

	private Instant now() {
		return clock.instant();
	}

	private static String actorName() {
		return CurrentActor.find().map(StaffActor::username).orElse(AuditTrail.SYSTEM);
	}

}
