// What the console's views share: where a view is drawn, the status line, and the signed-in user.
import { el, t } from './i18n.js';

const TEXT = { zh: { loading: '正在加载…' }, en: { loading: 'Loading…' } };

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

export function show(...children) {
  document.getElementById('view').replaceChildren(...children);
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

