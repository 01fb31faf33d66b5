// The published exhibits of the network with facets (/exhibits): text, category, type of work,
// holding museum and a span of years, each narrowing the list; the filters stay in the address
// so a filtered list can be shared. Data is written as text only.
import { el, label, language, local, t } from './i18n.js';
import { api } from './api.js';
import { pagedList } from './paged.js';
import { setUpPage } from './page.js';

const TEXT = {
  zh: { any: '全部', found: (n, more) => `${n}${more ? '+' : ''} 件展品`, none: '没有符合条件的展品。', loading: '正在加载…' },
  en: { any: 'Any', found: (n, more) => `${n}${more ? '+' : ''} exhibits`, none: 'No exhibit matches.', loading: 'Loading…' },
};

const FILTERS = ['q', 'category', 'workType', 'museum', 'eraFrom', 'eraTo'];
const $ = (id) => document.getElementById(id);
let exhibits = null;

function options(select, entries, chosen) {
  select.replaceChildren(el('option', { value: '', text: t(TEXT, 'any') }));
  for (const [value, text] of entries) {
    select.append(el('option', { value, text }));
  }
  select.value = chosen || '';
}

async function setUpFacets(params) {
  const [vocabularies, museums] = await Promise.all([
    api('/api/exhibits/vocabularies'),
    api('/api/museums?limit=100'),
  ]);
  const form = $('exhibit-filters');
  const vocab = vocabularies.ok ? vocabularies.body : {};
  options(form.elements.category, (vocab.category || []).map((e) => [e.code, local(e)]), params.get('category'));
  options(form.elements.workType, (vocab.workType || []).map((e) => [e.code, local(e)]), params.get('workType'));
  options(
    form.elements.museum,
    (museums.ok ? museums.body.items : []).map((m) => [m.code, label(m)]),
    params.get('museum')
  );
  for (const name of ['q', 'eraFrom', 'eraTo']) {
    form.elements[name].value = params.get(name) || '';
  }
}

function query() {
  const form = $('exhibit-filters');
  const params = new URLSearchParams({ limit: '24' });
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) {
      params.set(name, value);
    }
  }
  return params;
}

function exhibitCard(exhibit) {
  const image = exhibit.images && exhibit.images[0];
  return el(
    'li',
    { class: 'card exhibit', 'data-id': exhibit.id },
    image ? el('img', { src: image.url, alt: '', class: 'thumb', loading: 'lazy' }) : null,
    el('h3', {}, el('a', { href: '/exhibit?id=' + exhibit.id, text: label(exhibit) })),
    el('p', {
      class: 'muted',
      text: [exhibit.dating && exhibit.dating.label, exhibit.museum].filter(Boolean).join(' · '),
    })
  );
}

async function find(more) {
  const params = query();
  if (!more) {
    const shown = new URLSearchParams(params);
    shown.delete('limit');
    window.history.replaceState(null, '', '/exhibits' + (shown.toString() ? '?' + shown : ''));
  }
  await exhibits.load('/api/exhibits', params, more);
}

window.addEventListener('DOMContentLoaded', async () => {
  exhibits = pagedList({
    list: $('exhibit-list'),
    status: $('exhibits-status'),
    more: $('more-exhibits'),
    card: exhibitCard,
    words: () => TEXT[language()],
  });
  const params = new URLSearchParams(window.location.search);
  await setUpPage(async () => {
    await setUpFacets(new URLSearchParams(window.location.search));
    await find(false);
  });
  await setUpFacets(params);
  const form = $('exhibit-filters');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    find(false);
  });
  form.addEventListener('change', (event) => {
    if (event.target.tagName === 'SELECT') {
      find(false); // a facet narrows at once
    }
  });
  $('more-exhibits').addEventListener('click', () => find(true));
  await find(false);
});
