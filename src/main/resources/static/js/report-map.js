// The optional map on the "where" question. Draws the ward boundaries (no tile server needed), lets the person
// click the place, stores the point in the hidden inputs and picks the ward it falls in. Without JavaScript
// the map group stays hidden and the text and ward list are all that is asked.
import * as L from '/webjars/leaflet/dist/leaflet-src.esm.js';

const group = document.getElementById('map-group');
const container = document.getElementById('map');
const latitude = document.getElementById('latitude');
const longitude = document.getElementById('longitude');
const wardSelect = document.getElementById('wardCode');

function insideRing(point, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > point[1]) !== (yj > point[1]) && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function wardAt(features, lng, lat) {
  for (const feature of features) {
    const geometry = feature.geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    if (polygons.some((polygon) => insideRing([lng, lat], polygon[0]))) {
      return feature.properties;
    }
  }
  return null;
}

if (group && container) {
  fetch(container.dataset.wards)
    .then((response) => response.json())
    .then((wards) => {
      group.hidden = false;
      const map = L.map(container, { attributionControl: true });
      const layer = L.geoJSON(wards, { style: { color: '#1d70b8', weight: 1, fillOpacity: 0.05 } }).addTo(map);
      map.attributionControl.addAttribution('Contains OS data © Crown copyright and database right');
      map.fitBounds(layer.getBounds());
      let marker = null;
      const place = (lat, lng) => {
        if (marker) {
          marker.setLatLng([lat, lng]);
        } else {
          marker = L.circleMarker([lat, lng], { radius: 8, color: '#d4351c' }).addTo(map);
        }
      };
      if (latitude.value && longitude.value) {
        place(Number(latitude.value), Number(longitude.value));
      }
      map.on('click', (event) => {
        latitude.value = event.latlng.lat.toFixed(5);
        longitude.value = event.latlng.lng.toFixed(5);
        place(event.latlng.lat, event.latlng.lng);
        const ward = wardAt(wards.features, event.latlng.lng, event.latlng.lat);
        if (ward && wardSelect) {
          const code = ward.ONSWardCode || ward.code;
          if ([...wardSelect.options].some((option) => option.value === code)) {
            wardSelect.value = code;
          }
        }
      });
    })
    .catch(() => {
      group.hidden = true;
    });
}
