package org.safercommunities.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In-memory point-in-area index: an STRtree of prepared ward and borough geometries, and the LSOA look-up as a
 * hash map. Built from the database on first use and rebuilt after the loaders change the tables. Safe for
 * concurrent readers: each build is an immutable snapshot.
 */
@Component
class AreaIndex {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private volatile Snapshot snapshot;

	AreaIndex(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		// Built on its own connection: a caller's connection may be busy (an import streaming COPY rows).
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownTransaction.setReadOnly(true);
	}

	Optional<Located> wardAt(double lon, double lat) {
		return snapshot().wards.find(lon, lat);
	}

	Optional<Located> boroughAt(double lon, double lat) {
		return snapshot().boroughs.find(lon, lat);
	}

	Optional<Lsoa> lsoa(String code) {
		return Optional.ofNullable(snapshot().lsoas.get(code));
	}

	/** Builds the index now, if it is not built yet. */
	void prepare() {
		snapshot();
	}

	void reset() {
		snapshot = null;
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null) {
			synchronized (this) {
				current = snapshot;
				if (current == null) {
					current = ownTransaction.execute(status -> build());
					snapshot = current;
				}
			}
		}
		return current;
	}

	private Snapshot build() {
		AreaTree wards = new AreaTree(jdbc.sql("""
				select code, name, borough_code, boundary_geojson from ward where boundary_geojson is not null""")
			.query((rs, row) -> new Shape(new Area(rs.getString(1), rs.getString(2)), rs.getString(3), rs.getString(4)))
			.list());
		AreaTree boroughs = new AreaTree(jdbc.sql("""
				select code, name, code, boundary_geojson from borough where boundary_geojson is not null""")
			.query((rs, row) -> new Shape(new Area(rs.getString(1), rs.getString(2)), rs.getString(3), rs.getString(4)))
			.list());
		Map<String, Lsoa> lsoas = new HashMap<>();
		jdbc.sql("""
				select code, name, ward_code, ward_name, borough_code, borough_name, centroid_lat, centroid_lon
				from lsoa""")
			.query((rs, row) -> new Lsoa(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), (Double) rs.getObject(7, Double.class),
					(Double) rs.getObject(8, Double.class)))
			.list()
			.forEach(lsoa -> lsoas.put(lsoa.code(), lsoa));
		return new Snapshot(wards, boroughs, Map.copyOf(lsoas));
	}

	/** An area found by point, with the borough it belongs to. */
	record Located(Area area, String boroughCode) {
	}

	private record Shape(Area area, String boroughCode, String geojson) {
	}

	private record Entry(Located located, PreparedGeometry geometry) {
	}

	private record Snapshot(AreaTree wards, AreaTree boroughs, Map<String, Lsoa> lsoas) {
	}

	/** An STRtree over prepared geometries: the envelope test narrows, the prepared geometry decides. */
	private static final class AreaTree {

		private final STRtree tree = new STRtree();

		private final boolean empty;

		AreaTree(List<Shape> shapes) {
			List<Entry> entries = new ArrayList<>();
			for (Shape shape : shapes) {
				var geometry = GeoJson.read(shape.geojson());
				Entry entry = new Entry(new Located(shape.area(), shape.boroughCode()),
						PreparedGeometryFactory.prepare(geometry));
				tree.insert(geometry.getEnvelopeInternal(), entry);
				entries.add(entry);
			}
			empty = entries.isEmpty();
			tree.build();
		}

		Optional<Located> find(double lon, double lat) {
			if (empty) {
				return Optional.empty();
			}
			Point point = GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
			@SuppressWarnings("unchecked")
			List<Entry> candidates = tree.query(new Envelope(lon, lon, lat, lat));
			Entry best = null;
			for (Entry candidate : candidates) {
				// A point on a shared boundary touches both areas: take the lowest code, so the answer is stable.
				if (candidate.geometry().intersects(point)
						&& (best == null || candidate.located().area().code().compareTo(best.located().area().code()) < 0)) {
					best = candidate;
				}
			}
			return Optional.ofNullable(best).map(Entry::located);
		}

	}

}
