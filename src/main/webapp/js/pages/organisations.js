// /organisations: a filtered, paged table of the organisations the person can see.
import { get, me } from '/js/api.js';
import { $ } from '/js/dom.js';
import { KINDS, REGIONS, WRITER_ROLES, hasAnyRole } from '/js/labels.js';
import { bindFilters, pageFromUrl, showListError, showResults } from '/js/list.js';
import { el, fillOptions, link, table } from '/js/ui.js';
import { plural } from '/js/format.js';

const form = $('#filters');
fillOptions($('#kind'), Object.entries(KINDS), { empty: 'Any kind' });
fillOptions($('#region'), Object.entries(REGIONS), { empty: 'Any region' });
const filters = bindFilters(form);

const relation = (o) => {
  if (o.boardOf) return `Board of ${o.boardOf.name}`;
  if (o.serves?.length) return `Serves ${o.serves.map((s) => s.name).join(', ')}`;
  return '';
};

const organisationsTable = (items) => table({
  id: 'organisations-table',
  caption: 'Organisations',
  rows: items,
  empty: 'No organisations match these filters.',
  columns: [
    { heading: 'Name', cell: (o) => link(`/organisations/${o.id}`, o.name) },
    { heading: 'Kind', cell: (o) => o.kindLabel },
    { heading: 'Region', cell: (o) => o.regionLabel },
    { heading: 'Linked to', cell: relation },
  ],
});

try {
  const [account, result] = await Promise.all([
    me(),
    get('/organisations', { ...filters, page: pageFromUrl(), size: 25 }),
  ]);
  if (hasAnyRole(account, WRITER_ROLES)) {
    $('#actions').append(el('a', { class: 'govuk-button tracker-actions__button', href: '/organisations/new', id: 'add-organisation', role: 'button', draggable: 'false', 'data-module': 'govuk-button' }, 'Add an organisation'));
  }
  showResults($('#results'), $('#result-count'), result, {
    table: organisationsTable,
    countText: (n) => plural(n, 'organisation'),
  });
} catch (error) {
  showListError($('#filters'), $('#results'), error);
}
