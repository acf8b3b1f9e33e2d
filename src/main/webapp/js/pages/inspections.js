// /inspections: every inspection the person can see, newest first, filtered and paged.
import { get, me } from '/js/api.js';
import { $, show } from '/js/dom.js';
import { INSPECTION_KINDS, INSPECTION_STATUSES, RATINGS, REGIONS, label } from '/js/labels.js';
import { bindFilters, pageFromUrl, showListError, showResults } from '/js/list.js';
import { isInspectorate } from '/js/permissions.js';
import { ratingBadge, scoreText } from '/js/ratings.js';
import { el, fillOptions, link, table, tag } from '/js/ui.js';
import { plural, publishedText } from '/js/format.js';

const form = $('#filters');

const inspectionsTable = (items) => table({
  id: 'inspections-table',
  caption: 'Inspections',
  rows: items,
  empty: 'No inspections match these filters.',
  columns: [
    { heading: 'Service', cell: (i) => link(`/inspections/${i.id}`, i.service.name) },
    { heading: 'Published', cell: (i) => [publishedText(i.published), i.status === 'DRAFT' ? [' ', tag('Draft', 'grey')] : null] },
    { heading: 'Kind', cell: (i) => label(INSPECTION_KINDS, i.kind) },
    { heading: 'Region', cell: (i) => label(REGIONS, i.service.region) },
    { heading: 'Score', cell: (i) => scoreText(i.publishedScore) || '–' },
    { heading: 'Overall rating', cell: (i) => (i.publishedOverall ? ratingBadge(i.publishedOverall) : '–') },
  ],
});

try {
  const [account, services, frameworks] = await Promise.all([me(), get('/organisations/services'), get('/frameworks')]);
  fillOptions($('#serviceId'), services.map((s) => [s.id, s.name]), { empty: 'Any service' });
  fillOptions($('#region'), Object.entries(REGIONS), { empty: 'Any region' });
  fillOptions($('#framework'), frameworks.map((f) => [f.code, f.name]), { empty: 'Any framework' });
  fillOptions($('#overall'), Object.entries(RATINGS).filter(([k]) => k !== 'NOT_RATED'), { empty: 'Any rating' });
  fillOptions($('#status'), Object.entries(INSPECTION_STATUSES), { empty: 'Drafts and published' });
  show($('#status-group'), isInspectorate(account));
  const filters = bindFilters(form);
  if (isInspectorate(account)) {
    $('#actions').append(
      el('a', { class: 'govuk-button tracker-actions__button', href: '/inspections/new', id: 'add-inspection', role: 'button', draggable: 'false', 'data-module': 'govuk-button' }, 'Record an inspection'),
      ' ',
      el('a', { class: 'govuk-button govuk-button--secondary tracker-actions__button', href: '/imports/new', id: 'import-report', role: 'button', draggable: 'false', 'data-module': 'govuk-button' }, 'Import a report'));
  }
  const result = await get('/inspections', { ...filters, page: pageFromUrl(), size: 25 });
  showResults($('#results'), $('#result-count'), result, {
    table: inspectionsTable,
    countText: (n) => plural(n, 'inspection'),
  });
} catch (error) {
  showListError(form, $('#results'), error);
}
