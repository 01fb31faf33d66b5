// A visitor's bookings: reserve a seat in a free slot and see the check-in code with its QR code,
// register a party for an event session and see the waitlist position, see and cancel both.
// Everything goes through the public API with the visitor's token; data is written as text.
import { dateTime, el, label, t, todayInSichuan } from './i18n.js';
import { api, idempotencyKey } from './api.js';
import { setUpPage } from './page.js';

const TEXT = {
  zh: {
    loading: '正在加载…',
    closed: '该日闭馆。',
    noSlots: '该日没有可预约的时段。',
    free: (free, seats) => `余 ${free} / ${seats} 座`,
    reserve: '预约',
    notBookable: '不可预约',
    reserved: '预约成功。签到码见下方“我的座位预约”。',
    noReservations: '还没有座位预约。',
    code: '签到码',
    qr: (code) => `签到二维码（签到码 ${code}）`,
    cancel: '取消',
    cancelled: '已取消。',
    noEvents: '近期没有可报名的活动。',
    available: (n) => `余 ${n} 位`,
    registered: '报名已提交。',
    noRegistrations: '还没有活动报名。',
    waitlisted: (n) => `候补第 ${n} 位`,
    party: (n) => `${n} 人`,
    status: {
      CONFIRMED: '已确认',
      CANCELLED: '已取消',
      CHECKED_IN: '已签到',
      NO_SHOW: '未到（已释放）',
      WAITLISTED: '候补',
    },
  },
  en: {
    loading: 'Loading…',
    closed: 'The room is closed that day.',
    noSlots: 'No slots can be booked that day.',
    free: (free, seats) => `${free} of ${seats} seats free`,
    reserve: 'Reserve',
    notBookable: 'Not bookable',
    reserved: 'Reserved. The check-in code is under “My seat reservations”.',
    noReservations: 'No seat reservations yet.',
    code: 'Check-in code',
    qr: (code) => `Check-in QR code (code ${code})`,
    cancel: 'Cancel',
    cancelled: 'Cancelled.',
    noEvents: 'No upcoming events to register for.',
    available: (n) => `${n} places left`,
    registered: 'Registration sent.',
    noRegistrations: 'No event registrations yet.',
    waitlisted: (n) => `Waitlist position ${n}`,
    party: (n) => (n === 1 ? '1 person' : `${n} people`),
    status: {
      CONFIRMED: 'Confirmed',
      CANCELLED: 'Cancelled',
      CHECKED_IN: 'Checked in',
      NO_SHOW: 'No-show (released)',
      WAITLISTED: 'Waitlisted',
    },
  },
};

const $ = (id) => document.getElementById(id);
let events = new Map(); // event id → event, for the names of registrations

function say(message) {
  $('account-status').textContent = message;
}

function time(iso) {
  return dateTime(iso, { hour: '2-digit', minute: '2-digit', hour12: false });
}

async function showSlots() {
  const room = $('room').value.trim();
  const date = $('date').value;
  const box = $('slots');
  box.setAttribute('aria-busy', 'true');
  box.replaceChildren(el('p', { text: t(TEXT, 'loading') }));
  const answer = await api(
    `/api/reading-rooms/${encodeURIComponent(room)}/slots?date=${encodeURIComponent(date)}`
  );
  box.removeAttribute('aria-busy');
  if (!answer.ok) {
    box.replaceChildren(el('p', { class: 'problem', role: 'alert', text: answer.message }));
    return;
  }
  const day = answer.body;
  if (day.closed || day.slots.length === 0) {
    box.replaceChildren(el('p', { text: t(TEXT, day.closed ? 'closed' : 'noSlots') }));
    return;
  }
  const list = el('ul', { class: 'slots' });
  for (const slot of day.slots) {
    const span = `${time(slot.start)}–${time(slot.end)}`;
    const item = el(
      'li',
      { 'data-start': slot.start },
      el('span', { class: 'slot-time', text: span }),
      el('span', { text: t(TEXT, 'free')(slot.free, slot.seats) })
    );
    if (slot.bookable) {
      item.append(
        el('button', {
          type: 'button',
          text: t(TEXT, 'reserve'),
          'aria-label': `${t(TEXT, 'reserve')} ${span}`,
          on: { click: (event) => reserve(room, slot, event.currentTarget) },
        })
      );
    } else {
      item.append(el('span', { class: 'muted', text: t(TEXT, 'notBookable') }));
    }
    list.append(item);
  }
  box.replaceChildren(list);
}

async function reserve(room, slot, button) {
  button.disabled = true;
  const answer = await api('/api/reservations', {
    method: 'POST',
    headers: { 'Idempotency-Key': idempotencyKey() },
    body: { room, start: slot.start, end: slot.end },
  });
  button.disabled = false;
  say(answer.ok ? t(TEXT, 'reserved') : answer.message);
  if (answer.ok) {
    await Promise.all([showReservations(), showSlots()]);
    const card = document.querySelector(`#reservations li[data-id="${answer.body.id}"]`);
    if (card) {
      card.scrollIntoView({ block: 'center' });
    }
  }
}

function qrImage(reservation) {
  const query = new URLSearchParams({
    reservation: reservation.id,
    code: reservation.checkIn.code,
  });
  return el('img', {
    class: 'qr',
    src: '/web/check-in.svg?' + query,
    alt: t(TEXT, 'qr')(reservation.checkIn.code),
    width: 160,
    height: 160,
  });
}

