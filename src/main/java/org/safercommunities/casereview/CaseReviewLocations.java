package org.safercommunities.casereview;

import org.safercommunities.crypto.BlindIndex;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.crypto.Pseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places applications are about, as a blind index ({@code location_key}) to match applications about one place;
 * rebuilt under a new key by {@code rekey-hashes}. Also moves application places written before V45_2 (in the clear, with a readable match key) to the encrypted column
 * and the keyed blind index. Runs at every start and finds nothing once done; safe on several instances at once.
 */
@Component
class CaseReviewLocations implements BlindIndex {

	private static final Logger log = LoggerFactory.getLogger(CaseReviewLocations.class);

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final CaseReviewApplications applications;

	CaseReviewLocations(JdbcClient jdbc, FieldEncryption encryption, CaseReviewApplications applications) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.applications = applications;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void encryptPlacesKeptInTheClear() {
		record Legacy(long id, String location) {
		}
		var legacy = jdbc.sql("select id, location from casereview_application where location is not null for update")
			.query((rs, n) -> new Legacy(rs.getLong(1), rs.getString(2)))
			.list();
		for (Legacy row : legacy) {
			jdbc.sql("update casereview_application set location_encrypted = ?, location_key = ?, location = null where id = ?")
				.params(encryption.encrypt(row.location()), applications.locationKey(row.location()), row.id())
				.update();
		}
		if (!legacy.isEmpty()) {
			log.info("Encrypted the place of {} Case Review applications kept in the clear", legacy.size());
		}
	}

	@Override
	public String indexName() {
		return "casereview-places";
	}

	@Override
	public long rebuild(Pseudonyms hashes) {
		record Place(long id, String encrypted) {
		}
		var places = jdbc.sql("select id, location_encrypted from casereview_application where location_encrypted is not null")
			.query((rs, n) -> new Place(rs.getLong(1), rs.getString(2)))
			.list();
		for (Place place : places) {
			jdbc.sql("update casereview_application set location_key = ? where id = ?")
				.params(CaseReviewApplications.locationKey(encryption.decrypt(place.encrypted()), hashes), place.id())
				.update();
		}
		return places.size();
	}

}
