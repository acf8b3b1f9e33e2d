// GOV.UK Design System components built from data: tables, summary lists, pagination,
// option lists, banners and the flash message carried from one page to the next.
import { el, append, replace } from '/js/dom.js';

export const link = (href, text, attributes = {}) => el('a', { class: 'govuk-link', href, ...attributes }, text);

export const tag = (text, colour) => el('strong', { class: colour ? `govuk-tag govuk-tag--${colour}` : 'govuk-tag' }, text);

/** Fills a <select> with an optional empty choice then one option per [value, label]. */
export function fillOptions(select, entries, { empty, selected } = {}) {
  const options = [];
  if (empty !== undefined) options.push(el('option', { value: '' }, empty));
  for (const [value, text] of entries) options.push(el('option', { value }, text));
  replace(select, options);
  if (selected !== undefined && selected !== null) select.value = String(selected);
  return select;
}

/**
 * A govuk-table. columns: [{ heading, cell: (row) => node|text, numeric? }].
 * Answers the <table>; an empty list shows `empty` as a paragraph instead of rows.
 */
export function table({ id, caption, columns, rows, empty = 'Nothing to show.' }) {
  const head = el('thead', { class: 'govuk-table__head' },
    el('tr', { class: 'govuk-table__row' },
      columns.map((c) => el('th', { scope: 'col', class: `govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}` }, c.heading))));
  const body = el('tbody', { class: 'govuk-table__body' },
    rows.map((row) => el('tr', { class: 'govuk-table__row' },
      columns.map((c, i) => el(i === 0 && c.rowHeader ? 'th' : 'td',
        { class: `govuk-table__${i === 0 && c.rowHeader ? 'header' : 'cell'}${c.numeric ? ' govuk-table__cell--numeric' : ''}`, scope: i === 0 && c.rowHeader ? 'row' : null },
        c.cell(row))))));
  const result = el('table', { class: 'govuk-table', id },
    caption ? el('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, caption) : null,
    head, body);
  if (rows.length === 0) {
    body.append(el('tr', { class: 'govuk-table__row' },
      el('td', { class: 'govuk-table__cell', colspan: columns.length }, empty)));
  }
  return result;
}

/** A govuk-summary-list from [[key, value, actions?]]; value may be a node, text or list of nodes. */
export function summaryList(id, rows) {
  return el('dl', { class: 'govuk-summary-list', id },
    rows.map(([key, value, action]) => el('div', { class: 'govuk-summary-list__row' },
      el('dt', { class: 'govuk-summary-list__key' }, key),
      el('dd', { class: 'govuk-summary-list__value' }, value === '' || value === null || value === undefined ? 'None' : value),
      action ? el('dd', { class: 'govuk-summary-list__actions' }, action) : null)));
}

/** A bullet list of nodes/text, or `none` when empty. */
export function bulletList(items, none = 'None') {
  if (!items.length) return none;
  return el('ul', { class: 'govuk-list govuk-list--bullet' }, items.map((i) => el('li', {}, i)));
}

/** The page numbers to show: first, last, current and its neighbours, with gaps as null. */
function pageNumbers(current, total) {
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((p) => p >= 1 && p <= total));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}

/** The href of the current page with ?page=n (other query parameters kept). */
export function pageHref(page) {
  const params = new URLSearchParams(location.search);
  params.set('page', String(page));
  return `${location.pathname}?${params}`;
}

