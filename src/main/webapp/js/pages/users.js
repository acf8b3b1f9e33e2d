// /users: accounts, filtered by text, role and status (inspectorate admins only).
import { get } from '/js/api.js';
import { $ } from '/js/dom.js';
import { plural } from '/js/format.js';
import { ROLES, label } from '/js/labels.js';
import { bindFilters, pageFromUrl, showListError, showResults } from '/js/list.js';
import { bulletList, fillOptions, link, table, tag } from '/js/ui.js';

fillOptions($('#role'), Object.entries(ROLES), { empty: 'Any role' });
const filters = bindFilters($('#filters'));

const usersTable = (items) => table({
  id: 'users-table',
  caption: 'Users',
  rows: items,
  empty: 'No users match these filters.',
  columns: [
    { heading: 'Name', cell: (u) => link(`/users/${u.id}/edit`, u.displayName) },
    { heading: 'Email', cell: (u) => u.email },
    { heading: 'Roles', cell: (u) => u.roles.map((r) => label(ROLES, r)).join(', ') },
    { heading: 'Organisations', cell: (u) => bulletList((u.organisations ?? []).map((o) => link(`/organisations/${o.id}`, o.name))) },
    { heading: 'Status', cell: (u) => (u.active ? tag('Active', 'green') : tag('Deactivated', 'grey')) },
  ],
});

try {
  const result = await get('/users', { ...filters, page: pageFromUrl(), size: 25 });
  showResults($('#results'), $('#result-count'), result, { table: usersTable, countText: (n) => plural(n, 'user') });
} catch (error) {
  showListError($('#filters'), $('#results'), error);
}
