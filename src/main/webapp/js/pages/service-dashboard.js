// /services/{id}/dashboard: one service from its latest publication on: ratings then and now,
// recommendations and actions counted, plan dates, and progress month by month (charts with
// tables giving the same figures).
import { get } from '/js/api.js';
import { $, idFromPath, replace } from '/js/dom.js';
import { plural, publishedText, formatDate } from '/js/format.js';
import { PLAN_STATUSES, RATINGS, RECOMMENDATION_STATUSES, label } from '/js/labels.js';
import { ratingBadge, ratingCellClass } from '/js/ratings.js';
import { lineChart, stackedColumns } from '/js/charts.js';
import { el, link, showPageError, summaryList, table } from '/js/ui.js';

const id = Number(idFromPath());

const STAGES = {
  NOT_STARTED: 'Not started', DRAFT: 'Draft', ENDORSED: 'Endorsed', SUBMITTED_LATE: 'Submitted late',
  SUBMITTED: 'Submitted', ACTIVE: 'Active', CLOSED: 'Closed',
};

const monthText = (month) => new Date(`${month}-01T12:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

const ratingCell = (rating) => (rating ? el('span', { class: ratingCellClass(rating) }, label(RATINGS, rating)) : '–');

function ratingsTable(d) {
  const rows = [
    { name: 'Overall rating', previous: d.previous?.overall, latest: d.latest?.overall, rating: true },
    { name: 'Score', previous: d.previous?.score, latest: d.latest?.score },
    ...d.standards.map((s) => ({ name: `${s.code} ${s.name}`, previous: s.previous, latest: s.latest, rating: true })),
  ];
  return table({
    id: 'ratings-table',
    caption: 'Ratings then and now',
    rows,
    columns: [
      { heading: 'Standard', rowHeader: true, cell: (r) => r.name },
      { heading: d.previous ? `Previous (${publishedText(d.previous.published)})` : 'Previous', cell: (r) => (r.rating ? ratingCell(r.previous) : (r.previous ?? '–')) },
      { heading: `Latest (${publishedText(d.latest.published)})`, cell: (r) => (r.rating ? ratingCell(r.latest) : (r.latest ?? '–')) },
    ],
  });
}

function count(idName, value, text) {
  return el('div', { class: 'tracker-count' },
    el('span', { class: 'tracker-count__value', id: idName }, String(value)),
    el('span', { class: 'tracker-count__label' }, text));
}

function counts(d) {
  const a = d.actions;
  return el('div', { class: 'tracker-counts govuk-body', id: 'dashboard-counts' },
    count('count-open', d.recommendations.OPEN + d.recommendations.IN_PROGRESS, 'open recommendations'),
    count('count-implemented', d.recommendations.IMPLEMENTED, 'implemented recommendations'),
    count('count-overdue', a.flags.overdue, 'overdue actions'),
    count('count-stale', a.flags.stale, 'stale actions'),
    count('count-actions', a.total, plural(a.total, 'action').replace(/^\d+ /, '')));
}

function recommendationsTable(d) {
  return table({
    id: 'recommendations-table',
    caption: `Recommendations by status (${d.recommendationCount})`,
    rows: Object.entries(d.recommendations),
    columns: [
      { heading: 'Status', cell: ([status]) => label(RECOMMENDATION_STATUSES, status) },
      { heading: 'Recommendations', numeric: true, cell: ([status, n]) => el('span', { 'data-status': status }, String(n)) },
    ],
  });
}

function ragTable(actions) {
  const rows = [
    ['Red', actions.rag.red, 'red'], ['Amber', actions.rag.amber, 'amber'], ['Green', actions.rag.green, 'green'],
    ['No update yet', actions.rag.noUpdate, 'none'], ['Cancelled', actions.cancelled, 'cancelled'],
  ];
  return table({
    id: 'rag-table',
    caption: 'Actions by their latest RAG',
    rows,
    columns: [
      { heading: 'RAG', cell: ([text, , kind]) => (kind === 'none' || kind === 'cancelled' ? text : el('span', { class: `tracker-rag tracker-rag--${kind}` }, text)) },
      { heading: 'Actions', numeric: true, cell: ([, n, kind]) => el('span', { 'data-rag': kind }, String(n)) },
    ],
  });
}

function progress(months) {
  if (!months.length) return el('p', { class: 'govuk-body', id: 'progress-none' }, 'No plan has been started, so there is no progress to show yet.');
  const labels = months.map((m) => monthText(m.month));
  return [
    el('h2', { class: 'govuk-heading-m' }, 'Progress by month'),
    el('p', { class: 'govuk-body' }, 'As things stood at the end of each month, from the progress updates written by then (a correction replaces the update it corrects from when it was written).'),
    el('h3', { class: 'govuk-heading-s' }, 'Average percent complete'),
    lineChart({ id: 'percent-chart', label: 'Line chart of average percent complete by month; the table below gives the same figures', points: months.map((m, i) => ({ label: labels[i], value: m.averagePercent })) }),
    el('h3', { class: 'govuk-heading-s' }, 'Actions by RAG'),
    stackedColumns({
      id: 'rag-chart',
      label: 'Stacked bar chart of actions by RAG each month; the table below gives the same figures',
      columns: months.map((m, i) => ({ label: labels[i], parts: [
        { value: m.red, className: 'tracker-chart__bar--red' },
        { value: m.amber, className: 'tracker-chart__bar--amber' },
        { value: m.green, className: 'tracker-chart__bar--green' },
        { value: m.noUpdate, className: 'tracker-chart__bar--none' },
      ] })),
    }),
    el('p', { class: 'govuk-body-s tracker-chart-key' },
      el('span', { class: 'tracker-rag tracker-rag--red' }, 'Red'), ' ',
      el('span', { class: 'tracker-rag tracker-rag--amber' }, 'Amber'), ' ',
      el('span', { class: 'tracker-rag tracker-rag--green' }, 'Green'), ' ',
      el('span', { class: 'tracker-rag tracker-rag--none' }, 'No update yet')),
    table({
      id: 'progress-table',
      caption: 'Progress by month',
      rows: months,
      columns: [
        { heading: 'Month', rowHeader: true, cell: (m) => monthText(m.month) },
        { heading: 'Actions', numeric: true, cell: (m) => String(m.actions) },
        { heading: 'Average % complete', numeric: true, cell: (m) => (m.averagePercent === null ? '–' : String(m.averagePercent)) },
        { heading: 'Red', numeric: true, cell: (m) => String(m.red) },
        { heading: 'Amber', numeric: true, cell: (m) => String(m.amber) },
        { heading: 'Green', numeric: true, cell: (m) => String(m.green) },
        { heading: 'No update', numeric: true, cell: (m) => String(m.noUpdate) },
      ],
    }),
  ];
}

/**
 * The plan's stage (a link to the plan), how late it is as the server counts it, and its due date.
 * A plan not started has no link; it is late all the same once the server says so.
 */
function planRow(d) {
  // The deadline is there with or without a plan: a plan never started is late all the same.
  const p = d.plan ? { ...d.deadline, ...d.plan, daysLate: d.deadline?.daysLate } : d.deadline;
  if (!p) return 'Not started';
  const stage = STAGES[p.stage] ?? label(PLAN_STATUSES, p.status);
  const late = p.late
    ? [' ', el('strong', { class: 'govuk-tag govuk-tag--red', id: 'plan-late' }, p.daysLate ? `Late by ${plural(p.daysLate, 'day')}` : 'Late')]
    : null;
  // Once submitted, the countdown to the due date no longer matters: when it went in does.
  const due = p.submittedOn
    ? `submitted ${formatDate(p.submittedOn)}${p.late ? ', late' : ', on time'}`
    : p.daysToDue >= 0 ? `due in ${plural(p.daysToDue, 'day')}` : `${plural(-p.daysToDue, 'day')} past its due date`;
  return [p.id ? link(`/plans/${p.id}`, stage, { id: 'plan-link' }) : el('span', { id: 'plan-stage' }, stage),
    late,
    p.dueDate ? el('span', { class: 'tracker-block', id: 'plan-due' }, `Due ${formatDate(p.dueDate)}: ${due}`) : null];
}

try {
  const d = await get(`/services/${id}/dashboard`);
  document.title = `${d.service} dashboard – Inspection tracker`;
  $('#service-name').textContent = d.service;
  $('#back-link').setAttribute('href', `/services/${id}`);
  if (!d.latest) {
    replace($('#dashboard-body'), el('p', { class: 'govuk-body', id: 'no-inspection' }, 'No inspection of this service has been published yet.'));
  } else {
    replace($('#dashboard-body'),
      summaryList('dashboard-summary', [
        ['Region', d.regionLabel],
        ['Latest inspection', [link(`/inspections/${d.latest.inspectionId}`, publishedText(d.latest.published)), ' ', ratingBadge(d.latest.overall)]],
        ['Since publication', el('span', { id: 'days-since' }, plural(d.daysSincePublication, 'day'))],
        ['Improvement plan', planRow(d)],
      ]),
      counts(d),
      ratingsTable(d),
      el('div', { class: 'govuk-grid-row' },
        el('div', { class: 'govuk-grid-column-one-half' }, recommendationsTable(d)),
        el('div', { class: 'govuk-grid-column-one-half' }, ragTable(d.actions))),
      progress(d.progress));
  }
} catch (error) {
  showPageError($('#dashboard-body'), error);
}
