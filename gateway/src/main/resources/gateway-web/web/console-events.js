// The console's views for event organizers: their institution's events and sessions, a session's
// attendees with check-in by code and head counts, and the institution's figures by month as a
// chart. The events service decides every call again (organizers act on their own institution).
import { dateTime, el, label, t } from './i18n.js';
import { api } from './api.js';
import { barChart } from './chart.js';
import {
  confirmingButton,
  console$,
  field,
  fromSichuanLocal,
  loading,
  problem,
  say,
  sayAfterNavigation,
  sayConflict,
  show,
  showFieldErrors,
  sichuanLocal,
  table,
  vocabularySelect,
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
      start: '开始', end: '结束', capacity: '名额',
    },
    sessions: '场次',
    sstatus: { SCHEDULED: '已排期', CANCELLED: '已取消' },
    estatus: { DRAFT: '草稿', PUBLISHED: '已发布', CANCELLED: '已取消' },
    addSession: '添加场次',
    added: '已添加场次。',
    cancelSession: '取消此场次',
    cancelSessionAgain: '确认取消此场次（报名一并取消）',
    cancelEvent: '取消活动',
    cancelEventAgain: '确认取消整个活动（所有场次与报名一并取消）',
    reason: '取消原因（可选，公开显示）',
    cancelled: '已取消。',
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
      start: 'Starts', end: 'Ends', capacity: 'Places',
    },
    sessions: 'Sessions',
    sstatus: { SCHEDULED: 'Scheduled', CANCELLED: 'Cancelled' },
    estatus: { DRAFT: 'Draft', PUBLISHED: 'Published', CANCELLED: 'Cancelled' },
    addSession: 'Add a session',
    added: 'Session added.',
    cancelSession: 'Cancel this session',
    cancelSessionAgain: 'Confirm: cancel this session and its registrations',
    cancelEvent: 'Cancel the event',
    cancelEventAgain: 'Confirm: cancel the whole event, its sessions and registrations',
    reason: 'Reason (optional, shown to the public)',
    cancelled: 'Cancelled.',
    venueTypes: { MUSEUM: 'Museum', READING_ROOM: 'Reading room', ONLINE: 'Online' },
    create: 'Create',
  },
};


