package org.safercommunities.directory;

import org.safercommunities.shared.HostilityStrands;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.reporting.LocalSignposting;
import org.safercommunities.reporting.Signpost;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Suggests public directory entries to a reporter: reporting centres, support services and hubs (Safe Places
 * are for waiting safely, not for reporting, so they are left out). An entry scores for being in the report's
 * ward (or, less, the same borough), for helping with the report's strands (or, less, everyone), and for
 * speaking the reporter's language; it must score on place or strand to be suggested at all.
 * <p>
 * Every report's confirmation page asks, so the suggestions for one ward, strands and language are kept while
 * the directory's entries are unchanged (their count, versions and last update: one small query) and for at most
 * {@link #KEPT_FOR_NANOS} (30 seconds, for what changes with the date alone): without that each confirmation
 * loaded the whole directory with its collections (bench/README.md "Report load: where the time goes").
 */
@Service
class DirectorySignposting implements LocalSignposting {

	private static final Set<EntryType> SUGGESTED = Set.of(EntryType.REPORTING_CENTRE, EntryType.SUPPORT, EntryType.HUB);

	private final DirectorySearch search;

	private final Wards wards;

	private final MessageSource messages;

	static final long KEPT_FOR_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

	/** At most this many different questions are kept; beyond it the memory starts again. */
	private static final int KEPT_AT_MOST = 2000;

	private final TransactionTemplate readOnly;

	private final Map<Question, Kept> kept = new java.util.concurrent.ConcurrentHashMap<>();

	DirectorySignposting(DirectorySearch search, Wards wards, MessageSource messages,
			PlatformTransactionManager transactions, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.search = search;
		this.wards = wards;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	private record Question(String wardCode, Set<String> strands, Locale language, int limit) {
	}

	private record Kept(long at, String directoryState, List<Signpost> signposts) {
	}

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** Changes whenever an entry is added, removed or saved. */
	private String directoryState() {
		return jdbc.sql("select count(*) || '/' || coalesce(sum(version), 0) || '/' || coalesce(cast(max(updated_at) as varchar(40)), '')"
				+ " from directory_entry").query(String.class).single();
	}

	@Override
	public List<Signpost> suggest(String wardCode, Set<String> strands, Locale language, int limit) {
		Question question = new Question(wardCode, strands == null ? Set.of() : Set.copyOf(strands), language, limit);
		long now = System.nanoTime();
		String state = directoryState();
		Kept answer = kept.get(question);
		if (answer != null && now - answer.at() < KEPT_FOR_NANOS && answer.directoryState().equals(state)) {
			return answer.signposts();
		}
		List<Signpost> signposts = readOnly.execute(status -> compute(wardCode, strands, language, limit));
		if (kept.size() >= KEPT_AT_MOST) {
			kept.clear();
		}
		kept.put(question, new Kept(now, state, signposts));
		return signposts;
	}

	private List<Signpost> compute(String wardCode, Set<String> strands, Locale language, int limit) {
		Map<String, Ward> wardsByCode = wards.all().stream()
			.collect(java.util.stream.Collectors.toMap(Ward::getCode, ward -> ward));
		Ward reportWard = wardCode == null ? null : wardsByCode.get(wardCode);
		Set<String> wanted = strands == null ? Set.of() : strands;
		String lang = language == null ? "en" : language.getLanguage();
		List<Scored> scored = new ArrayList<>();
		for (DirectoryEntry entry : search.search(DirectoryFilter.ANY)) {
			if (!SUGGESTED.contains(entry.getType())) {
				continue;
			}
			Ward entryWard = entry.getWardCode() == null ? null : wardsByCode.get(entry.getWardCode());
			List<String> reasons = new ArrayList<>();
			int score = 0;
			if (reportWard != null && entryWard != null && reportWard.getCode().equals(entryWard.getCode())) {
				score += 4;
				reasons.add(text("directory.match.ward", language, entryWard.getName()));
			}
			else if (reportWard != null && entryWard != null
					&& reportWard.getBoroughCode().equals(entryWard.getBoroughCode())) {
				score += 1;
				reasons.add(text("directory.match.borough", language, entryWard.getBoroughName()));
			}
			List<String> helped = entry.getStrands().stream().filter(wanted::contains).toList();
			if (!helped.isEmpty()) {
				score += 3 * helped.size();
				reasons.add(text("directory.match.strand", language, String.join(", ",
						helped.stream().map(code -> text(HostilityStrands.messageKey(code), language)).toList())));
			}
			if (score == 0) {
				continue;
			}
			if (!"en".equals(lang) && entry.getLanguages().contains(lang)) {
				score += 2;
				reasons.add(text("directory.match.language", language, DirectoryText.languageName(lang, language)));
			}
			scored.add(new Scored(score, new Signpost(entry.getName(), entry.getType().code(),
					"/directory/" + entry.getSlug(), entry.getPhone(), entry.getSummary(),
					String.join(text("directory.match.separator", language), reasons))));
		}
		return scored.stream()
			.sorted(Comparator.comparingInt(Scored::score).reversed().thenComparing(each -> each.signpost().name()))
			.limit(Math.max(0, limit))
			.map(Scored::signpost)
			.toList();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale == null ? Locale.UK : locale);
	}

	private record Scored(int score, Signpost signpost) {
	}

}
