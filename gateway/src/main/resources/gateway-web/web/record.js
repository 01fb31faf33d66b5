// What the record pages share: a record's bilingual text as two paragraphs (the page's language
// first), definition lists, opening hours, and the record's JSON-LD, embedded in the page for
// search engines and offered as a file. Data is written as text only.
import { el, language, t } from './i18n.js';

const TEXT = {
  zh: {
    jsonLd: '下载 JSON-LD（schema.org）',
    days: { MON: '周一', TUE: '周二', WED: '周三', THU: '周四', FRI: '周五', SAT: '周六', SUN: '周日' },
    closedAllDays: '未公布开放时间。',
  },
  en: {
    jsonLd: 'Download JSON-LD (schema.org)',
    days: { MON: 'Mon', TUE: 'Tue', WED: 'Wed', THU: 'Thu', FRI: 'Fri', SAT: 'Sat', SUN: 'Sun' },
    closedAllDays: 'No opening hours published.',
  },
};

/** Both languages of a text, the page's first; the other marked with its lang for readers. */
export function bilingual(tag, text, attributes = {}) {
  if (!text) {
    return [];
  }
  const order = language() === 'en' ? ['en', 'zh'] : ['zh', 'en'];
  return order
    .filter((lang) => text[lang])
    .map((lang, i) =>
      el(
        tag,
        {
          ...attributes,
          lang: lang === 'zh' ? 'zh-Hans' : 'en',
          class: i ? 'bilingual other-language' : 'bilingual',
        },
        text[lang]
      )
    );
}

/** A definition list of [term, value] pairs, leaving out empty values. */
export function facts(pairs) {
  const list = el('dl', { class: 'facts' });
  for (const [term, value] of pairs) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
      continue;
    }
    list.append(el('dt', { text: term }), el('dd', {}, ...(Array.isArray(value) ? value : [String(value)])));
  }
  return list;
}

/** Weekly opening hours as a table, one row per rule. */
export function hours(rules) {
  if (!rules || rules.length === 0) {
    return el('p', { text: t(TEXT, 'closedAllDays') });
  }
  return el(
    'ul',
    { class: 'hours' },
    ...rules.map((rule) =>
      el('li', { text: `${rule.days.map((d) => t(TEXT, 'days')[d] || d).join('、')} ${rule.opens}–${rule.closes}` })
    )
  );
}

/**
 * Fetches the record's JSON-LD (content negotiation on its API URL), embeds it as a data block
 * (never executed: its type is not a script type) and returns a link that saves it as a file.
 */
export async function jsonLd(apiPath, fileName) {
  const response = await fetch(apiPath, { headers: { Accept: 'application/ld+json' } });
  if (!response.ok) {
    return null;
  }
  const text = await response.text();
  const block = document.createElement('script');
  block.type = 'application/ld+json';
  block.textContent = text;
  document.head.append(block);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/ld+json' }));
  return el('a', { href: url, download: fileName, class: 'json-ld', text: t(TEXT, 'jsonLd') });
}

/** A small Leaflet map with one marker, or nothing when the place has no coordinates. */
export async function placeMap(container, location, name, tiles) {
  if (!window.L || !location) {
    container.hidden = true;
    return;
  }
  const map = window.L.map(container, { scrollWheelZoom: false }).setView([location.lat, location.lon], 14);
  window.L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map);
  window.L.marker([location.lat, location.lon], { title: name, alt: name }).addTo(map);
}
