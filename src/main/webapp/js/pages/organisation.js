// /organisations/{id}: what the directory holds about one organisation and how it is linked.
import { get, me } from '/js/api.js';
import { $, idFromPath, replace } from '/js/dom.js';
import { formatDateTime } from '/js/format.js';
import { KINDS, hasAnyRole, label } from '/js/labels.js';
import { mayChange, ownServiceIds } from '/js/permissions.js';
import { bulletList, el, link, showPageError, summaryList } from '/js/ui.js';

const id = idFromPath();
const orgLink = (o) => link(`/organisations/${o.id}`, o.name);
const refList = (refs) => bulletList((refs ?? []).map(orgLink));
const partnerList = (refs) => bulletList((refs ?? []).map((p) => [orgLink(p), ` (${label(KINDS, p.kind)})`]));

function rows(o) {
  const result = [['Name', o.name], ['Kind', o.kindLabel], ['Region', o.regionLabel]];
  if (o.kind === 'YJS') {
    result.push(['Management board', o.board ? orgLink(o.board) : 'None recorded']);
    result.push(['Partners', partnerList(o.partners)]);
    result.push(['Inspections', link(`/services/${o.id}`, 'See its inspections', { id: 'service-inspections' })]);
  } else if (o.kind === 'MANAGEMENT_BOARD') {
    result.push(['Board of', o.boardOf ? orgLink(o.boardOf) : 'None recorded']);
  } else {
    result.push(['Serves', refList(o.serves)]);
  }
  result.push(['Added', formatDateTime(o.createdAt)], ['Last changed', formatDateTime(o.updatedAt)]);
  return result;
}

try {
  const [account, organisation] = await Promise.all([me(), get(`/organisations/${id}`)]);
  document.title = `${organisation.name} – Inspection tracker`;
  $('#organisation-kind').textContent = organisation.kindLabel;
  $('#organisation-name').textContent = organisation.name;
  const body = [summaryList('organisation-details', rows(organisation))];
  if (mayChange(account, organisation, await ownServiceIds(account))) {
    body.push(el('a', { class: 'govuk-button', href: `/organisations/${id}/edit`, id: 'change-organisation', role: 'button', draggable: 'false', 'data-module': 'govuk-button' },
      'Change', el('span', { class: 'govuk-visually-hidden' }, ` ${organisation.name}`)));
  }
  if (hasAnyRole(account, ['INSPECTORATE_ADMIN'])) {
    body.push(el('p', { class: 'govuk-body' }, link(`/audit?objectType=Organisation&objectId=${id}`, 'See the history of changes', { id: 'organisation-history' })));
  }
  replace($('#organisation-body'), body);
} catch (error) {
  $('#organisation-name').textContent = 'Organisation';
  showPageError($('#organisation-body'), error);
}