async function showReservations() {
  const answer = await api('/api/reservations?limit=20');
  const list = $('reservations');
  if (!answer.ok) {
    list.replaceChildren(el('li', { class: 'problem', text: answer.message }));
    return;
  }
  if (answer.body.items.length === 0) {
    list.replaceChildren(el('li', { text: t(TEXT, 'noReservations') }));
    return;
  }
  list.replaceChildren(
    ...answer.body.items.map((r) => {
      const card = el(
        'li',
        { class: 'card reservation', 'data-id': r.id, 'data-status': r.status },
        el('h3', { text: `${r.room} · ${dateTime(r.start)}–${time(r.end)}` }),
        el('p', { class: 'state', text: t(TEXT, 'status')[r.status] || r.status })
      );
      if (r.status === 'CONFIRMED' && r.checkIn) {
        card.append(
          el(
            'p',
            {},
            `${t(TEXT, 'code')}: `,
            el('strong', { class: 'check-in-code', text: r.checkIn.code })
          ),
          qrImage(r),
          el('button', {
            type: 'button',
            text: t(TEXT, 'cancel'),
            on: { click: () => cancel(`/api/reservations/${r.id}/cancel`, showReservations) },
          })
        );
      }
      return card;
    })
  );
}

async function cancel(path, refresh) {
  const answer = await api(path, { method: 'POST', body: {} });
  say(answer.ok ? t(TEXT, 'cancelled') : answer.message);
  await refresh();
}

async function loadEvents() {
  const params = new URLSearchParams(window.location.search);
  const linked = params.get('event'); // an event's page links its sessions here
  const [answer, one] = await Promise.all([
    api('/api/events?limit=50'),
    linked ? api('/api/events/' + encodeURIComponent(linked)) : Promise.resolve(null),
  ]);
  const select = $('session');
  select.replaceChildren();
  if (!answer.ok) {
    say(answer.message);
    return;
  }
  const list = one && one.ok ? [one.body, ...answer.body.items.filter((e) => e.id !== linked)] : answer.body.items;
  events = new Map(list.map((event) => [event.id, event]));
  for (const event of list) {
    for (const session of event.sessions) {
      if (session.status !== 'SCHEDULED') {
        continue;
      }
      select.append(
        el('option', {
          value: session.id,
          text: `${label(event)} · ${dateTime(session.start)} · ${t(TEXT, 'available')(
            session.available
          )}`,
        })
      );
    }
  }
  const wanted = params.get('session');
  if (wanted) {
    select.value = wanted;
  }
  if (select.options.length === 0) {
    select.append(el('option', { value: '', text: t(TEXT, 'noEvents') }));
  }
}

async function register(form) {
  const button = form.querySelector('button');
  button.disabled = true;
  const answer = await api('/api/registrations', {
    method: 'POST',
    headers: { 'Idempotency-Key': idempotencyKey() },
    body: { session: form.elements.session.value, party: Number(form.elements.party.value) },
  });
  button.disabled = false;
  say(answer.ok ? t(TEXT, 'registered') : answer.message);
  if (answer.ok) {
    await Promise.all([showRegistrations(), loadEvents()]);
  }
}

async function showRegistrations() {
  const answer = await api('/api/registrations/mine?limit=20');
  const list = $('registrations');
  if (!answer.ok) {
    list.replaceChildren(el('li', { class: 'problem', text: answer.message }));
    return;
  }
  if (answer.body.items.length === 0) {
    list.replaceChildren(el('li', { text: t(TEXT, 'noRegistrations') }));
    return;
  }
  const unknown = [...new Set(answer.body.items.map((g) => g.event))].filter((id) => !events.has(id));
  const fetched = await Promise.all(unknown.map((id) => api('/api/events/' + id)));
  fetched.filter((one) => one.ok).forEach((one) => events.set(one.body.id, one.body));
  list.replaceChildren(
    ...answer.body.items.map((g) => {
      const event = events.get(g.event);
      const state =
        g.status === 'WAITLISTED' && g.position
          ? t(TEXT, 'waitlisted')(g.position)
          : t(TEXT, 'status')[g.status] || g.status;
      const card = el(
        'li',
        { class: 'card registration', 'data-id': g.id, 'data-status': g.status },
        el('h3', { text: `${event ? label(event) : g.event} · ${dateTime(g.start)}` }),
        el('p', { class: 'state', text: `${state} · ${t(TEXT, 'party')(g.party)}` })
      );
      if (g.checkInCode) {
        card.append(
          el(
            'p',
            {},
            `${t(TEXT, 'code')}: `,
            el('strong', { class: 'check-in-code', text: g.checkInCode })
          )
        );
      }
      if (g.status === 'CONFIRMED' || g.status === 'WAITLISTED') {
        card.append(
          el('button', {
            type: 'button',
            text: t(TEXT, 'cancel'),
            on: { click: () => cancel(`/api/registrations/${g.id}/cancel`, showRegistrations) },
          })
        );
      }
      return card;
    })
  );
}

async function showAll() {
  await loadEvents();
  await Promise.all([showReservations(), showRegistrations()]);
  if ($('room').value) {
    await showSlots();
  }
}

window.addEventListener('DOMContentLoaded', async () => {
  const user = await setUpPage(() => user && showAll());
  if (!user) {
    $('signed-out').hidden = false;
    return;
  }
  for (const id of ['reserve', 'reservations-section', 'register', 'registrations-section']) {
    $(id).hidden = false;
  }
  const params = new URLSearchParams(window.location.search);
  $('room').value = params.get('room') || '';
  $('date').value = params.get('date') || todayInSichuan();
  $('slot-form').addEventListener('submit', (event) => {
    event.preventDefault();
    showSlots();
  });
  $('register-form').addEventListener('submit', (event) => {
    event.preventDefault();
    register(event.currentTarget);
  });
  await showAll();
});
