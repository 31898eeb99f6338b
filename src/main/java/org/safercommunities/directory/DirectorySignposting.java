package org.safercommunities.directory;

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
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests public directory entries to a reporter: reporting centres, support services and hubs (Safe Places
 * are for waiting safely, not for reporting, so they are left out). An entry scores for being in the report's
 * ward (or, less, the same borough), for helping with the report's strands (or, less, everyone), and for
 * speaking the reporter's language; it must score on place or strand to be suggested at all.
 */
@Service
@Transactional(readOnly = true)
class DirectorySignposting implements LocalSignposting {

	private static final Set<EntryType> SUGGESTED = Set.of(EntryType.REPORTING_CENTRE, EntryType.SUPPORT, EntryType.HUB);

	private final DirectorySearch search;

	private final Wards wards;

	private final MessageSource messages;

	DirectorySignposting(DirectorySearch search, Wards wards, MessageSource messages) {
		this.search = search;
		this.wards = wards;
		this.messages = messages;
	}

	@Override
	public List<Signpost> suggest(String wardCode, Set<String> strands, Locale language, int limit) {
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
						helped.stream().map(code -> text("reporting.strand." + code, language)).toList())));
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
