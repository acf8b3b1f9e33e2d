// Shows an API problem on a form the GOV.UK way: an error summary at the top linking to each
// field, and a message above each field in error. Form groups name their field with data-field;
// data-target names the id to link to when it is not the group's first control.
import { el, $, $$ } from '/js/dom.js';

const ERROR_PREFIX = 'Error: ';

/** "roles[0]" or "input.roles" → "roles". */
const fieldKey = (field) => (field ?? '').replace(/\[.*?]/g, '').split('.').pop();

const groupFor = (form, field) => (field ? form.querySelector(`[data-field="${CSS.escape(field)}"]`) : null);

function targetId(group) {
  if (group.dataset.target) return group.dataset.target;
  return group.querySelector('input:not([type=hidden]), select, textarea')?.id ?? null;
}

/** A field's place in the form, so the summary lists errors in the order the fields appear. */
function orderOf(form, field) {
  const group = groupFor(form, field);
  return group ? $$('[data-field]', form).indexOf(group) : Number.MAX_SAFE_INTEGER;
}

/** Where the error summary goes: the element marked data-error-summary-host, else before the form. */
function summaryHost(form) {
  return form.closest('[data-error-summary-host]') ?? form.parentElement;
}

/** Removes the summary and every inline error that showProblem added. */
export function clearErrors(form) {
  summaryHost(form).querySelector(':scope > .govuk-error-summary.tracker-form-errors')?.remove();
  for (const group of $$('.govuk-form-group--error', form)) {
    group.classList.remove('govuk-form-group--error');
    group.querySelector('.govuk-error-message')?.remove();
    for (const control of $$('[data-error-described]', group)) {
      const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== control.dataset.errorDescribed);
      if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
      else control.removeAttribute('aria-describedby');
      delete control.dataset.errorDescribed;
    }
    for (const c of $$('.govuk-input--error, .govuk-select--error, .govuk-textarea--error', group)) {
      c.classList.remove('govuk-input--error', 'govuk-select--error', 'govuk-textarea--error');
    }
  }
  if (document.title.startsWith(ERROR_PREFIX)) document.title = document.title.slice(ERROR_PREFIX.length);
}

