// Charts and the ward map of an indicator page, drawn from the tables that follow them, so the page says the same
// without JavaScript. Chart.js (UMD build, loaded before this module) and Leaflet come from WebJars; the map draws
// ward boundaries from this server, with no tile server.
import * as L from '/webjars/leaflet/dist/leaflet-src.esm.js';

// A month without data is a gap in the line, never a zero.
const countOrGap = (value) => (value === undefined || value === '' ? null : Number(value));

const BLUE = '#1d70b8';
const GREY = '#505a5f';
const RED = '#d4351c';
const BANDS = ['#f3f2f1', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

function rows(tableId) {
  const table = document.getElementById(tableId);
  return table ? Array.from(table.querySelectorAll('tbody tr')).map((row) => row.dataset) : [];
}

function show(canvas) {
  canvas.parentElement.hidden = false;
  return canvas;
}

const rolling = rows('rolling-table');
const rollingCanvas = document.getElementById('rolling-chart');
if (window.Chart && rollingCanvas && rolling.length) {
  new window.Chart(show(rollingCanvas), {
    type: 'line',
    data: {
      labels: rolling.map((row) => row.label),
      datasets: [
        { label: 'Last 12 months', data: rolling.map((row) => countOrGap(row.this)), spanGaps: false, borderColor: BLUE, backgroundColor: BLUE },
        { label: '12 months before', data: rolling.map((row) => countOrGap(row.last)), spanGaps: false, borderColor: GREY, backgroundColor: GREY, borderDash: [6, 4] },
      ],
    },
    options: { animation: false, scales: { y: { beginAtZero: true } } },
  });
}

const spc = rows('spc-table');
const spcCanvas = document.getElementById('spc-chart');
if (window.Chart && spcCanvas && spc.length) {
  new window.Chart(show(spcCanvas), {
    type: 'line',
    data: {
      labels: spc.map((row) => row.label),
      datasets: [
        {
          label: 'Value',
          data: spc.map((row) => Number(row.value)),
          borderColor: BLUE,
          pointBackgroundColor: spc.map((row) => (row.signal === 'true' ? RED : BLUE)),
          pointRadius: spc.map((row) => (row.signal === 'true' ? 5 : 3)),
        },
        { label: 'Mean', data: spc.map((row) => Number(row.mean)), borderColor: GREY, pointRadius: 0 },
        { label: 'Upper limit', data: spc.map((row) => Number(row.upper)), borderColor: GREY, borderDash: [6, 4], pointRadius: 0 },
        { label: 'Lower limit', data: spc.map((row) => Number(row.lower)), borderColor: GREY, borderDash: [6, 4], pointRadius: 0 },
      ],
    },
    options: { animation: false },
  });
}

const mapContainer = document.getElementById('ward-map');
const wards = rows('ward-table');
if (mapContainer && wards.length) {
  const byCode = new Map(wards.map((ward) => [ward.code, ward]));
  fetch(mapContainer.dataset.wards)
    .then((response) => response.json())
    .then((boundaries) => {
      mapContainer.hidden = false;
      const map = L.map(mapContainer, { attributionControl: true, scrollWheelZoom: false });
      const layer = L.geoJSON(boundaries, {
        style: (feature) => {
          const ward = byCode.get(feature.properties.code);
          return { color: '#0b0c0c', weight: 1, fillOpacity: 0.8, fillColor: BANDS[ward ? Number(ward.band) : 0] };
        },
        onEachFeature: (feature, shape) => {
          const ward = byCode.get(feature.properties.code);
          shape.bindTooltip(feature.properties.name + (ward ? ': ' + ward.rate + ' per 1,000' : ''));
        },
      }).addTo(map);
      map.attributionControl.addAttribution(boundaries.attribution || '');
      map.fitBounds(layer.getBounds());
    })
    .catch(() => { mapContainer.hidden = true; });
}
