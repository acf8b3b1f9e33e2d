// /dashboard: the inspectorate's table of every service with a published inspection, filtered,
// sorted and paged by the address (shareable; the back button works), with its charts and exports.
import { get, queryString } from '/js/api.js';
import { $, replace } from '/js/dom.js';
import { plural, publishedText } from '/js/format.js';
import { KINDS, RATINGS, REGIONS, label } from '/js/labels.js';
import { bindFilters, pageFromUrl, showListError } from '/js/list.js';
import { ratingBadge } from '/js/ratings.js';
import { barChart } from '/js/charts.js';
import { el, fillOptions, link, pagination, table, tag } from '/js/ui.js';

const form = $('#filters');

const STAGES = {
  NOT_STARTED: ['Not started', 'grey'],
  DRAFT: ['Draft', 'yellow'],
  ENDORSED: ['Endorsed', 'blue'],
  SUBMITTED_LATE: ['Submitted late', 'red'],
  SUBMITTED: ['Submitted', 'turquoise'],
  ACTIVE: ['Active', 'green'],
  CLOSED: ['Closed', 'purple'],
};

const DIRECTIONS = { IMPROVED: 'Improved', SAME: 'Same', DECLINED: 'Declined' };

// Every column sorts; the key is what the API's sort parameter takes.
const COLUMNS = [
  { key: 'service', heading: 'Service', cell: (r) => link(`/services/${r.serviceId}/dashboard`, r.service, { 'data-service-id': r.serviceId }) },
  { key: 'region', heading: 'Region', cell: (r) => r.regionLabel },
  { key: 'framework', heading: 'Framework', cell: (r) => r.frameworkName },
  { key: 'published', heading: 'Published', cell: (r) => link(`/inspections/${r.inspectionId}`, publishedText(r.published)) },
  { key: 'overall', heading: 'Overall rating', cell: (r) => (r.overall ? ratingBadge(r.overall) : '–') },
  { key: 'score', heading: 'Score', numeric: true, cell: (r) => (r.score ?? '–') },
  { key: 'planStage', heading: 'Plan', cell: planCell },
  { key: 'daysLate', heading: 'Days late', numeric: true, cell: (r) => (r.daysLate > 0 ? count(r.daysLate) : '–') },
  { key: 'openRecommendations', heading: 'Open', hidden: ' recommendations', numeric: true, cell: (r) => r.openRecommendations },
  { key: 'implementedRecommendations', heading: 'Implemented', hidden: ' recommendations', numeric: true, cell: (r) => r.implementedRecommendations },
  { key: 'overdueActions', heading: 'Overdue', hidden: ' actions', numeric: true, cell: (r) => r.overdueActions },
  { key: 'staleActions', heading: 'Stale', hidden: ' actions', numeric: true, cell: (r) => r.staleActions },
];

const count = (n) => n.toLocaleString('en-GB');
const days = (n) => `${count(n)} ${n === 1 ? 'day' : 'days'}`;

// Not yet submitted (started or not) and past its due date: "Not started – 1,433 days late".
const WAITING = ['NOT_STARTED', 'DRAFT', 'ENDORSED'];

function planCell(row) {
  const [label, colour] = STAGES[row.planStage] ?? [row.planStage, null];
  let text = label;
  let late = null;
  if (row.planLate && WAITING.includes(row.planStage)) {
    text = `${label} – ${days(row.daysLate)} late`;
  } else if (row.planLate && row.planStage === 'SUBMITTED_LATE') {
    text = `Submitted ${days(row.daysLate)} late`;
  } else if (row.planLate) {
    late = [' ', el('span', { class: 'govuk-body-s' }, `(submitted ${days(row.daysLate)} late)`)];
  }
  const shown = tag(text, row.planLate && !late ? 'red' : colour);
  return [row.planId ? link(`/plans/${row.planId}`, shown) : shown, late];
}

/** The address of this page sorted by key: ascending first, the other way when already so. */
function sortHref(key, current) {
  const params = new URLSearchParams(location.search);
  params.set('sort', current === key ? `-${key}` : key);
  params.delete('page');
  return `${location.pathname}?${params}`;
}

function servicesTable(rows, sort) {
  const current = sort.replace(/^-/, '');
  const descending = sort.startsWith('-');
  const head = el('thead', { class: 'govuk-table__head' }, el('tr', { class: 'govuk-table__row' },
    COLUMNS.map((c) => el('th', {
      scope: 'col',
      class: `govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}`,
      'aria-sort': c.key === current ? (descending ? 'descending' : 'ascending') : 'none',
      'data-sort-key': c.key,
    }, el('a', { class: 'govuk-link tracker-sort', href: sortHref(c.key, sort) }, c.heading,
      c.hidden ? el('span', { class: 'govuk-visually-hidden' }, c.hidden) : null,
      c.key === current ? el('span', { 'aria-hidden': 'true' }, descending ? ' ▼' : ' ▲') : null)))));
  const body = el('tbody', { class: 'govuk-table__body' }, rows.map((r) => el('tr', { class: 'govuk-table__row', 'data-service-id': r.serviceId },
    COLUMNS.map((c) => el('td', { class: `govuk-table__cell${c.numeric ? ' govuk-table__cell--numeric' : ''}`, 'data-column': c.key }, c.cell(r))))));
  if (!rows.length) {
    body.append(el('tr', { class: 'govuk-table__row' }, el('td', { class: 'govuk-table__cell', colspan: COLUMNS.length }, 'No services match these filters.')));
  }
  return el('div', { class: 'tracker-table-scroll' }, el('table', { class: 'govuk-table tracker-dashboard-table', id: 'dashboard-table' },
    el('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, 'Services',
      el('span', { class: 'govuk-body-s tracker-block' }, 'Open and implemented count the recommendations the latest inspection\'s plan answers (carried ones included); overdue and stale count its actions; days late count from the plan\'s due date.')), head, body));
}

