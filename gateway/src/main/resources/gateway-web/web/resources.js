// The alliance's public shared resources (/resources): what members offer everyone, with text and
// kind filters; a member signed in sees their alliance's too (the service decides). Data is
// written as text only.
import { el, label, local, t } from './i18n.js';
import { api } from './api.js';
import { setUpPage } from './page.js';

const TEXT = {
  zh: { any: '全部', loading: '正在加载…', none: '没有符合条件的资源。', found: (n, more) => `${n}${more ? '+' : ''} 项资源`, owner: '提供单位' },
  en: { any: 'Any', loading: 'Loading…', none: 'No resource matches.', found: (n, more) => `${n}${more ? '+' : ''} resources`, owner: 'Offered by' },
};

const $ = (id) => document.getElementById(id);
let vocab = {};
let next = null;
let count = 0;

function term(list, code) {
  const entry = (vocab[list] || []).find((e) => e.code === code);
  return entry ? local(entry) : code;
}

async function setUpFilters(params) {
  const answer = await api('/api/alliance/resources/vocabularies');
  vocab = answer.ok ? answer.body : {};
  const form = $('resource-filters');
  const select = form.elements.kind;
  select.replaceChildren(el('option', { value: '', text: t(TEXT, 'any') }));
  for (const entry of vocab.kind || []) {
    select.append(el('option', { value: entry.code, text: local(entry) }));
  }
  select.value = params.get('kind') || '';
  form.elements.q.value = params.get('q') || '';
}

async function find(more) {
  const form = $('resource-filters');
  const params = new URLSearchParams();
  for (const name of ['q', 'kind']) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  if (!more) {
    window.history.replaceState(null, '', '/resources' + (params.toString() ? '?' + params : ''));
  }
  params.set('limit', '20');
  if (more && next) params.set('cursor', next);
  const list = $('resource-list');
  const status = $('resources-status');
  list.setAttribute('aria-busy', 'true');
  status.textContent = t(TEXT, 'loading');
  const answer = await api('/api/alliance/resources?' + params);
  list.removeAttribute('aria-busy');
  if (!answer.ok) {
    status.textContent = answer.message;
    return;
  }
  if (!more) {
    list.replaceChildren();
    count = 0;
  }
  for (const resource of answer.body.items) {
    list.append(
      el(
        'li',
        { class: 'card resource', 'data-id': resource.id },
        el('h3', { text: label(resource) }),
        el('p', { class: 'muted', text: `${term('kind', resource.kind)} · ${term('delivery', resource.delivery)} · ${t(TEXT, 'owner')} ${resource.owner}` }),
        resource.description ? el('p', { text: local(resource.description) }) : null,
        resource.terms ? el('p', { class: 'muted', text: local(resource.terms) }) : null
      )
    );
  }
  count += answer.body.items.length;
  next = answer.body.next;
  $('more-resources').hidden = !next;
  status.textContent = count ? t(TEXT, 'found')(count, !!next) : t(TEXT, 'none');
}

window.addEventListener('DOMContentLoaded', async () => {
  await setUpPage(async () => {
    await setUpFilters(new URLSearchParams(window.location.search));
    await find(false);
  });
  await setUpFilters(new URLSearchParams(window.location.search));
  $('resource-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    find(false);
  });
  $('more-resources').addEventListener('click', () => find(true));
  await find(false);
});
