// The console's view of one reading room for its staff: weekly hours and closures (saved with
// If-Match; someone else's change first is a 412, explained, and the latest loaded), and the
// holdings readers look for ("where can I read 《…》"). The reading-rooms service decides again.
import { el, local, t } from './i18n.js';
import { api } from './api.js';
import { field, loading, problem, say, show, showFieldErrors, table, vocabularySelect } from './console-kit.js';

const TEXT = {
  zh: {
    hours: '开放时间',
    closures: '闭馆日',
    from: '从',
    to: '到',
    opens: '开门',
    closes: '闭门',
    reason: '原因',
    addHours: '添加一条开放时间',
    addClosure: '添加闭馆日',
    remove: '删除',
    save: '保存',
    saved: '已保存。',
    conflict: '保存前，其他人已修改了这间阅览室；已载入最新设置，请重新修改后保存。',
    holdings: '馆藏',
    title: '书名',
    workType: '类型',
    copies: '册数',
    shelfMark: '索书号',
    addHolding: '添加馆藏',
    added: '已添加。',
    deleted: '已删除。',
    days: { MON: '一', TUE: '二', WED: '三', THU: '四', FRI: '五', SAT: '六', SUN: '日' },
    dayName: (d) => `周${d}`,
  },
  en: {
    hours: 'Opening hours',
    closures: 'Closures',
    from: 'From',
    to: 'To',
    opens: 'Opens',
    closes: 'Closes',
    reason: 'Reason',
    addHours: 'Add opening hours',
    addClosure: 'Add a closure',
    remove: 'Remove',
    save: 'Save',
    saved: 'Saved.',
    conflict: 'Someone else changed this room before you saved; the latest settings are loaded — make your change again and save.',
    holdings: 'Holdings',
    title: 'Title',
    workType: 'Type',
    copies: 'Copies',
    shelfMark: 'Shelf mark',
    addHolding: 'Add a holding',
    added: 'Added.',
    deleted: 'Deleted.',
    days: { MON: 'Mon', TUE: 'Tue', WED: 'Wed', THU: 'Thu', FRI: 'Fri', SAT: 'Sat', SUN: 'Sun' },
    dayName: (d) => d,
  },
};

const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const REQUEST_KEYS = [
  'code', 'name', 'hostType', 'hostName', 'division', 'address', 'location', 'seats',
  'openingHours', 'closures', 'facilities', 'slotMinutes',
];

/** A record's fields the request takes, without nulls (absent and null mean the same to it). */
function asRequest(room) {
  const strip = (value) => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, strip(v)]));
    }
    return value;
  };
  return Object.fromEntries(REQUEST_KEYS.filter((key) => room[key] != null).map((key) => [key, strip(room[key])]));
}

let counter = 0;

function hoursRow(rule) {
  const n = ++counter;
  const boxes = DAYS.map((day) => {
    const id = `day-${n}-${day}`;
    return el(
      'span',
      { class: 'day' },
      el('input', { type: 'checkbox', id, name: 'day', value: day, checked: rule && rule.days.includes(day) }),
      el('label', { for: id, text: t(TEXT, 'dayName')(t(TEXT, 'days')[day]) })
    );
  });
  const row = el(
    'fieldset',
    { class: 'hours-row' },
    el('legend', { text: t(TEXT, 'hours') }),
    el('div', { class: 'inline' }, ...boxes),
    el('div', { class: 'inline' },
      el('label', { for: `opens-${n}`, text: t(TEXT, 'opens') }),
      el('input', { id: `opens-${n}`, name: 'opens', type: 'time', value: rule ? rule.opens : '09:00', required: true }),
      el('label', { for: `closes-${n}`, text: t(TEXT, 'closes') }),
      el('input', { id: `closes-${n}`, name: 'closes', type: 'time', value: rule ? rule.closes : '17:00', required: true }),
      el('button', { type: 'button', class: 'secondary', text: t(TEXT, 'remove'), on: { click: () => row.remove() } }))
  );
  return row;
}

function closureRow(closure) {
  const n = ++counter;
  const row = el(
    'div',
    { class: 'inline closure-row' },
    el('label', { for: `from-${n}`, text: t(TEXT, 'from') }),
    el('input', { id: `from-${n}`, name: 'from', type: 'date', value: closure ? closure.from : '', required: true }),
    el('label', { for: `to-${n}`, text: t(TEXT, 'to') }),
    el('input', { id: `to-${n}`, name: 'to', type: 'date', value: closure ? closure.to : '', required: true }),
    el('label', { for: `reason-${n}`, text: t(TEXT, 'reason') }),
    el('input', { id: `reason-${n}`, name: 'reason', maxlength: 200, value: closure ? local(closure.reason) : '' }),
    el('button', { type: 'button', class: 'secondary', text: t(TEXT, 'remove'), on: { click: () => row.remove() } })
  );
  return row;
}

