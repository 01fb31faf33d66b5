// A list filled a page at a time from one of the API's cursor-paged lists: a loading state, the
// items drawn by the caller's card function (as text), "more" while there is a next page, and a
// count in the status line.
import { api } from './api.js';

/**
 * @param {{list: Element, status: Element, more: Element, card: (item: any) => Element,
 *   words: () => {loading: string, none: string, found: (n: number, more: boolean) => string}}} parts
 */
export function pagedList({ list, status, more, card, words }) {
  let next = null;
  let count = 0;
  return {
    /** The first page of `path?params`, or with `append` the next one after those shown. */
    async load(path, params, append = false) {
      if (append && next) {
        params.set('cursor', next);
      }
      list.setAttribute('aria-busy', 'true');
      status.textContent = words().loading;
      const answer = await api(path + '?' + params);
      list.removeAttribute('aria-busy');
      if (!answer.ok) {
        status.textContent = answer.message;
        return;
      }
      if (!append) {
        list.replaceChildren();
        count = 0;
      }
      answer.body.items.forEach((item) => list.append(card(item)));
      count += answer.body.items.length;
      next = answer.body.next;
      more.hidden = !next;
      status.textContent = count ? words().found(count, !!next) : words().none;
    },
  };
}
