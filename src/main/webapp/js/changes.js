// Turns an audit entry's before and after states into the fields that changed, readably.
import { el } from '/js/dom.js';
import { KINDS, REGIONS, ROLES } from '/js/labels.js';

const ENUM_LABELS = { ...KINDS, ...REGIONS, ...ROLES };

/** "boardOfId" → "Board of id", "servesIds" → "Serves ids". */
export const fieldLabel = (name) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A value as a person reads it: lists joined, references by name, nothing as "(none)". */
export function readable(value) {
  if (value === null || value === undefined || value === '') return '(none)';
  if (Array.isArray(value)) return value.length ? value.map(readable).join(', ') : '(none)';
  if (typeof value === 'object') return value.name ?? value.displayName ?? value.email ?? (value.id !== undefined ? `#${value.id}` : JSON.stringify(value));
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return ENUM_LABELS[value] ?? String(value);
}

const asObject = (state) => (state && typeof state === 'object' && !Array.isArray(state) ? state : {});

/** [{ field, before, after }] for the fields whose values differ (all fields on create/delete). */
export function changedFields(before, after) {
  const old = asObject(before);
  const now = asObject(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return fields
    .filter((f) => JSON.stringify(old[f] ?? null) !== JSON.stringify(now[f] ?? null))
    .map((f) => ({ field: f, before: old[f], after: now[f] }));
}

/** A <dl> of changed fields: old value struck through, then the new one. */
export function changesList(before, after) {
  const changes = changedFields(before, after);
  if (!changes.length) return 'No fields changed';
  return el('dl', { class: 'tracker-changes govuk-body-s' },
    changes.map(({ field, before: was, after: now }) => [
      el('dt', {}, fieldLabel(field)),
      el('dd', {},
        before ? [el('del', { class: 'tracker-change__old' }, readable(was)), ' → '] : null,
        after ? el('ins', { class: 'tracker-change__new' }, readable(now)) : null),
    ]));
}