function readSettings(form, room) {
  const request = asRequest(room);
  request.openingHours = [...form.querySelectorAll('.hours-row')].map((row) => ({
    days: [...row.querySelectorAll('input[name=day]:checked')].map((box) => box.value),
    opens: row.querySelector('[name=opens]').value,
    closes: row.querySelector('[name=closes]').value,
  }));
  request.closures = [...form.querySelectorAll('.closure-row')].map((row) => {
    const reason = row.querySelector('[name=reason]').value.trim();
    const closure = { from: row.querySelector('[name=from]').value, to: row.querySelector('[name=to]').value };
    return reason ? { ...closure, reason: { zh: reason } } : closure;
  });
  return request;
}

async function holdingsSection(code, vocab) {
  const answer = await api(`/api/reading-rooms/${encodeURIComponent(code)}/holdings?limit=100`);
  if (!answer.ok) {
    return problem(answer.message);
  }
  const rows = answer.body.items.map((h) => [
    local(h.title),
    h.workType,
    h.copies,
    h.shelfMark || '',
    el('button', {
      type: 'button',
      class: 'secondary',
      text: t(TEXT, 'remove'),
      'aria-label': `${t(TEXT, 'remove')} ${local(h.title)}`,
      on: {
        click: async () => {
          const done = await api(`/api/reading-rooms/${encodeURIComponent(code)}/holdings/${h.id}`, {
            method: 'DELETE',
            headers: { 'If-Match': `"${h.version}"` },
          });
          say(done.ok ? t(TEXT, 'deleted') : done.message);
          if (done.ok) roomView(code);
        },
      },
    }),
  ]);
  const form = el(
    'form',
    { class: 'filters', id: 'holding-form', novalidate: true },
    field('title.zh', t(TEXT, 'title'), el('input', { id: 'holding-title', name: 'title', maxlength: 500 })),
    field('workType', t(TEXT, 'workType'), vocabularySelect(vocab.workType, null, { id: 'holding-worktype' })),
    field(
      'copies',
      t(TEXT, 'copies'),
      el('input', { id: 'holding-copies', type: 'number', min: 1, max: 10000, value: 1 })
    ),
    field('shelfMark', t(TEXT, 'shelfMark'), el('input', { id: 'holding-shelf', maxlength: 100 })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: t(TEXT, 'addHolding') }))
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      title: { zh: form.elements.title.value.trim() },
      workType: form.elements.workType.value,
      copies: Number(form.elements.copies.value),
    };
    if (form.elements.shelfMark.value.trim()) body.shelfMark = form.elements.shelfMark.value.trim();
    const done = await api(`/api/reading-rooms/${encodeURIComponent(code)}/holdings`, { method: 'POST', body });
    if (done.ok) {
      say(t(TEXT, 'added'));
      roomView(code);
    } else {
      showFieldErrors(form, done.errors);
      say(done.message);
    }
  });
  return el(
    'section',
    { 'aria-labelledby': 'holdings-heading' },
    el('h2', { id: 'holdings-heading', text: t(TEXT, 'holdings') }),
    table([t(TEXT, 'title'), t(TEXT, 'workType'), t(TEXT, 'copies'), t(TEXT, 'shelfMark'), ''], rows, { id: 'holdings' }),
    form
  );
}

/** One room's settings and holdings. */
export async function roomView(code) {
  loading();
  const [answer, vocabularies] = await Promise.all([
    api(`/api/reading-rooms/${encodeURIComponent(code)}`),
    api('/api/exhibits/vocabularies'),
  ]);
  if (!answer.ok) {
    show(problem(answer.message));
    return;
  }
  const room = answer.body;
  const etag = answer.etag;
  const hours = el('div', { id: 'hours-rows' }, ...(room.openingHours || []).map(hoursRow));
  const closures = el('div', { id: 'closure-rows' }, ...(room.closures || []).map(closureRow));
  const form = el(
    'form',
    { id: 'room-settings', class: 'stack' },
    el('h2', { text: t(TEXT, 'hours') }),
    hours,
    el('button', { type: 'button', class: 'secondary', text: t(TEXT, 'addHours'), on: { click: () => hours.append(hoursRow(null)) } }),
    el('h2', { text: t(TEXT, 'closures') }),
    closures,
    el('button', { type: 'button', class: 'secondary', text: t(TEXT, 'addClosure'), on: { click: () => closures.append(closureRow(null)) } }),
    el('button', { type: 'submit', text: t(TEXT, 'save') })
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const saved = await api(`/api/reading-rooms/${encodeURIComponent(code)}`, {
      method: 'PUT',
      headers: { 'If-Match': etag },
      body: readSettings(form, room),
    });
    if (saved.ok) {
      await roomView(code);
      say(t(TEXT, 'saved'));
    } else if (saved.status === 412) {
      await roomView(code);
      say(t(TEXT, 'conflict'));
    } else {
      say(saved.message);
    }
  });
  show(
    el('h2', { text: `${local(room.name)} (${room.code})` }),
    form,
    await holdingsSection(code, vocabularies.ok ? vocabularies.body : {})
  );
}
