// The directory map: ward boundaries (no tile server needed) and a marker for each listed place that has a map
// point, each linking to its page. Without JavaScript the map stays hidden and the list below is the page.
import * as L from '/webjars/leaflet/dist/leaflet-src.esm.js';

const group = document.getElementById('directory-map-group');
const container = document.getElementById('directory-map');

const colours = { 'reporting-centre': '#1d70b8', support: '#00703c', 'safe-place': '#d4351c', hub: '#4c2c92' };

if (group && container) {
  Promise.all([
    fetch(container.dataset.wards).then((response) => response.json()),
    fetch(container.dataset.entries).then((response) => response.json()),
  ])
    .then(([wards, entries]) => {
      group.hidden = false;
      const map = L.map(container, { attributionControl: true });
      if (container.dataset.tiles) { // optional (safer.maps.tiles-url); without it the boundaries stand alone
        L.tileLayer(container.dataset.tiles, { attribution: container.dataset.tilesAttribution || '' }).addTo(map);
      }
      const boundaries = L.geoJSON(wards, { style: { color: '#505a5f', weight: 1, fillOpacity: 0.03 } }).addTo(map);
      map.attributionControl.addAttribution('Contains OS data © Crown copyright and database right');
      map.fitBounds(boundaries.getBounds());
      L.geoJSON(entries, {
        pointToLayer: (feature, latlng) => L.circleMarker(latlng, {
          radius: 8, weight: 2, color: '#0b0c0c', fillColor: colours[feature.properties.type] || '#1d70b8', fillOpacity: 0.9,
        }),
        onEachFeature: (feature, layer) => {
          const link = document.createElement('a');
          link.href = feature.properties.path;
          link.className = 'govuk-link';
          link.textContent = feature.properties.name;
          layer.bindPopup(link);
          layer.bindTooltip(feature.properties.name);
        },
      }).addTo(map);
    })
    .catch(() => {
      group.hidden = true;
    });
}
