package org.safercommunities.people;

import java.util.List;

/**
 * Implemented by every module that holds records naming a person (cases, referrals, ...), so subject access,
 * erasure and retention can find everything held about a person through this module alone.
 */
public interface PersonalDataHolder {

	/** The records this module holds that name the person, e.g. each case they are a party to. */
	List<HeldRecord> recordsAbout(long personId);

	/** One record naming the person: its kind, id and a short description without personal data. */
	record HeldRecord(String module, String recordType, long recordId, String description) {
	}

}
