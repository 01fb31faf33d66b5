// The alliance's public shared resources (/resources): what members offer everyone, with text and
// kind filters; a member signed in sees their alliance's too (the service decides). Data is
// written as text only.
import { el, label, language, local, t } from './i18n.js';
import { api } from './api.js';
import { pagedList } from './paged.js';
import { setUpPage } from './page.js';

const TEXT = {
  zh: { any: '全部', loading: '正在加载…', none: '没有符合条件的资源。', found: (n, more) => `${n}${more ? '+' : ''} 项资源`, owner: '提供单位' },
  en: { any: 'Any', loading: 'Loading…', none: 'No resource matches.', found: (n, more) => `${n}${more ? '+' : ''} resources`, owner: 'Offered by' },
};

const $ = (id) => document.getElementById(id);
let vocab = {};
let resources = null;

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
  await resources.load('/api/alliance/resources', params, more);
}

function resourceCard(resource) {
  return el(
    'li',
    { class: 'card resource', 'data-id': resource.id },
    el('h3', { text: label(resource) }),
    el('p', {
      class: 'muted',
      text: `${term('kind', resource.kind)} · ${term('delivery', resource.delivery)} · ${t(TEXT, 'owner')} ${resource.owner}`,
    }),
    resource.description ? el('p', { text: local(resource.description) }) : null,
    resource.terms ? el('p', { class: 'muted', text: local(resource.terms) }) : null
  );
}

window.addEventListener('DOMContentLoaded', async () => {
  resources = pagedList({
    list: $('resource-list'),
    status: $('resources-status'),
    more: $('more-resources'),
    card: resourceCard,
    words: () => TEXT[language()],
  });
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