function ratingsChart(ratings) {
  const counted = ratings.filter((r) => r.count > 0 || r.rating !== 'NOT_RATED');
  return el('div', { class: 'govuk-grid-column-one-half', id: 'rating-distribution' },
    el('h2', { class: 'govuk-heading-m' }, 'Latest overall ratings'),
    barChart({
      id: 'rating-chart',
      label: 'Bar chart of latest overall ratings; the table below gives the same figures',
      bars: counted.map((r) => ({ label: label(RATINGS, r.rating), value: r.count, className: `tracker-chart__bar--${r.rating.toLowerCase().replace(/_/g, '-')}` })),
    }),
    table({
      id: 'rating-table',
      caption: 'Services by latest overall rating',
      rows: counted,
      columns: [
        { heading: 'Rating', cell: (r) => label(RATINGS, r.rating) },
        { heading: 'Services', numeric: true, cell: (r) => String(r.count) },
      ],
    }));
}

function changesChart(changes) {
  return el('div', { class: 'govuk-grid-column-one-half', id: 'rating-changes' },
    el('h2', { class: 'govuk-heading-m' }, 'Rating changes between inspections'),
    el('p', { class: 'govuk-body', id: 'change-totals' },
      `${changes.improved} improved, ${changes.same} stayed the same, ${changes.declined} declined (each service's latest rated inspection against the rated one before it).`),
    barChart({
      id: 'changes-chart',
      label: 'Bar chart of rating changes; the table below gives the same figures',
      bars: [
        { label: 'Improved', value: changes.improved, className: 'tracker-chart__bar--improved' },
        { label: 'Same', value: changes.same, className: 'tracker-chart__bar--same' },
        { label: 'Declined', value: changes.declined, className: 'tracker-chart__bar--declined' },
      ],
    }),
    table({
      id: 'changes-table',
      caption: 'From one overall rating to the next',
      rows: changes.changes,
      empty: 'No service has two rated inspections.',
      columns: [
        { heading: 'From', cell: (c) => label(RATINGS, c.from) },
        { heading: 'To', cell: (c) => label(RATINGS, c.to) },
        { heading: 'Change', cell: (c) => DIRECTIONS[c.direction] },
        { heading: 'Count', numeric: true, cell: (c) => String(c.count) },
      ],
    }));
}

function exportLinks(filters) {
  const query = (format) => `/api/dashboard/export${queryString({ ...filters, format })}`;
  replace($('#exports'),
    el('a', { class: 'govuk-button govuk-button--secondary tracker-actions__button', href: query('csv'), id: 'export-csv', download: '' }, 'Download CSV'),
    ' ',
    el('a', { class: 'govuk-button govuk-button--secondary tracker-actions__button', href: query('xlsx'), id: 'export-xlsx', download: '' }, 'Download XLSX'));
}

try {
  const frameworks = await get('/frameworks');
  fillOptions($('#region'), Object.entries(REGIONS), { empty: 'Any region' });
  fillOptions($('#overall'), Object.entries(RATINGS).filter(([k]) => k !== 'NOT_RATED'), { empty: 'Any rating' });
  fillOptions($('#framework'), frameworks.map((f) => [f.code, f.name]), { empty: 'Any framework' });
  fillOptions($('#ownerKind'), Object.entries(KINDS), { empty: 'Anyone' });
  try {
    // The themes list comes from the themes part; without it the filter still takes a code.
    const themes = await get('/themes');
    const list = Array.isArray(themes) ? themes : themes.items ?? [];
    fillOptions($('#theme'), list.map((t) => [t.code, t.name]), { empty: 'Any theme' });
  } catch {
    // keep "Any theme" and whatever the address names
  }
  const filters = bindFilters(form);
  exportLinks(filters);
  const result = await get('/dashboard', { ...filters, page: pageFromUrl(), size: 25 });
  $('#result-count').textContent = plural(result.rows.total, 'service');
  replace($('#results'), servicesTable(result.rows.items, result.sort), pagination(result.rows));
  replace($('#charts'), ratingsChart(result.ratings), changesChart(result.changes));
} catch (error) {
  showListError(form, $('#results'), error);
}
