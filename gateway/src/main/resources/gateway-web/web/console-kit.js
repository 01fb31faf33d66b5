// What the console's views share: where a view is drawn, the status line, and the signed-in user.
import { el, local, t } from './i18n.js';

const TEXT = {
  zh: {
    loading: '正在加载…',
    conflict: '保存前已有他人修改了这条记录；已载入最新版本，请核对后再改。',
  },
  en: {
    loading: 'Loading…',
    conflict: 'Someone else changed this record before you saved; the latest version is loaded, check it and change it again.',
  },
};

export const console$ = { user: null };

let pending = '';

/** A message for the status line of the view a navigation is about to show. */
export function sayAfterNavigation(message) {
  pending = message;
}

/** The message left for this view, once. */
export function takeMessage() {
  const message = pending;
  pending = '';
  return message;
}

export function say(message) {
  document.getElementById('console-status').textContent = message || '';
}

/** Draws the view: its parts in order, a view's optional parts (null) left out. */
export function show(...children) {
  document.getElementById('view').replaceChildren(...children.filter((child) => child != null));
}

/** What a view says after a save met someone else's change first (412) and reloaded. */
export function sayConflict() {
  say(t(TEXT, 'conflict'));
}

/** The view's loading state, until the view draws itself. */
export function loading() {
  show(el('p', { text: t(TEXT, 'loading') }));
}

export function problem(message) {
  return el('p', { class: 'problem', role: 'alert', text: message });
}

export function can(...roles) {
  return roles.some((role) => console$.user.has(role));
}

/** The fragment's query (#/desk?room=…), as the views read their settings from it. */
export function fragmentParams() {
  return new URLSearchParams(window.location.hash.split('?')[1] || '');
}

/** The value at a dotted path of a record ({@code title.zh}), undefined where a part is missing. */
export function get(record, path) {
  return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), record);
}

/** A table of rows: headers, then one array of cells per row (text only). */
export function table(headers, rows, attributes = {}) {
  return el(
    'table',
    { class: 'diff data', ...attributes },
    el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col', text: h })))),
    el(
      'tbody',
      {},
      ...rows.map((cells) => el('tr', {}, ...cells.map((c) => (c instanceof Node ? el('td', {}, c) : el('td', { text: String(c ?? '') })))))
    )
  );
}

/**
 * A form field the API's errors find: its box names the request body's path ({@code title.zh}),
 * the label names the input, and an error line waits below it.
 */
export function field(path, text, input) {
  input.id = input.id || 'f-' + path.replace(/[^a-z0-9]/gi, '-');
  input.name = input.name || path;
  return el(
    'div',
    { class: 'field', 'data-field': path },
    el('label', { for: input.id, text }),
    input,
    el('p', { class: 'field-error', id: input.id + '-error', hidden: true })
  );
}

/** A select of a vocabulary's codes with their labels in the page's language. */
export function vocabularySelect(entries, value, attributes = {}) {
  const select = el('select', attributes);
  for (const entry of entries || []) {
    select.append(el('option', { value: entry.code, text: local(entry) }));
  }
  if (value) {
    select.value = value;
  }
  return select;
}

/**
 * A button for a step that cannot be undone: the first press asks again in its text, the second
 * takes the step. No dialog, so it reads and works the same with a keyboard or a screen reader.
 */
export function confirmingButton(text, again, action) {
  const button = el('button', { type: 'button', class: 'secondary', text });
  button.addEventListener('click', () => {
    if (button.dataset.armed) {
      action();
    } else {
      button.dataset.armed = 'true';
      button.textContent = again;
    }
  });
  return button;
}

/** The value of a datetime-local input for an instant, in Sichuan's time (+08:00, no DST). */
export function sichuanLocal(instant) {
  return instant ? new Date(Date.parse(instant) + 8 * 3600e3).toISOString().slice(0, 16) : '';
}

/** The instant a datetime-local input names, in Sichuan's time. */
export function fromSichuanLocal(value) {
  return value ? value + ':00+08:00' : '';
}

/**
 * The form field an error of the API is about: the field of its path, a list field of one of its
 * items (keywords[2]), or for an absent object (title: must not be null) its first field.
 */
function boxOf(form, field) {
  const boxes = [...form.querySelectorAll('.field')];
  return (
    boxes.find((box) => box.dataset.field === field) ||
    boxes.find((box) => field.startsWith(box.dataset.field + '[')) ||
    boxes.find((box) => box.dataset.field.startsWith(field + '.')) ||
    null
  );
}

export function showFieldErrors(form, errors) {
  const placed = errors.map((e) => ({ ...e, box: boxOf(form, e.field) }));
  for (const box of form.querySelectorAll('.field')) {
    const input = box.querySelector('input, select, textarea');
    const error = box.querySelector('.field-error');
    const mine = placed.filter((e) => e.box === box);
    error.hidden = mine.length === 0;
    error.textContent = mine.map((e) => e.message).join('; ');
    if (!input) {
      continue; // a set of rows with none yet: the message alone says it
    }
    if (mine.length) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }
  const first = form.querySelector('[aria-invalid="true"]');
  if (first) {
    first.focus();
  }
}

