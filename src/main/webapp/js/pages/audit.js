// /audit: the append-only trail of changes, filtered, with what each change did.
import { get } from '/js/api.js';
import { $ } from '/js/dom.js';
import { changesList } from '/js/changes.js';
import { formatDateTime, plural } from '/js/format.js';
import { ACTIONS, label } from '/js/labels.js';
import { bindFilters, pageFromUrl, showListError, showResults } from '/js/list.js';
import { el, fillOptions, link, table, tag } from '/js/ui.js';

const ACTION_COLOURS = { CREATE: 'green', UPDATE: 'blue', DELETE: 'red' };
const OBJECT_PAGES = { Organisation: (id) => `/organisations/${id}`, Account: (id) => `/users/${id}/edit` };

const objectCell = (e) => {
  const page = OBJECT_PAGES[e.objectType];
  const text = `${e.objectType} ${e.objectId}`;
  return page && e.action !== 'DELETE' ? link(page(e.objectId), text) : text;
};

const auditTable = (items) => table({
  id: 'audit-table',
  caption: 'Changes',
  rows: items,
  empty: 'No changes match these filters.',
  columns: [
    { heading: 'When', cell: (e) => formatDateTime(e.occurredAt) },
    { heading: 'Who', cell: (e) => e.actor },
    { heading: 'Change', cell: (e) => tag(label(ACTIONS, e.action), ACTION_COLOURS[e.action]) },
    { heading: 'Record', cell: objectCell },
    { heading: 'What changed', cell: (e) => [changesList(e.before, e.after), e.reason ? el('p', { class: 'govuk-body-s govuk-!-margin-bottom-0' }, `Reason: ${e.reason}`) : null] },
  ],
});

fillOptions($('#action'), Object.entries(ACTIONS), { empty: 'Any change' });
try {
  const types = await get('/audit/object-types');
  fillOptions($('#objectType'), types.map((t) => [t, t]), { empty: 'Any type' });
  const filters = bindFilters($('#filters'));
  const result = await get('/audit', { ...filters, page: pageFromUrl(), size: 25 });
  showResults($('#results'), $('#result-count'), result, { table: auditTable, countText: (n) => plural(n, 'change') });
} catch (error) {
  showListError($('#filters'), $('#results'), error);
}
