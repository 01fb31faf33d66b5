// Upcoming outreach events (/events) with filters, each session with its places left and a link
// to register, and an iCalendar subscription of the filtered list (and of each event). Data is
// written as text only.
import { dateTime, el, label, language, local, t } from './i18n.js';
import { api } from './api.js';
import { pagedList } from './paged.js';
import { setUpPage } from './page.js';

const TEXT = {
  zh: {
    any: '全部',
    loading: '正在加载…',
    none: '没有符合条件的活动。',
    found: (n, more) => `${n}${more ? '+' : ''} 项活动`,
    places: (n) => `余 ${n} 位`,
    register: '报名',
    calendar: '加入日历（.ics）',
    online: '线上',
    cancelled: '已取消',
  },
  en: {
    any: 'Any',
    loading: 'Loading…',
    none: 'No event matches.',
    found: (n, more) => `${n}${more ? '+' : ''} events`,
    places: (n) => `${n} places left`,
    register: 'Register',
    calendar: 'Add to calendar (.ics)',
    online: 'Online',
    cancelled: 'Cancelled',
  },
};

const FILTERS = ['q', 'kind', 'target', 'from', 'to'];
const $ = (id) => document.getElementById(id);

async function setUpFilters(params) {
  const answer = await api('/api/events/vocabularies');
  const vocab = answer.ok ? answer.body : {};
  const form = $('event-filters');
  for (const name of ['kind', 'target']) {
    const select = form.elements[name];
    select.replaceChildren(el('option', { value: '', text: t(TEXT, 'any') }));
    for (const entry of vocab[name] || []) {
      select.append(el('option', { value: entry.code, text: local(entry) }));
    }
    select.value = params.get(name) || '';
  }
  for (const name of ['q', 'from', 'to']) {
    form.elements[name].value = params.get(name) || '';
  }
}

function filters() {
  const form = $('event-filters');
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) {
      params.set(name, value);
    }
  }
  return params;
}

function subscription(params) {
  const path = '/api/events.ics' + (params.toString() ? '?' + params : '');
  $('ics-link').href = path;
  $('webcal-link').href = 'webcal://' + window.location.host + path;
}

function eventCard(event) {
  const venue = event.venue || {};
  const where = venue.type === 'ONLINE' ? t(TEXT, 'online') : local(venue.name) || local(venue.address);
  const sessions = el('ul', { class: 'sessions' });
  for (const session of event.sessions || []) {
    const item = el('li', {}, el('span', { text: `${dateTime(session.start)} · ` }));
    if (session.status === 'SCHEDULED') {
      item.append(
        el('span', { text: t(TEXT, 'places')(session.available) + ' ' }),
        el('a', {
          href: `/account?event=${event.id}&session=${session.id}`,
          text: t(TEXT, 'register'),
          'aria-label': `${t(TEXT, 'register')}: ${label(event)}, ${dateTime(session.start)}`,
        })
      );
    } else {
      item.append(el('span', { text: t(TEXT, 'cancelled') }));
    }
    sessions.append(item);
  }
  return el(
    'li',
    { class: 'card event', 'data-id': event.id },
    el('h3', { text: label(event) }),
    el('p', { class: 'muted', text: [where, event.organizer].filter(Boolean).join(' · ') }),
    event.description ? el('p', { text: local(event.description) }) : null,
    sessions,
    el('a', { href: `/api/events/${event.id}.ics`, text: t(TEXT, 'calendar') })
  );
}

let events = null;

async function find(more) {
  const params = filters();
  subscription(params);
  if (!more) {
    window.history.replaceState(null, '', '/events' + (params.toString() ? '?' + params : ''));
  }
  params.set('limit', '20');
  await events.load('/api/events', params, more);
}

window.addEventListener('DOMContentLoaded', async () => {
  events = pagedList({
    list: $('event-list'),
    status: $('events-status'),
    more: $('more-events'),
    card: eventCard,
    words: () => TEXT[language()],
  });
  await setUpPage(async () => {
    await setUpFilters(new URLSearchParams(window.location.search));
    await find(false);
  });
  await setUpFilters(new URLSearchParams(window.location.search));
  const form = $('event-filters');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    find(false);
  });
  $('more-events').addEventListener('click', () => find(true));
  await find(false);
});
