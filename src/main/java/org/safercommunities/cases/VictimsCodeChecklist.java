package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Victims' Code checklist of a case (Code of Practice for Victims of Crime in England and Wales, 2020): the
 * victim told of their rights, their needs assessed, referred to support, kept up to date, and offered
 * Restorative Justice. Each item is the day it was done, or null while not yet. Pure value.
 *
 * @param referredTo who the victim was referred to (a service's name)
 * @param updatesGiven the days the victim was given an update, earliest first
 */
record VictimsCodeChecklist(LocalDate informedOn, LocalDate needsAssessedOn, LocalDate referredOn, String referredTo,
		List<LocalDate> updatesGiven, LocalDate rjOfferedOn, RestorativeJusticeAnswer rjAnswer) {

	VictimsCodeChecklist {
		updatesGiven = updatesGiven.stream().distinct().sorted().toList();
	}

	static VictimsCodeChecklist empty() {
		return new VictimsCodeChecklist(null, null, null, null, List.of(), null, null);
	}

	/** One item of the checklist. Words: {@code cases.victims-code.item.<name>}. */
	enum Item {

		INFORMED_OF_RIGHTS, NEEDS_ASSESSED, REFERRED_TO_SUPPORT, UPDATE_GIVEN, RJ_OFFERED, RJ_ANSWER;

		String messageKey() {
			return "cases.victims-code.item." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/** What changed from {@code before} to this, item by item, for the timeline (one entry each). */
	List<Item> changesFrom(VictimsCodeChecklist before) {
		List<Item> changed = new ArrayList<>();
		if (!java.util.Objects.equals(informedOn, before.informedOn)) {
			changed.add(Item.INFORMED_OF_RIGHTS);
		}
		if (!java.util.Objects.equals(needsAssessedOn, before.needsAssessedOn)) {
			changed.add(Item.NEEDS_ASSESSED);
		}
		if (!java.util.Objects.equals(referredOn, before.referredOn)
				|| !java.util.Objects.equals(referredTo, before.referredTo)) {
			changed.add(Item.REFERRED_TO_SUPPORT);
		}
		if (!updatesGiven.equals(before.updatesGiven)) {
			changed.add(Item.UPDATE_GIVEN);
		}
		if (!java.util.Objects.equals(rjOfferedOn, before.rjOfferedOn)) {
			changed.add(Item.RJ_OFFERED);
		}
		if (rjAnswer != before.rjAnswer) {
			changed.add(Item.RJ_ANSWER);
		}
		return changed;
	}

	/** How many of the five duties are met, for the case page's "3 of 5". */
	int done() {
		int done = 0;
		done += informedOn != null ? 1 : 0;
		done += needsAssessedOn != null ? 1 : 0;
		done += referredOn != null ? 1 : 0;
		done += updatesGiven.isEmpty() ? 0 : 1;
		done += rjOfferedOn != null ? 1 : 0;
		return done;
	}

}
