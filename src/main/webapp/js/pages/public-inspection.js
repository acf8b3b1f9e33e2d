// /public/inspections/{id}: a published inspection for anybody, no sign-in: its ratings in the
// reports' colours, and each recommendation with who it is addressed to, where it stands in the
// service's plan (with the day of each change of status, as the register of police recommendations
// gives it: dates and statuses only) and what the next inspection found.
import { get } from '/js/api.js';
import { $, idFromPath, replace } from '/js/dom.js';
import { formatDate, plural, publishedText } from '/js/format.js';
import { KINDS, RECOMMENDATION_STATUSES, REGIONS, label } from '/js/labels.js';
import { recommendationStatusTag } from '/js/plan-parts.js';
import { ratingBadge } from '/js/ratings.js';
import { el, showPageError, summaryList, table, tag } from '/js/ui.js';

const OUTCOMES = { MET: 'Met', PARTLY_MET: 'Partly met', NOT_MET: 'Not met', NO_LONGER_APPLICABLE: 'No longer applicable' };

function headline(i) {
  return el('div', { class: 'govuk-grid-row', id: 'headline' },
    el('div', { class: 'govuk-grid-column-one-half' },
      el('h2', { class: 'govuk-heading-s govuk-!-margin-bottom-2' }, 'Overall rating'),
      el('p', { class: 'govuk-body-l', id: 'overall-rating' }, ratingBadge(i.overallRating))),
    i.score !== null && i.score !== undefined ? el('div', { class: 'govuk-grid-column-one-half' },
      el('h2', { class: 'govuk-heading-s govuk-!-margin-bottom-2' }, 'Score'),
      el('p', { class: 'govuk-body', id: 'score' }, el('span', { class: 'tracker-score' }, String(i.score)), ` out of ${i.maxScore ?? 36}`))
      : null);
}

const standards = (i) => table({
  id: 'public-ratings',
  caption: 'Ratings',
  rows: i.standards,
  empty: 'This inspection gave no ratings.',
  columns: [
    { heading: 'Standard', rowHeader: true, cell: (s) => s.code },
    { heading: 'Name', cell: (s) => s.name },
    { heading: 'Rating', cell: (s) => ratingBadge(s.rating, { id: `rating-${s.code}` }) },
  ],
});

/** The recommendation's changes of status in the plan, oldest first, in a GOV.UK details component. */
function history(r) {
  const changes = r.history ?? [];
  if (!changes.length) return null;
  const words = (status) => label(RECOMMENDATION_STATUSES, status);
  return el('details', { class: 'govuk-details govuk-!-margin-bottom-3', id: `history-${r.number}` },
    el('summary', { class: 'govuk-details__summary' },
      el('span', { class: 'govuk-details__summary-text' }, `Status history (${plural(changes.length, 'change')})`)),
    el('div', { class: 'govuk-details__text' }, table({
      id: `history-${r.number}-table`,
      rows: changes,
      columns: [
        { heading: 'Date', cell: (c) => formatDate(c.date) },
        { heading: 'Status', cell: (c) => (c.from ? `${words(c.from)} → ${words(c.to)}` : words(c.to)) },
      ],
    })));
}

function recommendation(r) {
  return el('li', { id: `recommendation-${r.number}`, value: r.number, class: 'tracker-public-recommendation' },
    r.heading ? el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, r.heading) : null,
    el('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, r.text),
    el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' },
      (r.ownerKinds ?? []).map((k) => [el('strong', { class: 'govuk-tag govuk-tag--blue tracker-owner-tag' }, label(KINDS, k)), ' ']),
      (r.owners ?? []).length ? `Addressed to ${r.owners.join(', ')}.` : null),
    el('p', { class: 'govuk-body-s govuk-!-margin-bottom-3' },
      'In the plan: ',
      r.status
        ? recommendationStatusTag(r.status, `status-${r.number}`)
        : el('span', { id: `status-${r.number}` }, 'No plan published yet'),
      r.outcome ? [' · At the next inspection: ', el('strong', { id: `outcome-${r.number}` }, OUTCOMES[r.outcome] ?? r.outcome)] : null),
    history(r));
}

function render(i) {
  document.title = `${i.service} – Inspection tracker`;
  $('#inspection-caption').textContent = i.service;
  $('#inspection-title').textContent = `Inspection published ${publishedText(i.published)}`;
  replace($('#inspection-body'),
    headline(i),
    summaryList('public-details', [
      ['Service', i.service],
      ['Region', label(REGIONS, i.region)],
      ['Framework', i.framework],
      ['Published', publishedText(i.published)],
    ]),
    standards(i),
    el('h2', { class: 'govuk-heading-m' }, 'Recommendations'),
    i.recommendations.length
      ? el('ol', { class: 'govuk-list govuk-list--number', id: 'public-recommendations' }, i.recommendations.map(recommendation))
      : el('p', { class: 'govuk-body', id: 'public-recommendations' }, 'No recommendations recorded.'),
    i.recommendations.some((r) => r.status) ? null : el('p', { class: 'govuk-hint' }, tag('No plan yet', 'grey'), ' The service has not started its improvement plan in the tracker.'));
}

try {
  render(await get(`/public/inspections/${idFromPath()}`));
} catch (error) {
  showPageError($('#inspection-body'), error);
}
