// /services/{id}: a youth justice service, its board and partners, and its chain of inspections,
// each one following the one before it.
import { get, me } from '/js/api.js';
import { $, idFromPath, replace } from '/js/dom.js';
import { plural, publishedText } from '/js/format.js';
import { INSPECTION_KINDS, KINDS, RATINGS, label } from '/js/labels.js';
import { isInspectorate } from '/js/permissions.js';
import { ratingBadge } from '/js/ratings.js';
import { bulletList, el, link, summaryList, showPageError, tag } from '/js/ui.js';

const id = idFromPath();
const RANK = { OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1 };

/** How an inspection compares with the one before: "Up from Requires improvement; score +11". */
function change(inspection, before) {
  if (!before || !inspection.publishedOverall) return null;
  const parts = [];
  if (before.publishedOverall) {
    const diff = RANK[inspection.publishedOverall] - RANK[before.publishedOverall];
    parts.push(diff === 0 ? `Same overall rating as before (${label(RATINGS, before.publishedOverall)})`
      : `${diff > 0 ? 'Up' : 'Down'} from ${label(RATINGS, before.publishedOverall)}`);
  }
  if (before.publishedScore !== null && inspection.publishedScore !== null && before.framework === inspection.framework) {
    const diff = inspection.publishedScore - before.publishedScore;
    parts.push(`score ${diff > 0 ? '+' : ''}${diff}`);
  }
  return parts.length ? el('p', { class: 'govuk-body-s govuk-!-margin-bottom-0', 'data-change': 'true' }, `${parts.join('; ')}.`) : null;
}

function chain(inspections) {
  if (!inspections.length) return el('p', { class: 'govuk-body', id: 'inspection-chain' }, 'No inspections of this service are recorded yet.');
  // Newest first to read, but each compared with the one it follows.
  const items = inspections.map((inspection, index) => ({ inspection, before: index ? inspections[index - 1] : null })).reverse();
  return el('ol', { class: 'tracker-chain', id: 'inspection-chain', reversed: true },
    items.map(({ inspection, before }) => el('li', { id: `chain-${inspection.id}` },
      el('h3', { class: 'govuk-heading-s govuk-!-margin-bottom-1' },
        link(`/inspections/${inspection.id}`, publishedText(inspection.published)),
        inspection.status === 'DRAFT' ? [' ', tag('Draft', 'grey')] : null),
      el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' },
        `${label(INSPECTION_KINDS, inspection.kind)} · ${inspection.frameworkName}`),
      inspection.publishedOverall
        ? el('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, ratingBadge(inspection.publishedOverall),
          inspection.publishedScore !== null ? ` ${inspection.publishedScore} out of 36` : '')
        : el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, 'No overall rating'),
      change(inspection, before))));
}

try {
  const [account, service, inspections] = await Promise.all([
    me(), get(`/organisations/${id}`), get(`/services/${id}/inspections`),
  ]);
  document.title = `${service.name} – Inspection tracker`;
  $('#service-name').textContent = service.name;
  if (isInspectorate(account)) {
    $('#actions').append(el('a', { class: 'govuk-button', href: `/inspections/new?serviceId=${id}`, id: 'record-inspection', role: 'button', draggable: 'false', 'data-module': 'govuk-button' }, 'Record an inspection'));
  }
  const latest = [...inspections].reverse().find((i) => i.status === 'PUBLISHED');
  replace($('#service-body'),
    summaryList('service-details', [
      ['Region', service.regionLabel],
      ['Latest overall rating', latest?.publishedOverall ? ratingBadge(latest.publishedOverall) : 'None published'],
      ['Management board', service.board ? link(`/organisations/${service.board.id}`, service.board.name) : 'None recorded'],
      ['Partners', bulletList((service.partners ?? []).map((p) => [link(`/organisations/${p.id}`, p.name), ` (${label(KINDS, p.kind)})`]))],
      ['In the directory', link(`/organisations/${id}`, 'See the organisation record')],
      ['Dashboard', link(`/services/${id}/dashboard`, 'See progress since the latest inspection', { id: 'service-dashboard-link' })],
    ]),
    el('h2', { class: 'govuk-heading-m' }, 'Inspections'),
    el('p', { class: 'govuk-body', id: 'inspection-count' }, `${plural(inspections.length, 'inspection')} recorded, newest first.`),
    chain(inspections));
} catch (error) {
  showPageError($('#service-body'), error);
}
