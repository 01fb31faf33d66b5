// The console's views for event organizers: their institution's events and sessions, a session's
// attendees with check-in by code and head counts, and the institution's figures by month as a
// chart. The events service decides every call again (organizers act on their own institution).
import { dateTime, el, label, local, t } from './i18n.js';
import { api } from './api.js';
import { barChart } from './chart.js';
import {
  console$,
  loading,
  problem,
  say,
  sayAfterNavigation,
  show,
  showFieldErrors,
  table,
} from './console-kit.js';

const TEXT = {
  zh: {
    none: '没有记录。',
    drafts: '草稿',
    upcoming: '即将举行',
    attendees: '报名名单',
    registrant: '报名人',
    party: '人数',
    status: '状态',
    position: '候补位次',
    checkedIn: '到场',
    code: '签到码',
    people: '到场人数',
    checkIn: '签到',
    checkedInDone: (n) => `已签到 ${n} 人。`,
    headCounts: '人次统计',
    audience: '对象',
    channel: '渠道',
    save: '保存',
    saved: '已保存。',
    stats: '本单位各月活动统计',
    month: '月份',
    registrations: '报名',
    checkIns: '签到',
    reached: '覆盖人次',
    rstatus: { CONFIRMED: '已确认', WAITLISTED: '候补', CANCELLED: '已取消' },
    publish: '发布',
    published: '已发布。',
    created: '已创建草稿，发布后公众可见。',
    newEvent: '新建活动',
    fields: {
      'title.zh': '活动名称', 'description.zh': '介绍', target: '走进', kind: '形式',
      'venue.type': '场地类型', 'venue.code': '场馆编号（方志馆或阅览室）', 'venue.url': '线上地址',
      'sessions[0].start': '开始', 'sessions[0].end': '结束', 'sessions[0].capacity': '名额',
    },
    venueTypes: { MUSEUM: '方志馆', READING_ROOM: '阅览室', ONLINE: '线上' },
    create: '创建',
  },
  en: {
    none: 'Nothing here.',
    drafts: 'Drafts',
    upcoming: 'Upcoming',
    attendees: 'Attendees',
    registrant: 'Registrant',
    party: 'Party',
    status: 'Status',
    position: 'Waitlist',
    checkedIn: 'Came',
    code: 'Check-in code',
    people: 'People who came',
    checkIn: 'Check in',
    checkedInDone: (n) => `${n} checked in.`,
    headCounts: 'Head counts',
    audience: 'Audience',
    channel: 'Channel',
    save: 'Save',
    saved: 'Saved.',
    stats: "The institution's events by month",
    month: 'Month',
    registrations: 'Registrations',
    checkIns: 'Check-ins',
    reached: 'People reached',
    rstatus: { CONFIRMED: 'Confirmed', WAITLISTED: 'Waitlisted', CANCELLED: 'Cancelled' },
    publish: 'Publish',
    published: 'Published.',
    created: 'Created as a draft; the public sees it once published.',
    newEvent: 'New event',
    fields: {
      'title.zh': 'Title', 'description.zh': 'Description', target: 'Reaching', kind: 'Kind',
      'venue.type': 'Venue', 'venue.code': 'Museum or reading-room code', 'venue.url': 'Online address',
      'sessions[0].start': 'Starts', 'sessions[0].end': 'Ends', 'sessions[0].capacity': 'Places',
    },
    venueTypes: { MUSEUM: 'Museum', READING_ROOM: 'Reading room', ONLINE: 'Online' },
    create: 'Create',
  },
};


function publishButton(event) {
  return el('button', {
    type: 'button',
    text: t(TEXT, 'publish'),
    on: {
      click: async () => {
        const answer = await api(`/api/events/${event.id}/publish`, {
          method: 'POST',
          headers: { 'If-Match': `"${event.version}"` },
        });
        say(answer.ok ? t(TEXT, 'published') : answer.message);
        if (answer.ok) events();
      },
    },
  });
}

function eventList(events) {
  const list = el('ul', { class: 'cards' });
  for (const event of events) {
    list.append(
      el(
        'li',
        { class: 'card event', 'data-id': event.id, 'data-status': event.status },
        el('h3', { text: label(event) }),
        event.status === 'DRAFT' ? publishButton(event) : null,
        el(
          'ul',
          { class: 'sessions' },
          ...(event.sessions || []).map((session) =>
            el(
              'li',
              {},
              el('a', {
                href: `#/events/${event.id}/${session.id}`,
                text: `${dateTime(session.start)} · ${session.confirmed ?? 0}/${session.capacity}`,
              })
            )
          )
        )
      )
    );
  }
  if (!events.length) {
    list.append(el('li', { text: t(TEXT, 'none') }));
  }
  return list;
}

