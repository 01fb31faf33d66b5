// The reading-room register on a map (Leaflet, tiles from the configured server) and as a list,
// with "open now", "near me" and "where can I read 《…》" (holdings). Without tiles the markers and
// the list still show; without a location the list still lists. Data is written as text.
import { el, local, t } from './i18n.js';
import { api } from './api.js';
import { setUpPage } from './page.js';
import { tiles } from './session.js';

const TEXT = {
  zh: {
    loading: '正在查找…',
    found: (n, more) => `找到 ${n}${more ? '+' : ''} 间阅览室。`,
    none: '没有符合条件的阅览室。',
    seats: (n) => `${n} 座`,
    km: (d) => `距您 ${d.toFixed(1)} 公里`,
    reserve: '预约座位',
    noLocation: '无法获取您的位置：',
    noMap: '地图不可用，请看下方列表。',
  },
  en: {
    loading: 'Looking…',
    found: (n, more) => `${n}${more ? '+' : ''} reading rooms found.`,
    none: 'No reading room matches.',
    seats: (n) => `${n} seats`,
    km: (d) => `${d.toFixed(1)} km from you`,
    reserve: 'Reserve a seat',
    noLocation: 'Your location is not available: ',
    noMap: 'The map is not available; see the list below.',
  },
};

const SICHUAN = [30.6, 103.9];
const $ = (id) => document.getElementById(id);
let map = null;
let markers = null;
let near = null;
let next = null;
let shown = [];

async function setUpMap() {
  if (!window.L) {
    $('rooms-status').textContent = t(TEXT, 'noMap');
    return;
  }
  map = window.L.map('map', { scrollWheelZoom: false }).setView(SICHUAN, 6);
  const server = await tiles();
  const layer = window.L.tileLayer(server.url, { attribution: server.attribution, maxZoom: 18 });
  let failed = 0;
  layer.on('tileerror', () => {
    failed += 1;
    $('tiles-notice').hidden = failed === 0;
  });
  layer.addTo(map);
  markers = window.L.layerGroup().addTo(map);
}

function query(cursor) {
  const form = $('room-filters');
  const params = new URLSearchParams({ limit: '100' });
  const q = form.elements.q.value.trim();
  const holding = form.elements.holding.value.trim();
  if (q) params.set('q', q);
  if (holding) params.set('holding', holding);
  if (form.elements.openNow.checked) params.set('openNow', 'true');
  if (near) {
    params.set('near', `${near.lat},${near.lon}`);
    params.set('radiusKm', '50');
  }
  if (cursor) params.set('cursor', cursor);
  return '/api/reading-rooms?' + params;
}

function card(room) {
  const lines = [
    el('h3', {}, el('span', { text: local(room.name) })),
    el('p', { text: `${local(room.address)} · ${t(TEXT, 'seats')(room.seats)}` }),
  ];
  if (room.distanceKm != null) {
    lines.push(el('p', { text: t(TEXT, 'km')(room.distanceKm) }));
  }
  lines.push(
    el('a', {
      href: '/account?room=' + encodeURIComponent(room.code),
      text: t(TEXT, 'reserve'),
    })
  );
  return lines;
}

function mark(room) {
  if (!markers || !room.location) {
    return;
  }
  const name = local(room.name);
  const marker = window.L.marker([room.location.lat, room.location.lon], { title: name, alt: name });
  marker.bindPopup(el('div', { class: 'popup' }, ...card(room)));
  markers.addLayer(marker);
}

async function find(more) {
  const status = $('rooms-status');
  const list = $('room-list');
  status.textContent = t(TEXT, 'loading');
  list.setAttribute('aria-busy', 'true');
  const answer = await api(query(more ? next : null));
  list.removeAttribute('aria-busy');
  if (!answer.ok) {
    status.textContent = answer.message;
    return;
  }
  if (!more) {
    shown = [];
    list.replaceChildren();
    if (markers) markers.clearLayers();
  }
  next = answer.body.next;
  shown.push(...answer.body.items);
  for (const room of answer.body.items) {
    list.append(el('li', { class: 'card room', 'data-code': room.code }, ...card(room)));
    mark(room);
  }
  $('more-rooms').hidden = !next;
  status.textContent = shown.length ? t(TEXT, 'found')(shown.length, !!next) : t(TEXT, 'none');
  const located = shown.filter((room) => room.location);
  if (map && located.length > 0 && !more) {
    map.fitBounds(
      located.map((room) => [room.location.lat, room.location.lon]),
      { maxZoom: 13, padding: [20, 20] }
    );
  }
}

function locate() {
  if (!navigator.geolocation) {
    $('rooms-status').textContent = t(TEXT, 'noLocation');
    return;
  }
  navigator.geolocation.getCurrentPosition(
    (position) => {
      near = { lat: position.coords.latitude, lon: position.coords.longitude };
      find(false);
    },
    (error) => {
      $('rooms-status').textContent = t(TEXT, 'noLocation') + error.message;
    },
    { timeout: 10000 }
  );
}

window.addEventListener('DOMContentLoaded', async () => {
  await setUpPage(() => find(false));
  const params = new URLSearchParams(window.location.search);
  const form = $('room-filters');
  form.elements.q.value = params.get('q') || '';
  form.elements.holding.value = params.get('holding') || '';
  form.elements.openNow.checked = params.get('openNow') === 'true';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    near = null;
    find(false);
  });
  $('near-me').addEventListener('click', locate);
  $('more-rooms').addEventListener('click', () => find(true));
  await setUpMap();
  await find(false);
});
