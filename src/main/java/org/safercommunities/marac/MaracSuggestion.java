package org.safercommunities.marac;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.cases.CaseFile;
import org.safercommunities.cases.CasePageSuggestions;
import org.safercommunities.cases.RiskLevel;
import org.safercommunities.shared.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * "Refer to the CS MARAC" on the case page of an open case with a repeat victim or a high risk (seed 003
 * recommendation g), with those criteria ticked, unless the reader's organisation already reaches an open referral of
 * the case. A referral it does not reach counts as none, so an organisation on the perpetrator's side sees the same
 * page whether or not the case was referred.
 */
@Component
class MaracSuggestion implements CasePageSuggestions {

	private final MaracReferrals referrals;

	MaracSuggestion(MaracReferrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public Optional<Suggestion> suggest(CaseFile file, Facts facts) {
		Set<Criterion> met = EnumSet.noneOf(Criterion.class);
		if (facts.repeatVictim()) {
			met.add(Criterion.REPEAT_VICTIM);
		}
		if (facts.risk() == RiskLevel.HIGH) {
			met.add(Criterion.HIGH_RISK);
		}
		if (met.isEmpty() || file.isClosed()
				|| referrals.openReferralReached(file.getId(), CurrentActor.require().organisationId())) {
			return Optional.empty();
		}
		String ticked = met.stream().map(criterion -> "criteria=" + criterion.name()).collect(Collectors.joining("&"));
		return Optional.of(new Suggestion("marac-suggestion", "/staff/cases/" + file.getId() + "/marac-referral?" + ticked,
				"marac.suggest.link", "marac.suggest.hint"));
	}

}