async function events() {
  loading();
  const organizer = encodeURIComponent(console$.user.institution);
  const [drafts, upcoming] = await Promise.all([
    api(`/api/events?organizer=${organizer}&status=DRAFT&limit=50`),
    api(`/api/events?organizer=${organizer}&limit=50`),
  ]);
  if (!drafts.ok || !upcoming.ok) {
    show(problem((drafts.ok ? upcoming : drafts).message));
    return;
  }
  show(
    el('h2', { text: t(TEXT, 'upcoming') }),
    eventList(upcoming.body.items),
    el('h2', { text: t(TEXT, 'drafts') }),
    eventList(drafts.body.items)
  );
}

async function session(id, sid) {
  loading();
  const base = `/api/events/${encodeURIComponent(id)}/sessions/${encodeURIComponent(sid)}`;
  const [event, attendees, counts, vocabularies] = await Promise.all([
    api(`/api/events/${encodeURIComponent(id)}`),
    api(`${base}/attendees?limit=100`),
    api(`${base}/head-counts`),
    api('/api/events/vocabularies'),
  ]);
  if (!event.ok || !attendees.ok) {
    show(problem((event.ok ? attendees : event).message));
    return;
  }
  const one = (event.body.sessions || []).find((s) => s.id === sid);
  const rows = attendees.body.items.map((a) => [
    a.registrant,
    a.party,
    t(TEXT, 'rstatus')[a.status] || a.status,
    a.position ?? '',
    a.checkedIn ?? '',
  ]);
  const code = el('input', { id: 'attendee-code', name: 'code', required: true, maxlength: 8, autocomplete: 'off' });
  const people = el('input', { id: 'attendee-people', name: 'people', type: 'number', min: 1, max: 5 });
  const checkIn = el(
    'form',
    { class: 'filters', id: 'attendee-check-in' },
    el('div', { class: 'field' }, el('label', { for: 'attendee-code', text: t(TEXT, 'code') }), code),
    el('div', { class: 'field' }, el('label', { for: 'attendee-people', text: t(TEXT, 'people') }), people),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: t(TEXT, 'checkIn') }))
  );
  checkIn.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { code: code.value.trim() };
    if (people.value) {
      body.people = Number(people.value);
    }
    const answer = await api(`${base}/check-in`, { method: 'POST', body });
    if (answer.ok) {
      await session(id, sid);
      say(t(TEXT, 'checkedInDone')(answer.body.checkedIn));
    } else {
      say(answer.message);
    }
  });
  show(
    el('h2', { text: `${label(event.body)} · ${one ? dateTime(one.start) : ''}` }),
    checkIn,
    el('h3', { text: t(TEXT, 'attendees') }),
    table(
      [t(TEXT, 'registrant'), t(TEXT, 'party'), t(TEXT, 'status'), t(TEXT, 'position'), t(TEXT, 'checkedIn')],
      rows,
      { id: 'attendees' }
    ),
    headCountForm(base, counts.ok ? counts.body.counts : [], vocabularies.ok ? vocabularies.body : {})
  );
}

function headCountForm(base, counts, vocab) {
  const form = el('form', { class: 'stack', id: 'head-counts' });
  const rows = el('div', {});
  const addRow = (count, i) => {
    const audience = el('select', { id: `hc-audience-${i}`, name: 'audience' });
    const channel = el('select', { id: `hc-channel-${i}`, name: 'channel' });
    for (const entry of vocab.audience || []) audience.append(el('option', { value: entry.code, text: local(entry) }));
    for (const entry of vocab.channel || []) channel.append(el('option', { value: entry.code, text: local(entry) }));
    const people = el('input', { id: `hc-people-${i}`, name: 'people', type: 'number', min: 0, value: count ? count.people : '' });
    if (count) {
      audience.value = count.audience;
      channel.value = count.channel;
    }
    rows.append(
      el(
        'div',
        { class: 'filters head-count' },
        el('div', { class: 'field' }, el('label', { for: audience.id, text: t(TEXT, 'audience') }), audience),
        el('div', { class: 'field' }, el('label', { for: channel.id, text: t(TEXT, 'channel') }), channel),
        el('div', { class: 'field' }, el('label', { for: people.id, text: t(TEXT, 'people') }), people)
      )
    );
  };
  counts.forEach(addRow);
  addRow(null, counts.length); // one more, for a new line
  form.append(el('h3', { text: t(TEXT, 'headCounts') }), rows, el('button', { type: 'submit', text: t(TEXT, 'save') }));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const lines = [...rows.querySelectorAll('.head-count')]
      .map((line) => ({
        audience: line.querySelector('[name=audience]').value,
        channel: line.querySelector('[name=channel]').value,
        people: line.querySelector('[name=people]').value,
      }))
      .filter((line) => line.people !== '')
      .map((line) => ({ ...line, people: Number(line.people) }));
    const answer = await api(`${base}/head-counts`, { method: 'PUT', body: { counts: lines } });
    say(answer.ok ? t(TEXT, 'saved') : answer.message);
  });
  return form;
}

