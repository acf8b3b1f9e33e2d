// /themes: every theme with its keywords and the number of confirmed recommendations the person
// may see; inspectorate admins add and change themes.
import { get, me } from '/js/api.js';
import { $, replace } from '/js/dom.js';
import { hasAnyRole } from '/js/labels.js';
import { el, link, showPageError, table, tag } from '/js/ui.js';

try {
  const [account, themes] = await Promise.all([me(), get('/themes')]);
  const admin = hasAnyRole(account, ['INSPECTORATE_ADMIN']);
  if (admin) {
    replace($('#actions'), el('a', { class: 'govuk-button', href: '/themes/new', id: 'add-theme', role: 'button', draggable: 'false', 'data-module': 'govuk-button' }, 'Add a theme'));
  }
  const columns = [
    { heading: 'Theme', rowHeader: true, cell: (t) => [link(`/themes/${t.id}`, t.name, { id: `theme-${t.code}` }), t.retired ? [' ', tag('Retired', 'grey')] : null] },
    { heading: 'Keywords', cell: (t) => t.keywords.join(', ') },
    { heading: 'Confirmed recommendations', numeric: true, cell: (t) => String(t.confirmedRecommendations) },
  ];
  if (admin) columns.push({ heading: el('span', { class: 'govuk-visually-hidden' }, 'Change'), cell: (t) => link(`/themes/${t.id}/edit`, ['Change', el('span', { class: 'govuk-visually-hidden' }, ` ${t.name}`)]) });
  replace($('#results'), table({ id: 'themes', columns, rows: themes, empty: 'There are no themes yet.' }));
} catch (error) {
  showPageError($('#results'), error);
}