/** nav.govuk-pagination for a ResultPage; nothing when it all fits on one page. */
export function pagination({ page, totalPages }, hrefFor = pageHref) {
  if (!totalPages || totalPages <= 1) return document.createComment('one page');
  const nav = el('nav', { class: 'govuk-pagination', 'aria-label': 'Pagination' });
  if (page > 1) {
    nav.append(el('div', { class: 'govuk-pagination__prev' },
      el('a', { class: 'govuk-link govuk-pagination__link', href: hrefFor(page - 1), rel: 'prev' },
        arrow('prev'), el('span', { class: 'govuk-pagination__link-title' }, 'Previous', el('span', { class: 'govuk-visually-hidden' }, ' page')))));
  }
  nav.append(el('ul', { class: 'govuk-pagination__list' },
    pageNumbers(page, totalPages).map((p) => (p === null
      ? el('li', { class: 'govuk-pagination__item govuk-pagination__item--ellipses' }, '⋯')
      : el('li', { class: `govuk-pagination__item${p === page ? ' govuk-pagination__item--current' : ''}` },
        el('a', { class: 'govuk-link govuk-pagination__link', href: hrefFor(p), 'aria-label': `Page ${p}`, 'aria-current': p === page ? 'page' : null }, String(p)))))));
  if (page < totalPages) {
    nav.append(el('div', { class: 'govuk-pagination__next' },
      el('a', { class: 'govuk-link govuk-pagination__link', href: hrefFor(page + 1), rel: 'next' },
        el('span', { class: 'govuk-pagination__link-title' }, 'Next', el('span', { class: 'govuk-visually-hidden' }, ' page')), arrow('next'))));
  }
  return nav;
}

function arrow(direction) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', `govuk-pagination__icon govuk-pagination__icon--${direction}`);
  svg.setAttribute('xmlns', ns);
  svg.setAttribute('height', '13');
  svg.setAttribute('width', '15');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('viewBox', '0 0 15 13');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', direction === 'prev'
    ? 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z'
    : 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z');
  svg.append(path);
  return svg;
}

/**
 * A govuk-notification-banner. type 'success' is announced (role=alert) and focused by
 * GOV.UK Frontend; content is a heading text plus optional further nodes.
 */
export function banner({ id, type, title, heading, body }) {
  const success = type === 'success';
  return el('div', {
    class: `govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`,
    role: success ? 'alert' : 'region',
    'aria-labelledby': `${id}-title`,
    'data-module': 'govuk-notification-banner',
    id,
  },
  el('div', { class: 'govuk-notification-banner__header' },
    el('h2', { class: 'govuk-notification-banner__title', id: `${id}-title` }, title ?? (success ? 'Success' : 'Important'))),
  el('div', { class: 'govuk-notification-banner__content' },
    heading ? el('p', { class: 'govuk-notification-banner__heading' }, heading) : null,
    body ?? null));
}

const FLASH_KEY = 'tracker.flash';

/** Keeps a success message for the next page this tab shows (see showFlash). */
export function setFlash(message) {
  sessionStorage.setItem(FLASH_KEY, message);
}

/** Shows and forgets the flash message as #flash at the top of the main content. */
export function showFlash() {
  const message = sessionStorage.getItem(FLASH_KEY);
  const main = document.getElementById('main-content');
  if (!message || !main) return;
  sessionStorage.removeItem(FLASH_KEY);
  main.prepend(banner({ id: 'flash', type: 'success', heading: message }));
}

/**
 * Shows a failure that stops the page working (not found, not allowed, network) in place of
 * the content of `container`. Answers the error so callers can rethrow.
 */
export function showPageError(container, error) {
  const problem = error?.problem ?? { title: 'Something went wrong', detail: String(error?.message ?? error) };
  const heading = problem.status === 404 ? 'Not found'
    : problem.status === 403 ? 'You cannot see this'
    : problem.title ?? 'Something went wrong';
  replace(container,
    el('div', { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary', id: 'page-error' },
      el('div', { role: 'alert' },
        el('h2', { class: 'govuk-error-summary__title' }, heading),
        el('div', { class: 'govuk-error-summary__body' },
          el('p', { class: 'govuk-body' }, problem.detail ?? 'Try again later.')))));
  if (error && !error.problem) console.error(error);
  return error;
}

/** A "Loading…" line to put in a container while its data is fetched. */
export const loading = (text = 'Loading…') => el('p', { class: 'govuk-body govuk-hint', 'aria-live': 'polite' }, text);

export { el, append, replace };
