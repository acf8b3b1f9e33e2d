// /my-actions: every action the person's organisations lead, across services, in the order the
// API gives (most urgent first), with the flags and both RAGs.
import { get } from '/js/api.js';
import { $, replace } from '/js/dom.js';
import { plural } from '/js/format.js';
import { actionStatusTag, answersText, flagTags, ragPair, shorten, targetText } from '/js/plan-parts.js';
import { el, link, showPageError, table } from '/js/ui.js';

const myActionsTable = (actions) => table({
  id: 'my-actions-table',
  caption: 'Actions you lead',
  rows: actions,
  empty: 'Your organisations lead no actions yet.',
  columns: [
    { heading: 'Service', cell: (a) => link(`/plans/${a.planId}`, a.service) },
    { heading: 'Action', cell: (a) => [
      link(`/actions/${a.id}`, shorten(a.description), { id: `my-action-${a.id}` }),
      el('span', { class: 'govuk-hint govuk-body-s tracker-block' }, shorten(answersText(a), 80)),
    ] },
    { heading: 'Target date', cell: (a) => targetText(a) },
    { heading: 'Status', cell: (a) => actionStatusTag(a.status) },
    { heading: 'RAG', cell: (a) => ragPair(a) },
    { heading: 'Flags', cell: (a) => flagTags(a) ?? '' },
  ],
});

try {
  const actions = await get('/me/actions');
  $('#my-actions-count').textContent = plural(actions.length, 'action');
  replace($('#results'), myActionsTable(actions));
} catch (error) {
  showPageError($('#results'), error);
}