function publishButton(event, then) {
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
        if (answer.ok) then();
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
        el('h3', {}, el('a', { href: `#/events/${event.id}`, text: label(event) })),
        event.status === 'DRAFT' ? publishButton(event, events) : null,
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
    const audience = vocabularySelect(vocab.audience, count?.audience, { id: `hc-audience-${i}`, name: 'audience' });
    const channel = vocabularySelect(vocab.channel, count?.channel, { id: `hc-channel-${i}`, name: 'channel' });
    const people = el('input', { id: `hc-people-${i}`, name: 'people', type: 'number', min: 0, value: count ? count.people : '' });
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

function eventField(path, input) {
  const fields = t(TEXT, 'fields');
  return field(path, fields[path] || fields[path.split('.').pop()], input);
}

/** The event's own fields (no sessions), filled from {@code event} when it is an edit. */
function eventFields(vocab, event) {
  const venue = event ? event.venue : { type: 'MUSEUM', code: console$.user.institution };
  const venueTypes = Object.entries(t(TEXT, 'venueTypes')).map(([code, text]) => ({ code, zh: text, en: text }));
  return [
    eventField('title.zh', el('input', { maxlength: 200, value: event ? event.title.zh || '' : '' })),
    eventField('description.zh', el('textarea', { rows: 3, maxlength: 5000, text: event?.description?.zh || '' })),
    eventField('target', vocabularySelect(vocab.target, event?.target)),
    eventField('kind', vocabularySelect(vocab.kind, event?.kind)),
    eventField('venue.type', vocabularySelect(venueTypes, venue.type)),
    eventField('venue.code', el('input', { maxlength: 40, value: venue.code || '' })),
    eventField('venue.url', el('input', { type: 'url', maxlength: 500, value: venue.url || '' })),
  ];
}

/** The body of an event's fields as the form has them (sessions aside). */
function readEvent(form) {
  const value = (name) => form.elements[name].value.trim();
  const venue = { type: value('venue.type') };
  if (venue.type === 'ONLINE') venue.url = value('venue.url');
  else venue.code = value('venue.code');
  const body = { title: { zh: value('title.zh') }, target: value('target'), kind: value('kind'), venue };
  if (value('description.zh')) body.description = { zh: value('description.zh') };
  return body;
}

/** Start, end and capacity of a session, named {@code prefix.start} and so on. */
function sessionFields(prefix, session) {
  return [
    eventField(`${prefix}.start`, el('input', { type: 'datetime-local', value: sichuanLocal(session?.start) })),
    eventField(`${prefix}.end`, el('input', { type: 'datetime-local', value: sichuanLocal(session?.end) })),
    eventField(
      `${prefix}.capacity`,
      el('input', { type: 'number', min: 1, max: 10000, value: session ? session.capacity : 30 })
    ),
  ];
}

function readSession(form, prefix) {
  const value = (name) => form.elements[`${prefix}.${name}`].value.trim();
  return { start: fromSichuanLocal(value('start')), end: fromSichuanLocal(value('end')), capacity: Number(value('capacity')) };
}

async function newEvent() {
  const answer = await api('/api/events/vocabularies');
  const form = el(
    'form',
    { id: 'event-form', class: 'stack', novalidate: true },
    ...eventFields(answer.ok ? answer.body : {}, null),
    ...sessionFields('sessions[0]', null),
    el('button', { type: 'submit', text: t(TEXT, 'create') })
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { ...readEvent(form), sessions: [readSession(form, 'sessions[0]')] };
    const created = await api('/api/events', { method: 'POST', body });
    if (created.ok) {
      sayAfterNavigation(t(TEXT, 'created'));
      window.location.hash = `#/events/${created.body.id}`;
    } else {
      showFieldErrors(form, created.errors);
      say(created.message);
    }
  });
  show(el('h2', { text: t(TEXT, 'newEvent') }), form);
}

/**
 * Saves with {@code call} and draws the event again: with the API's messages beside the fields
 * when it refused, with the latest version when someone else changed it first (412).
 */
async function saveAndRedraw(id, form, call, done) {
  const answer = await call();
  if (answer.ok || answer.status === 412) {
    await editEvent(id);
    if (answer.ok) say(done);
    else sayConflict();
  } else {
    showFieldErrors(form, answer.errors);
    say(answer.message);
  }
}

function sessionRow(event, session) {
  const base = `/api/events/${event.id}/sessions/${session.id}`;
  const prefix = `session-${session.id}`;
  const heading = `${dateTime(session.start)} · ${session.confirmed}/${session.capacity} · ${t(TEXT, 'sstatus')[session.status] || session.status}`;
  const attendees = el('a', { href: `#/events/${event.id}/${session.id}`, text: t(TEXT, 'attendees') });
  if (session.status !== 'SCHEDULED' || event.status === 'CANCELLED') {
    return el('li', { class: 'card session', 'data-id': session.id, 'data-status': session.status }, el('h3', { text: heading }), attendees);
  }
  const form = el(
    'form',
    { class: 'filters', novalidate: true },
    ...sessionFields(prefix, session),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: t(TEXT, 'save') }))
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    saveAndRedraw(event.id, form, () =>
      api(base, { method: 'PUT', headers: { 'If-Match': `"${session.version}"` }, body: readSession(form, prefix) }),
      t(TEXT, 'saved')
    );
  });
  const cancel = confirmingButton(t(TEXT, 'cancelSession'), t(TEXT, 'cancelSessionAgain'), () =>
    saveAndRedraw(event.id, form, () => api(`${base}/cancel`, { method: 'POST' }), t(TEXT, 'cancelled'))
  );
  return el(
    'li',
    { class: 'card session', 'data-id': session.id, 'data-status': session.status },
    el('h3', { text: heading }),
    form,
    el('div', { class: 'inline' }, attendees, cancel)
  );
}

