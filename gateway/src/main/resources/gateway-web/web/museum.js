// A museum's public page (/museum?code=…): name in both languages, address, opening hours, a map
// of where it is, and its published exhibits. Data is written as text only.
import { el, label, local, t } from './i18n.js';
import { api } from './api.js';
import { setUpPage } from './page.js';
import { tiles } from './session.js';
import { bilingual, facts, hours, jsonLd, placeMap } from './record.js';

const TEXT = {
  zh: {
    missing: '缺少方志馆编号。',
    address: '地址',
    hours: '开放时间',
    exhibits: '馆藏展品',
    none: '暂无已发布的展品。',
    more: '查看全部展品',
  },
  en: {
    missing: 'No museum code given.',
    address: 'Address',
    hours: 'Opening hours',
    exhibits: 'Exhibits',
    none: 'No published exhibits yet.',
    more: 'All exhibits',
  },
};

const $ = (id) => document.getElementById(id);
let mapShown = false;

async function show() {
  const code = new URLSearchParams(window.location.search).get('code');
  const view = $('record');
  if (!code) {
    view.replaceChildren(el('p', { class: 'problem', text: t(TEXT, 'missing') }));
    return;
  }
  view.setAttribute('aria-busy', 'true');
  const [answer, exhibits] = await Promise.all([
    api('/api/museums/' + encodeURIComponent(code)),
    api(`/api/exhibits?museum=${encodeURIComponent(code)}&limit=12`),
  ]);
  view.removeAttribute('aria-busy');
  if (!answer.ok) {
    view.replaceChildren(el('p', { class: 'problem', role: 'alert', text: answer.message }));
    return;
  }
  const museum = answer.body;
  $('record-title').replaceChildren(...bilingual('span', museum.name, {}).flatMap((span, i) => (i ? [' ', span] : [span])));
  const list = el('ul', { class: 'cards' });
  for (const exhibit of exhibits.ok ? exhibits.body.items : []) {
    list.append(el('li', { class: 'card' }, el('a', { href: '/exhibit?id=' + exhibit.id, text: label(exhibit) })));
  }
  if (list.childElementCount === 0) {
    list.append(el('li', { text: t(TEXT, 'none') }));
  }
  const parts = [
    facts([[t(TEXT, 'address'), local(museum.address)]]),
    el('h2', { text: t(TEXT, 'hours') }),
    hours(museum.openingHours),
    el('h2', { text: t(TEXT, 'exhibits') }),
    list,
    el('p', {}, el('a', { href: '/exhibits?museum=' + encodeURIComponent(code), text: t(TEXT, 'more') })),
  ];
  const link = await jsonLd('/api/museums/' + encodeURIComponent(code), `museum-${code}.jsonld`);
  if (link) {
    parts.push(el('p', {}, link));
  }
  view.replaceChildren(...parts);
  if (!mapShown) {
    mapShown = true;
    await placeMap($('place-map'), museum.location, local(museum.name), await tiles());
  }
}

window.addEventListener('DOMContentLoaded', async () => {
  await setUpPage(() => show());
  await show();
});
