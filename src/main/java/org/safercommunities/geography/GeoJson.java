package org.safercommunities.geography;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The little of GeoJSON (RFC 7946) that boundary files need: Polygon and MultiPolygon geometries in WGS84
 * longitude/latitude, read into JTS and written back. jts-io's GeoJSON reader is not on the class path, and
 * this is all we use of it.
 */
final class GeoJson {

	static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private GeoJson() {
	}

	static Geometry read(String geometryJson) {
		return read(JsonMapper.shared().readTree(geometryJson));
	}

	/** A GeoJSON geometry object as JTS; Polygon and MultiPolygon only. */
	static Geometry read(JsonNode geometry) {
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		return switch (type) {
			case "Polygon" -> polygon(coordinates);
			case "MultiPolygon" -> {
				List<Polygon> polygons = new ArrayList<>();
				for (JsonNode polygon : coordinates) {
					polygons.add(polygon(polygon));
				}
				yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
			}
			default -> throw new IllegalArgumentException("Unsupported GeoJSON geometry type: " + type);
		};
	}

	/** Several geometries of one area (a ward split over several features) as one MultiPolygon. */
	static Geometry combine(List<Geometry> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		List<Polygon> polygons = new ArrayList<>();
		for (Geometry part : parts) {
			for (int i = 0; i < part.getNumGeometries(); i++) {
				polygons.add((Polygon) part.getGeometryN(i));
			}
		}
		return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
	}

	static String write(Geometry geometry) {
		StringBuilder json = new StringBuilder(geometry.getNumPoints() * 24 + 64);
		if (geometry instanceof Polygon polygon) {
			json.append("{\"type\":\"Polygon\",\"coordinates\":");
			appendPolygon(json, polygon);
		}
		else if (geometry instanceof MultiPolygon multi) {
			json.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
			for (int i = 0; i < multi.getNumGeometries(); i++) {
				if (i > 0) {
					json.append(',');
				}
				appendPolygon(json, (Polygon) multi.getGeometryN(i));
			}
			json.append(']');
		}
		else {
			throw new IllegalArgumentException("Unsupported geometry: " + geometry.getGeometryType());
		}
		return json.append('}').toString();
	}

	private static Polygon polygon(JsonNode rings) {
		LinearRing shell = null;
		List<LinearRing> holes = new ArrayList<>();
		for (JsonNode ring : rings) {
			LinearRing linearRing = FACTORY.createLinearRing(coordinates(ring));
			if (shell == null) {
				shell = linearRing;
			}
			else {
				holes.add(linearRing);
			}
		}
		if (shell == null) {
			throw new IllegalArgumentException("Polygon without rings");
		}
		return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
	}

	private static Coordinate[] coordinates(JsonNode ring) {
		Coordinate[] coordinates = new Coordinate[ring.size()];
		for (int i = 0; i < ring.size(); i++) {
			coordinates[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
		}
		return coordinates;
	}

	private static void appendPolygon(StringBuilder json, Polygon polygon) {
		json.append('[');
		appendRing(json, polygon.getExteriorRing().getCoordinates());
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			json.append(',');
			appendRing(json, polygon.getInteriorRingN(i).getCoordinates());
		}
		json.append(']');
	}

	private static void appendRing(StringBuilder json, Coordinate[] coordinates) {
		json.append('[');
		for (int i = 0; i < coordinates.length; i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append('[').append(coordinates[i].x).append(',').append(coordinates[i].y).append(']');
		}
		json.append(']');
	}

}
