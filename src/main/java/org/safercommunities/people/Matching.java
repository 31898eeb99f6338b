package org.safercommunities.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.safercommunities.people.MatchSuggestion.Reason;

/**
 * Why a candidate may be the person described, and how strongly: the reasons an officer reads, and a score to put
 * the strongest first. A candidate is kept only with a reason that points at one person (the same phone, e-mail,
 * full name or alias), or a family name that sounds the same together with the same date of birth, the same
 * postcode or a similar given name: a shared surname alone suggests nobody. Pure code.
 */
final class Matching {

	/** Jaro-Winkler similarity of the normalised full names at or above which a name is "similar". */
	static final double SIMILAR_NAME = 0.85;

	/** Of the given names, when the family names sound the same. */
	static final double SIMILAR_GIVEN_NAME = 0.8;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private static final Map<Reason, Double> WEIGHTS = Map.of(Reason.SAME_PHONE, 40.0, Reason.SAME_EMAIL, 40.0,
			Reason.SAME_NAME, 30.0, Reason.ALIAS, 25.0, Reason.SAME_DATE_OF_BIRTH, 25.0, Reason.SAME_POSTCODE, 15.0,
			Reason.SIMILAR_NAME, 10.0);

	private Matching() {
	}

	/** One candidate found to match, with its reasons in the order of {@link Reason}. */
	record Match(long personId, List<Reason> reasons, double score) {
	}

	/** The candidates that match the probe, strongest first (then the older record first). */
	static List<Match> rank(PersonDetails probe, Map<Long, PersonDetails> candidates) {
		Map<LookupKind, Set<String>> wanted = PersonKeys.of(probe);
		List<Match> matches = new ArrayList<>();
		candidates.forEach((id, candidate) -> {
			Match match = match(id, probe, wanted, candidate);
			if (match != null) {
				matches.add(match);
			}
		});
		matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::personId));
		return matches;
	}

	private static Match match(long id, PersonDetails probe, Map<LookupKind, Set<String>> wanted,
			PersonDetails candidate) {
		Map<LookupKind, Set<String>> found = PersonKeys.of(candidate);
		Set<Reason> reasons = EnumSet.noneOf(Reason.class);
		if (shares(wanted, found, LookupKind.PHONE, LookupKind.PHONE)) {
			reasons.add(Reason.SAME_PHONE);
		}
		if (shares(wanted, found, LookupKind.EMAIL, LookupKind.EMAIL)) {
			reasons.add(Reason.SAME_EMAIL);
		}
		if (shares(wanted, found, LookupKind.FULL_NAME, LookupKind.FULL_NAME)) {
			reasons.add(Reason.SAME_NAME);
		}
		if (shares(wanted, found, LookupKind.FULL_NAME, LookupKind.ALIAS)
				|| shares(wanted, found, LookupKind.ALIAS, LookupKind.FULL_NAME)
				|| shares(wanted, found, LookupKind.ALIAS, LookupKind.ALIAS)) {
			reasons.add(Reason.ALIAS);
		}
		if (shares(wanted, found, LookupKind.DATE_OF_BIRTH, LookupKind.DATE_OF_BIRTH)) {
			reasons.add(Reason.SAME_DATE_OF_BIRTH);
		}
		if (shares(wanted, found, LookupKind.POSTCODE, LookupKind.POSTCODE)) {
			reasons.add(Reason.SAME_POSTCODE);
		}
		double nameSimilarity = similarity(probe.displayName(), candidate.displayName());
		boolean soundsAlike = shares(wanted, found, LookupKind.FAMILY_NAME_SOUND, LookupKind.FAMILY_NAME_SOUND);
		boolean similarGiven = soundsAlike && (similarity(probe.givenName(), candidate.givenName()) >= SIMILAR_GIVEN_NAME
				|| shares(wanted, found, LookupKind.GIVEN_NAME_SOUND, LookupKind.GIVEN_NAME_SOUND));
		if (!reasons.contains(Reason.SAME_NAME) && (nameSimilarity >= SIMILAR_NAME || similarGiven)) {
			reasons.add(Reason.SIMILAR_NAME);
		}
		boolean pointsAtOne = reasons.contains(Reason.SAME_PHONE) || reasons.contains(Reason.SAME_EMAIL)
				|| reasons.contains(Reason.SAME_NAME) || reasons.contains(Reason.ALIAS);
		boolean soundsAndAgrees = soundsAlike && (reasons.contains(Reason.SAME_DATE_OF_BIRTH)
				|| reasons.contains(Reason.SAME_POSTCODE) || reasons.contains(Reason.SIMILAR_NAME));
		if (!pointsAtOne && !soundsAndAgrees) {
			return null;
		}
		double score = reasons.stream().mapToDouble(WEIGHTS::get).sum() + nameSimilarity;
		return new Match(id, List.copyOf(reasons), score);
	}

	/** Jaro-Winkler similarity of the normalised names, 0 when either is missing. */
	static double similarity(String one, String other) {
		String left = PersonKeys.name(one).orElse(null);
		String right = PersonKeys.name(other).orElse(null);
		return left == null || right == null ? 0 : JARO_WINKLER.apply(left, right);
	}

	private static boolean shares(Map<LookupKind, Set<String>> wanted, Map<LookupKind, Set<String>> found,
			LookupKind wantedKind, LookupKind foundKind) {
		return !Collections.disjoint(wanted.getOrDefault(wantedKind, Set.of()), found.getOrDefault(foundKind, Set.of()));
	}

}
