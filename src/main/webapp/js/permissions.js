// Mirrors the API's rules for who may change the directory, only to decide which links to show;
// the API enforces them anyway.
import { get } from '/js/api.js';
import { INSPECTORATE_ROLES, hasAnyRole } from '/js/labels.js';

export const isInspectorate = (account) => hasAnyRole(account, INSPECTORATE_ROLES);
export const isServiceLead = (account) => hasAnyRole(account, ['SERVICE_LEAD']);

/** The ids of the services a service lead covers (answers an empty set for everyone else). */
export async function ownServiceIds(account) {
  if (isInspectorate(account) || !isServiceLead(account)) return new Set();
  return new Set((await get('/organisations/services')).map((s) => s.id));
}

/** Whether the account may change this organisation: inspectorate staff, or a lead of its service. */
export function mayChange(account, organisation, serviceIds) {
  if (isInspectorate(account)) return true;
  if (!isServiceLead(account)) return false;
  const related = [
    organisation.kind === 'YJS' ? organisation.id : null,
    organisation.boardOf?.id,
    ...(organisation.serves ?? []).map((s) => s.id),
  ];
  return related.some((id) => id !== null && id !== undefined && serviceIds.has(id));
}
