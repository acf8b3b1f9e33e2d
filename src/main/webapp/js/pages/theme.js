// /themes/{id}: a theme and every recommendation confirmed in it that the person may see, by
// service: where it stands in the service's plan and what the next inspection found.
import { get, me } from '/js/api.js';
import { $, idFromPath, replace } from '/js/dom.js';
import { publishedText } from '/js/format.js';
import { RECOMMENDATION_STATUSES, REGIONS, hasAnyRole, label } from '/js/labels.js';
import { el, link, showPageError, summaryList, table, tag } from '/js/ui.js';

const id = idFromPath();

// What the next inspection found of a recommendation of the previous one.
const OUTCOMES = {
  MET: ['Met', 'green'],
  PARTLY_MET: ['Partly met', 'yellow'],
  NOT_MET: ['Not met', 'red'],
  NO_LONGER_APPLICABLE: ['No longer applicable', 'grey'],
};

const planCell = (r) => (r.planId
  ? link(`/plans/${r.planId}`, label(RECOMMENDATION_STATUSES, r.planStatus))
  : el('span', { class: 'govuk-hint' }, 'No plan'));

const outcomeCell = (r) => {
  if (!r.outcome) return el('span', { class: 'govuk-hint' }, 'Not recorded');
  const [text, colour] = OUTCOMES[r.outcome] ?? [r.outcome, 'grey'];
  return r.outcomeInspectionId ? link(`/inspections/${r.outcomeInspectionId}`, tag(text, colour)) : tag(text, colour);
};

function services(rows) {
  const count = new Set(rows.map((r) => r.serviceId)).size;
  return el('p', { class: 'govuk-body', id: 'theme-count' },
    rows.length
      ? `${rows.length} confirmed ${rows.length === 1 ? 'recommendation' : 'recommendations'} for ${count} ${count === 1 ? 'service' : 'services'}.`
      : 'No recommendation you can see has been confirmed in this theme yet.');
}

try {
  const [account, page] = await Promise.all([me(), get(`/themes/${id}`)]);
  const { theme, recommendations: rows } = page;
  document.title = `${theme.name} – Inspection tracker`;
  replace($('#theme-title'), theme.name, theme.retired ? [' ', tag('Retired', 'grey')] : null);
  if (hasAnyRole(account, ['INSPECTORATE_ADMIN'])) {
    replace($('#actions'), el('a', { class: 'govuk-button govuk-button--secondary', href: `/themes/${id}/edit`, id: 'change-theme', role: 'button', draggable: 'false', 'data-module': 'govuk-button' }, 'Change'));
  }
  replace($('#theme-body'),
    summaryList('theme-details', [
      ['Description', theme.description ?? ''],
      ['Keywords', theme.keywords.join(', ')],
    ]),
    el('h2', { class: 'govuk-heading-m' }, 'Where it was recommended'),
    services(rows),
    rows.length ? table({
      id: 'theme-recommendations',
      columns: [
        { heading: 'Service', rowHeader: true, cell: (r) => [link(`/services/${r.serviceId}`, r.serviceName), el('br'), el('span', { class: 'govuk-hint' }, label(REGIONS, r.region))] },
        { heading: 'Inspection', cell: (r) => link(`/inspections/${r.inspectionId}`, publishedText(r.published) || 'Not published') },
        { heading: 'Recommendation', cell: (r) => el('span', { id: `recommendation-${r.recommendationId}` }, `${r.number}. ${r.text}`) },
        { heading: 'In the plan', cell: planCell },
        { heading: 'At the next inspection', cell: outcomeCell },
      ],
      rows,
    }) : null);
} catch (error) {
  showPageError($('#theme-body'), error);
}