function markGroup(group, field, message) {
  if (group.classList.contains('govuk-form-group--error')) return;
  group.classList.add('govuk-form-group--error');
  const id = `${field}-error`;
  const inline = el('p', { class: 'govuk-error-message', id },
    el('span', { class: 'govuk-visually-hidden' }, ERROR_PREFIX), message);
  const control = group.querySelector('[data-error-before], .govuk-radios, .govuk-checkboxes, .govuk-input, .govuk-select, .govuk-textarea');
  if (control) control.before(inline);
  else group.append(inline);
  const described = group.querySelector('fieldset') ?? group.querySelector('input, select, textarea');
  if (described) {
    const ids = (described.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    described.setAttribute('aria-describedby', [...ids, id].join(' '));
    described.dataset.errorDescribed = id;
  }
  for (const c of $$('.govuk-input', group)) c.classList.add('govuk-input--error');
  for (const c of $$('.govuk-select', group)) c.classList.add('govuk-select--error');
  for (const c of $$('.govuk-textarea', group)) c.classList.add('govuk-textarea--error');
}

/**
 * Renders problem.errors (or, without any, problem.detail) on the form and moves focus to the
 * summary. Errors for fields the form does not have are listed without a link.
 */
export function showProblem(form, problem, { title = 'There is a problem' } = {}) {
  clearErrors(form);
  const errors = (problem?.errors?.length ? problem.errors : [{ field: '', message: problem?.detail ?? problem?.title ?? 'Something went wrong' }])
    .map((e) => ({ field: fieldKey(e.field), message: e.message }))
    .map((e) => ({ ...e, position: orderOf(form, e.field) }))
    .sort((a, b) => a.position - b.position);
  const items = errors.map(({ field, message }) => {
    const group = groupFor(form, field);
    if (!group) return el('li', {}, message);
    markGroup(group, field, message);
    const target = targetId(group);
    return el('li', {}, target ? el('a', { href: `#${target}` }, message) : message);
  });
  const summary = el('div', { class: 'govuk-error-summary tracker-form-errors', 'data-module': 'govuk-error-summary', tabindex: '-1' },
    el('div', { role: 'alert' },
      el('h2', { class: 'govuk-error-summary__title' }, title),
      el('div', { class: 'govuk-error-summary__body' },
        el('ul', { class: 'govuk-list govuk-error-summary__list' }, items))));
  // Links focus the field itself rather than only scrolling to it (as GOV.UK Frontend does).
  summary.addEventListener('click', (event) => {
    const anchor = event.target.closest('a[href^="#"]');
    const field = anchor && document.getElementById(anchor.getAttribute('href').slice(1));
    if (!field) return;
    event.preventDefault();
    (field.closest('fieldset')?.querySelector('legend') ?? field.labels?.[0] ?? field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
  summaryHost(form).prepend(summary);
  if (!document.title.startsWith(ERROR_PREFIX)) document.title = ERROR_PREFIX + document.title;
  summary.focus();
  return summary;
}

/** Values of the checked checkboxes called name, as numbers when numeric is set. */
export function checkedValues(form, name, { numeric = false } = {}) {
  return $$(`input[name="${CSS.escape(name)}"]:checked`, form).map((i) => (numeric ? Number(i.value) : i.value));
}

/** A govuk-checkboxes item: <div class="govuk-checkboxes__item"> with input and label. */
export function checkboxItem({ id, name, value, text, checked = false, hint }) {
  return el('div', { class: 'govuk-checkboxes__item' },
    el('input', { class: 'govuk-checkboxes__input', id, name, type: 'checkbox', value, checked, 'aria-describedby': hint ? `${id}-hint` : null }),
    el('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, text),
    hint ? el('div', { class: 'govuk-hint govuk-checkboxes__hint', id: `${id}-hint` }, hint) : null);
}

/** A govuk-radios item. */
export function radioItem({ id, name, value, text, checked = false }) {
  return el('div', { class: 'govuk-radios__item' },
    el('input', { class: 'govuk-radios__input', id, name, type: 'radio', value, checked }),
    el('label', { class: 'govuk-label govuk-radios__label', for: id }, text));
}

/**
 * Disables the submit button while a request runs, so a double click sends once. Forms saved this
 * way do not also use GOV.UK's data-prevent-double-click: its one-second timer would swallow a
 * legitimate second submit made quickly after an error was corrected.
 */
export async function whileSaving(button, work) {
  button.disabled = true;
  button.setAttribute('aria-disabled', 'true');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-disabled');
  }
}

export { $ };

/**
 * After a 409 with `current`: shows in `container` what the record says now and lets the person
 * start again with it, or keep their own changes (onKeep gets the current version to save over).
 */
export function showConflict(container, { what, rows, current, onKeep }) {
  const keep = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'keep-mine' }, 'Keep my changes');
  const reload = el('a', { class: 'govuk-button', href: location.pathname, id: 'reload', role: 'button', draggable: 'false' }, 'Start again with their changes');
  const box = el('div', { class: 'govuk-notification-banner', role: 'region', 'aria-labelledby': 'conflict-title', id: 'conflict-banner', tabindex: '-1' },
    el('div', { class: 'govuk-notification-banner__header' },
      el('h2', { class: 'govuk-notification-banner__title', id: 'conflict-title' }, 'Important')),
    el('div', { class: 'govuk-notification-banner__content' },
      el('p', { class: 'govuk-notification-banner__heading' }, `Someone else changed this ${what} while you were editing it`),
      el('p', { class: 'govuk-body' }, 'This is what it says now. Your changes have not been saved: start again with theirs, or keep yours and save again to replace them.'),
      el('dl', { class: 'govuk-summary-list', id: 'current-details' },
        rows.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => el('div', { class: 'govuk-summary-list__row' },
          el('dt', { class: 'govuk-summary-list__key' }, k),
          el('dd', { class: 'govuk-summary-list__value' }, v)))),
      el('div', { class: 'govuk-button-group' }, reload, keep)));
  keep.addEventListener('click', () => {
    onKeep(current.version);
    container.replaceChildren();
    document.getElementById('save')?.focus();
  });
  container.replaceChildren(box);
  box.focus();
}