function addSessionForm(event) {
  const form = el(
    'form',
    { id: 'add-session', class: 'filters', novalidate: true },
    ...sessionFields('new', null),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: t(TEXT, 'addSession') }))
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    saveAndRedraw(event.id, form, () =>
      api(`/api/events/${event.id}/sessions`, { method: 'POST', body: readSession(form, 'new') }),
      t(TEXT, 'added')
    );
  });
  return el('section', {}, el('h3', { text: t(TEXT, 'addSession') }), form);
}

function cancelEventForm(event) {
  const reason = el('input', { id: 'cancel-reason', name: 'reason', maxlength: 500, autocomplete: 'off' });
  const form = el('form', { id: 'cancel-event', class: 'inline', novalidate: true });
  const button = confirmingButton(t(TEXT, 'cancelEvent'), t(TEXT, 'cancelEventAgain'), () =>
    saveAndRedraw(event.id, form, () =>
      api(`/api/events/${event.id}/cancel`, {
        method: 'POST',
        headers: { 'If-Match': `"${event.version}"` },
        body: reason.value.trim() ? { reason: reason.value.trim() } : {},
      }),
      t(TEXT, 'cancelled')
    )
  );
  form.append(el('label', { for: reason.id, text: t(TEXT, 'reason') }), reason, button);
  return form;
}

/** One event for its organizers: its fields, each session, a new session, publish or cancel. */
async function editEvent(id) {
  loading();
  const [answer, vocabularies] = await Promise.all([
    api(`/api/events/${encodeURIComponent(id)}`),
    api('/api/events/vocabularies'),
  ]);
  if (!answer.ok) {
    show(problem(answer.message));
    return;
  }
  const event = answer.body;
  const open = event.status !== 'CANCELLED';
  const form = el(
    'form',
    { id: 'event-form', class: 'stack', novalidate: true },
    ...eventFields(vocabularies.ok ? vocabularies.body : {}, event),
    el('button', { type: 'submit', text: t(TEXT, 'save') })
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    saveAndRedraw(id, form, () =>
      api(`/api/events/${id}`, { method: 'PUT', headers: { 'If-Match': `"${event.version}"` }, body: readEvent(form) }),
      t(TEXT, 'saved')
    );
  });
  const status = t(TEXT, 'estatus')[event.status] || event.status;
  show(
    el('h2', { text: `${label(event)} · ${status}` }),
    event.cancelReason ? el('p', { class: 'notice', text: event.cancelReason }) : null,
    event.status === 'DRAFT' ? publishButton(event, () => editEvent(id)) : null,
    open ? form : null,
    el('h2', { text: t(TEXT, 'sessions') }),
    el('ul', { class: 'cards', id: 'sessions' }, ...event.sessions.map((s) => sessionRow(event, s))),
    open ? addSessionForm(event) : null,
    open ? cancelEventForm(event) : null
  );
}

const ORGANIZERS = ['event-organizer', 'network-admin'];

/** The routes of these views, for the console's router. */
export const eventViews = [
  { pattern: /^#\/events$/, roles: ORGANIZERS, view: () => events() },
  { pattern: /^#\/events\/new$/, roles: ['event-organizer'], view: () => newEvent() },
  { pattern: /^#\/events\/([0-9a-f-]{36})$/, roles: ORGANIZERS, view: (m) => editEvent(m[1]) },
  {
    pattern: /^#\/events\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/,
    roles: ORGANIZERS,
    view: (m) => session(m[1], m[2]),
  },
  { pattern: /^#\/event-stats$/, roles: ORGANIZERS, view: () => stats() },
];
