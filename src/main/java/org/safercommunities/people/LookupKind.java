package org.safercommunities.people;

/** What a blind-index digest in {@code person_lookup} stands for; part of the hashed value, so kinds never collide. */
enum LookupKind {

	FULL_NAME, ALIAS, FAMILY_NAME_SOUND, GIVEN_NAME_SOUND, PHONE, EMAIL, POSTCODE, DATE_OF_BIRTH

}