async function stats() {
  loading();
  const answer = await api(
    `/api/events/stats?institution=${encodeURIComponent(console$.user.institution)}&groupBy=month`
  );
  if (!answer.ok) {
    show(problem(answer.message));
    return;
  }
  const rows = answer.body.rows;
  const months = rows.map((row) => row.key.month);
  show(
    el('h2', { text: t(TEXT, 'stats') }),
    barChart(t(TEXT, 'stats'), months, [
      { name: t(TEXT, 'registrations'), values: rows.map((r) => r.registrations) },
      { name: t(TEXT, 'checkIns'), values: rows.map((r) => r.checkIns) },
      { name: t(TEXT, 'reached'), values: rows.map((r) => r.peopleReached) },
    ]),
    table(
      [t(TEXT, 'month'), t(TEXT, 'registrations'), t(TEXT, 'checkIns'), t(TEXT, 'reached')],
      rows.map((r) => [r.key.month, r.registrations, r.checkIns, r.peopleReached]),
      { id: 'event-stats' }
    )
  );
}

function field(path, input) {
  input.id = input.id || 'ev-' + path.replace(/[^a-z0-9]/gi, '-');
  input.name = path;
  return el(
    'div',
    { class: 'field', 'data-field': path },
    el('label', { for: input.id, text: t(TEXT, 'fields')[path] }),
    input,
    el('p', { class: 'field-error', id: input.id + '-error', hidden: true })
  );
}

/** The instant a datetime-local input names, in Sichuan's time (+08:00, no daylight saving). */
function shanghai(local) {
  return local ? local + ':00+08:00' : '';
}

async function newEvent() {
  const answer = await api('/api/events/vocabularies');
  const vocab = answer.ok ? answer.body : {};
  const select = (entries) => {
    const s = el('select', {});
    for (const [value, text] of entries) s.append(el('option', { value, text }));
    return s;
  };
  const form = el(
    'form',
    { id: 'event-form', class: 'stack', novalidate: true },
    field('title.zh', el('input', { maxlength: 200 })),
    field('description.zh', el('textarea', { rows: 3, maxlength: 5000 })),
    field('target', select((vocab.target || []).map((e) => [e.code, local(e)]))),
    field('kind', select((vocab.kind || []).map((e) => [e.code, local(e)]))),
    field('venue.type', select(Object.entries(t(TEXT, 'venueTypes')))),
    field('venue.code', el('input', { maxlength: 40, value: console$.user.institution })),
    field('venue.url', el('input', { type: 'url', maxlength: 500 })),
    field('sessions[0].start', el('input', { type: 'datetime-local' })),
    field('sessions[0].end', el('input', { type: 'datetime-local' })),
    field('sessions[0].capacity', el('input', { type: 'number', min: 1, max: 10000, value: 30 })),
    el('button', { type: 'submit', text: t(TEXT, 'create') })
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name) => form.elements[name].value.trim();
    const venue = { type: value('venue.type') };
    if (venue.type === 'ONLINE') venue.url = value('venue.url');
    else venue.code = value('venue.code');
    const body = {
      title: { zh: value('title.zh') },
      target: value('target'),
      kind: value('kind'),
      venue,
      sessions: [
        {
          start: shanghai(value('sessions[0].start')),
          end: shanghai(value('sessions[0].end')),
          capacity: Number(value('sessions[0].capacity')),
        },
      ],
    };
    if (value('description.zh')) body.description = { zh: value('description.zh') };
    const created = await api('/api/events', { method: 'POST', body });
    if (created.ok) {
      sayAfterNavigation(t(TEXT, 'created'));
      window.location.hash = '#/events';
    } else {
      showFieldErrors(form, created.errors);
      say(created.message);
    }
  });
  show(el('h2', { text: t(TEXT, 'newEvent') }), form);
}

const ORGANIZERS = ['event-organizer', 'network-admin'];

/** The routes of these views, for the console's router. */
export const eventViews = [
  { pattern: /^#\/events$/, roles: ORGANIZERS, view: () => events() },
  { pattern: /^#\/events\/new$/, roles: ['event-organizer'], view: () => newEvent() },
  {
    pattern: /^#\/events\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/,
    roles: ORGANIZERS,
    view: (m) => session(m[1], m[2]),
  },
  { pattern: /^#\/event-stats$/, roles: ORGANIZERS, view: () => stats() },
];
