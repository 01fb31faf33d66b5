// An exhibit's public page (/exhibit?id=…): its images with captions and licences, its text in
// both languages, dating, the holding museum, and its JSON-LD. Data is written as text only.
import { el, label, local, t } from './i18n.js';
import { api } from './api.js';
import { setUpPage } from './page.js';
import { bilingual, facts, jsonLd } from './record.js';

const TEXT = {
  zh: {
    missing: '缺少展品编号。',
    category: '类别',
    workType: '文献类型',
    dating: '年代',
    compiler: '编纂者',
    edition: '版本',
    museum: '收藏单位',
    inventoryNo: '藏品编号',
    keywords: '关键词',
    rights: '权利声明',
    licence: '许可',
  },
  en: {
    missing: 'No exhibit id given.',
    category: 'Category',
    workType: 'Type of work',
    dating: 'Dating',
    compiler: 'Compiler',
    edition: 'Edition',
    museum: 'Held by',
    inventoryNo: 'Inventory number',
    keywords: 'Keywords',
    rights: 'Rights',
    licence: 'Licence',
  },
};

const $ = (id) => document.getElementById(id);

function term(vocabularies, list, code) {
  const entry = ((vocabularies && vocabularies[list]) || []).find((item) => item.code === code);
  return entry ? local(entry) : code;
}

async function show() {
  const id = new URLSearchParams(window.location.search).get('id');
  const view = $('record');
  if (!id) {
    view.replaceChildren(el('p', { class: 'problem', text: t(TEXT, 'missing') }));
    return;
  }
  view.setAttribute('aria-busy', 'true');
  const [answer, vocabularies] = await Promise.all([
    api('/api/exhibits/' + encodeURIComponent(id)),
    api('/api/exhibits/vocabularies'),
  ]);
  if (!answer.ok) {
    view.removeAttribute('aria-busy');
    view.replaceChildren(el('p', { class: 'problem', role: 'alert', text: answer.message }));
    return;
  }
  const exhibit = answer.body;
  const vocab = vocabularies.ok ? vocabularies.body : null;
  const museum = await api('/api/museums/' + encodeURIComponent(exhibit.museum));
  document.title = `${label(exhibit)} · ${document.title.split(' · ').pop()}`;
  const heading = $('record-title');
  heading.replaceChildren(...bilingual('span', exhibit.title, {}).flatMap((span, i) => (i ? [' ', span] : [span])));

  const figures = (exhibit.images || []).map((image) =>
    el(
      'figure',
      {},
      el('img', { src: image.url, alt: local(image.caption) || label(exhibit), loading: 'lazy' }),
      el('figcaption', { text: `${local(image.caption)}${image.licence ? ' · ' + term(vocab, 'licence', image.licence) : ''}` })
    )
  );
  const museumLink = el('a', {
    href: '/museum?code=' + encodeURIComponent(exhibit.museum),
    text: museum.ok ? label(museum.body) : exhibit.museum,
  });
  const parts = [
    ...figures,
    ...bilingual('p', exhibit.description, {}),
    facts([
      [t(TEXT, 'museum'), [museumLink]],
      [t(TEXT, 'dating'), exhibit.dating && exhibit.dating.label],
      [t(TEXT, 'category'), term(vocab, 'category', exhibit.category)],
      [t(TEXT, 'workType'), exhibit.workType && term(vocab, 'workType', exhibit.workType)],
      [t(TEXT, 'compiler'), local(exhibit.compiler)],
      [t(TEXT, 'edition'), exhibit.edition],
      [t(TEXT, 'inventoryNo'), exhibit.inventoryNo],
      [t(TEXT, 'keywords'), (exhibit.keywords || []).join('、')],
      [t(TEXT, 'rights'), local(exhibit.rights)],
    ]),
  ];
  const link = exhibit.status === 'PUBLISHED' ? await jsonLd('/api/exhibits/' + exhibit.id, `exhibit-${exhibit.id}.jsonld`) : null;
  if (link) {
    parts.push(el('p', {}, link));
  }
  view.removeAttribute('aria-busy');
  view.replaceChildren(...parts);
}

window.addEventListener('DOMContentLoaded', async () => {
  await setUpPage(() => show());
  await show();
});
