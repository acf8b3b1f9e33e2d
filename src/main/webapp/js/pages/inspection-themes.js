// /inspections/{id}/themes: an inspector confirms the themes of each recommendation of an
// inspection. Suggestions (worked out from the words) are ticked while nothing is confirmed.
import { get, put } from '/js/api.js';
import { $, $$, idFromPath, replace } from '/js/dom.js';
import { publishedText } from '/js/format.js';
import { checkboxItem, checkedValues, clearErrors, showProblem, whileSaving } from '/js/forms.js';
import { banner, el, link, showPageError } from '/js/ui.js';

const id = idFromPath();

const quoted = (phrases) => phrases.map((p) => `“${p}”`).join(', ');

function confirmedText(r) {
  return r.confirmed.length
    ? `Confirmed: ${r.confirmed.map((t) => t.name).join(', ')}.`
    : 'No theme confirmed yet: the ticks are suggestions.';
}

/** Suggested themes first, then the others; a retired theme shows only where confirmed. */
function choices(r, available) {
  const suggested = new Map(r.suggested.map((s) => [s.id, s]));
  const confirmed = new Set(r.confirmed.map((t) => t.id));
  const all = new Map(available.map((t) => [t.id, t]));
  for (const t of r.confirmed) if (!all.has(t.id)) all.set(t.id, t);
  const ticked = r.confirmed.length ? confirmed : new Set(suggested.keys());
  return [...all.values()]
    .sort((a, b) => Number(suggested.has(b.id)) - Number(suggested.has(a.id)) || a.name.localeCompare(b.name))
    .map((t) => checkboxItem({
      id: `rec${r.number}-${t.code}`,
      name: 'themes',
      value: t.id,
      text: t.retired ? `${t.name} (retired)` : t.name,
      checked: ticked.has(t.id),
      hint: suggested.has(t.id) ? `Suggested by ${quoted(suggested.get(t.id).matched)}` : null,
    }));
}

function recommendationForm(r, available) {
  const status = el('p', { class: 'govuk-body-s', id: `confirmed-${r.number}`, 'aria-live': 'polite' }, confirmedText(r));
  const save = el('button', { type: 'submit', class: 'govuk-button govuk-button--secondary', 'data-module': 'govuk-button', id: `save-${r.number}` },
    'Save themes', el('span', { class: 'govuk-visually-hidden' }, ` of recommendation ${r.number}`));
  const form = el('form', { id: `themes-form-${r.number}`, novalidate: true },
    el('div', { class: 'govuk-form-group', 'data-field': 'themes' },
      el('fieldset', { class: 'govuk-fieldset' },
        el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, `Themes of recommendation ${r.number}`),
        el('div', { class: 'govuk-checkboxes govuk-checkboxes--small tracker-theme-choices' }, choices(r, available)))),
    save, status);
  form.saveThemes = async () => {
    clearErrors(form);
    try {
      const saved = await put(`/recommendations/${r.id}/themes`, { themes: checkedValues(form, 'themes', { numeric: true }) });
      replace(status, confirmedText(saved), ' Saved.');
      return true;
    } catch (error) {
      if (!error.problem) throw error;
      showProblem(form, error.problem);
      return false;
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    whileSaving(save, form.saveThemes);
  });
  return el('section', { class: 'tracker-theme-recommendation', id: `recommendation-${r.number}` },
    el('h2', { class: 'govuk-heading-m' }, `Recommendation ${r.number}`),
    r.heading ? el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, r.heading) : null,
    el('p', { class: 'govuk-body' }, r.text),
    form);
}

try {
  const view = await get(`/inspections/${id}/themes`);
  document.title = `Confirm themes: ${view.serviceName} – Inspection tracker`;
  $('#back-link').href = `/inspections/${id}`;
  $('#themes-caption').textContent = `${view.serviceName}, ${publishedText(view.published)}`;
  if (!view.recommendations.length) {
    replace($('#themes-body'), el('p', { class: 'govuk-body' }, 'This inspection has no recommendations.'));
  } else {
    const saveAll = el('button', { type: 'button', class: 'govuk-button', 'data-module': 'govuk-button', id: 'save-all' }, 'Save themes of every recommendation');
    saveAll.addEventListener('click', () => whileSaving(saveAll, async () => {
      $('#save-all-result')?.remove();
      let ok = true;
      for (const form of $$('form[id^="themes-form-"]')) ok = (await form.saveThemes()) && ok;
      if (ok) {
        saveAll.after(banner({ id: 'save-all-result', type: 'success', title: 'Success', heading: 'The themes of every recommendation have been saved.', body: link(`/inspections/${id}`, 'Back to the inspection') }));
      }
    }));
    replace($('#themes-body'), view.recommendations.map((r) => recommendationForm(r, view.available)), saveAll);
  }
} catch (error) {
  showPageError($('#themes-body'), error);
}
