// The pages' languages: Chinese by default, English on request, the choice kept in localStorage.
// Static text is in the page in both languages (lang attributes; the style sheet shows one);
// scripts take their own text from a table per language through t().
const STORAGE_KEY = 'gazetteer.lang';
const listeners = [];

export function language() {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

/** The Accept-Language the API answers in. */
export function acceptLanguage() {
  return language() === 'en' ? 'en' : 'zh-CN';
}

function apply(lang) {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-Hans';
  document.documentElement.dataset.lang = lang;
  const toggle = document.getElementById('lang-switch');
  if (toggle) {
    toggle.textContent = lang === 'en' ? '中文' : 'English';
    toggle.setAttribute('lang', lang === 'en' ? 'zh-Hans' : 'en');
  }
}

/** Shows the page in the chosen language and wires the switch; onChange runs after a switch. */
export function setUpLanguage(onChange) {
  apply(language());
  if (onChange) {
    listeners.push(onChange);
  }
  const toggle = document.getElementById('lang-switch');
  if (toggle && !toggle.dataset.wired) {
    toggle.dataset.wired = 'true';
    toggle.addEventListener('click', () => {
      const next = language() === 'en' ? 'zh' : 'en';
      localStorage.setItem(STORAGE_KEY, next);
      apply(next);
      listeners.forEach((listener) => listener(next));
    });
  }
}

/** A text of the script's table in the page's language. */
export function t(table, key) {
  return table[language()][key];
}

/** A bilingual value ({zh, en}) in the page's language, the Chinese when there is no English. */
export function local(text) {
  if (text == null) {
    return '';
  }
  if (typeof text === 'string') {
    return text;
  }
  return (language() === 'en' && text.en) || text.zh || text.en || '';
}

/** A record's name in the page's language: its title or name, else its code or id. */
export function label(item) {
  return local(item.title || item.name) || item.code || item.id || '';
}

/** Today in Sichuan's time zone (YYYY-MM-DD), as a date input wants it. */
export function todayInSichuan() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** A date-time as the visitor's clock shows it, in Sichuan's time zone. */
export function dateTime(iso, options = { dateStyle: 'medium', timeStyle: 'short' }) {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat(language() === 'en' ? 'en-GB' : 'zh-CN', {
    ...options,
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}

/** An element with text (never markup) and optional attributes and children. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'text') {
      element.textContent = value;
    } else if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) {
        element.addEventListener(event, handler);
      }
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}
