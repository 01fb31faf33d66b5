// The portal's script: the language switch and the network's federated search. Data from the API
// is written as text (textContent), never as markup. Without this script the page still reads, in
// both languages, and links the API documentation.
import { acceptLanguage, label, language } from './i18n.js';
import { setUpPage } from './page.js';

const TEXT = {
  zh: {
    switchTo: 'English',
    searching: '正在检索…',
    nothing: '没有找到结果。',
    more: '查看全部',
    failed: '检索失败：',
    partial: '部分服务未及时响应：',
    sections: {
      exhibits: '展品',
      museums: '方志馆',
      readingRooms: '阅览室与馆藏',
      events: '近期活动',
      resources: '联盟共享资源',
    },
  },
  en: {
    switchTo: '中文',
    searching: 'Searching…',
    nothing: 'Nothing found.',
    more: 'See all',
    failed: 'The search failed: ',
    partial: 'Some services did not answer in time: ',
    sections: {
      exhibits: 'Exhibits',
      museums: 'Museums',
      readingRooms: 'Reading rooms and holdings',
      events: 'Upcoming events',
      resources: 'Shared alliance resources',
    },
  },
};

const SECTIONS = ['exhibits', 'museums', 'readingRooms', 'events', 'resources'];

/** Where a result and a section's full list are shown: the portal's pages, else the API's list. */
const PAGES = {
  exhibits: { item: (e) => '/exhibit?id=' + e.id, all: (q) => '/exhibits?q=' + encodeURIComponent(q) },
  museums: { item: (m) => '/museum?code=' + encodeURIComponent(m.code), all: null },
  readingRooms: {
    item: (r) => '/account?room=' + encodeURIComponent(r.code),
    all: (q) => '/rooms?q=' + encodeURIComponent(q),
  },
  events: { item: (e) => '/events?q=' + encodeURIComponent(label(e)), all: (q) => '/events?q=' + encodeURIComponent(q) },
  resources: { item: (r) => '/resources?q=' + encodeURIComponent(label(r)), all: (q) => '/resources?q=' + encodeURIComponent(q) },
};

/** An RFC 9457 problem as one readable sentence; never the raw JSON. */
async function problemText(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || String(response.status);
  } catch (e) {
    return String(response.status);
  }
}

function render(results, body, lang, q) {
  results.replaceChildren();
  let found = 0;
  for (const key of SECTIONS) {
    const section = body[key];
    if (!section || section.items.length === 0) {
      continue;
    }
    found += section.items.length;
    const block = document.createElement('section');
    block.className = 'result-group';
    block.dataset.kind = key;
    const heading = document.createElement('h3');
    heading.textContent = TEXT[lang].sections[key];
    const list = document.createElement('ul');
    for (const item of section.items) {
      const entry = document.createElement('li');
      const link = document.createElement('a');
      link.href = PAGES[key].item(item);
      link.textContent = label(item);
      entry.append(link);
      list.append(entry);
    }
    const more = document.createElement('a');
    more.href = PAGES[key].all ? PAGES[key].all(q) : section.more;
    more.textContent = TEXT[lang].more;
    block.append(heading, list, more);
    results.append(block);
  }
  const failed = Object.entries(body.sources || {}).filter(([, s]) => s.status !== 'ok');
  if (failed.length > 0) {
    const note = document.createElement('p');
    note.className = 'notice';
    note.textContent = TEXT[lang].partial + failed.map(([name]) => name).join(', ');
    results.append(note);
  }
  if (found === 0) {
    const none = document.createElement('p');
    none.textContent = TEXT[lang].nothing;
    results.prepend(none);
  }
}

async function search(form, results, status) {
  const lang = language();
  const q = form.elements.q.value.trim();
  if (q === '') {
    return;
  }
  results.setAttribute('aria-busy', 'true');
  status.textContent = TEXT[lang].searching;
  try {
    const response = await fetch('/api/search?limit=10&q=' + encodeURIComponent(q), {
      headers: { Accept: 'application/json', 'Accept-Language': acceptLanguage() },
    });
    if (!response.ok) {
      status.textContent = TEXT[lang].failed + (await problemText(response));
      results.replaceChildren();
      return;
    }
    status.textContent = '';
    render(results, await response.json(), lang, q);
  } catch (e) {
    status.textContent = TEXT[lang].failed + e.message;
  } finally {
    results.removeAttribute('aria-busy');
  }
}

window.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('search');
  const results = document.getElementById('results');
  const status = document.getElementById('search-status');
  setUpPage(() => {
    if (results.childElementCount > 0) {
      search(form, results, status); // the results again, in the new language
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search(form, results, status);
  });
  const q = new URLSearchParams(window.location.search).get('q');
  if (q) {
    form.elements.q.value = q;
    search(form, results, status);
  }
});
