package org.safercommunities.cases;

import java.util.List;

import org.safercommunities.crypto.BlindIndex;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.crypto.Pseudonyms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cases' place keys (the postcode in the place), rebuilt from the encrypted place description. */
@Component
class CasePlaceIndex implements BlindIndex {

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	CasePlaceIndex(JdbcClient jdbc, FieldEncryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
	}

	@Override
	public String indexName() {
		return "case-places";
	}

	@Override
	public long rebuild(Pseudonyms hashes) {
		record Place(long id, String description) {
		}
		List<Place> places = jdbc.sql("select id, place_description from case_file where place_description is not null")
			.query((rs, n) -> new Place(rs.getLong(1), rs.getString(2)))
			.list();
		for (Place place : places) {
			jdbc.sql("update case_file set place_key = ? where id = ?")
				.params(RepeatPlaces.keyOf(encryption.decrypt(place.description()), hashes), place.id())
				.update();
		}
		return places.size();
	}

}
