// /inspections/{id}/comparison: an inspection beside the one before it. The ratings then and now
// (coloured as the reports colour them), the score and overall change, then each recommendation
// of the previous inspection with its status at the end of the previous plan and the outcome the
// inspector records. Inspectors carry what was not met into the new plan and close the old one;
// everyone else reads the page.
import { del, get, post, put } from '/js/api.js';
import { $, idFromPath, replace } from '/js/dom.js';
import { clearErrors, radioItem, showProblem, whileSaving } from '/js/forms.js';
import { formatDate, formatDateTime, plural, publishedText } from '/js/format.js';
import { KINDS, OUTCOMES, RATINGS, label } from '/js/labels.js';
import { planStatusTag, recommendationStatusTag } from '/js/plan-parts.js';
import { ratingBadge, ratingCellClass } from '/js/ratings.js';
import { banner, el, link, showPageError, summaryList, tag } from '/js/ui.js';

const id = idFromPath();
const CHANGES = { IMPROVED: ['Improved', 'green'], DECLINED: ['Declined', 'red'], SAME: ['No change', 'grey'], NOT_COMPARABLE: ['Not comparable', 'light-blue'] };
const OUTCOME_COLOURS = { MET: 'green', PARTLY_MET: 'yellow', NOT_MET: 'red', NO_LONGER_APPLICABLE: 'grey' };
const CARRIABLE = ['NOT_MET', 'PARTLY_MET'];
const codeId = (code) => code.replace(/[^A-Za-z0-9]+/g, '-');

const changeTag = (change, tagId) => {
  const [text, colour] = CHANGES[change] ?? CHANGES.NOT_COMPARABLE;
  const t = tag(text, colour);
  t.id = tagId;
  return t;
};

/** "+3", "−11", "0", or '' when either score is missing. */
const signed = (n) => (n === null || n === undefined ? '' : n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

function headline(c) {
  const scores = c.scoreThen !== null || c.scoreNow !== null;
  return el('div', { class: 'govuk-grid-row', id: 'headline' },
    el('div', { class: 'govuk-grid-column-one-half' },
      el('h2', { class: 'govuk-heading-s govuk-!-margin-bottom-2' }, 'Overall rating'),
      el('p', { class: 'govuk-body', id: 'overall' },
        ratingBadge(c.overallThen, { id: 'overall-then' }), ' then, ', ratingBadge(c.overallNow, { id: 'overall-now' }), ' now '),
      el('p', { class: 'govuk-body' }, changeTag(c.overallChange, 'overall-change'))),
    scores ? el('div', { class: 'govuk-grid-column-one-half' },
      el('h2', { class: 'govuk-heading-s govuk-!-margin-bottom-2' }, 'Score'),
      el('p', { class: 'govuk-body', id: 'score' },
        el('span', { id: 'score-then' }, c.scoreThen ?? '–'), ' then, ',
        el('span', { id: 'score-now' }, c.scoreNow ?? '–'), ' now'),
      c.scoreChange !== null
        ? el('p', { class: 'govuk-body' }, 'Change: ', el('strong', { class: 'tracker-score-change', id: 'score-change' }, signed(c.scoreChange)))
        : el('p', { class: 'govuk-body-s', id: 'score-change' }, 'The scores cannot be compared.'))
      : null);
}

function ratingCell(rating, cellId) {
  if (!rating) return el('td', { class: 'govuk-table__cell govuk-hint', id: cellId }, 'Not rated');
  return el('td', { class: `govuk-table__cell ${ratingCellClass(rating)}`, id: cellId, 'data-rating': rating }, label(RATINGS, rating));
}

/** The union of both frameworks' standards, each rating coloured as the reports colour it. */
function standards(c) {
  if (!c.standards.length) {
    return el('p', { class: 'govuk-body', id: 'standards' }, 'Neither inspection rated standards one by one.');
  }
  const heading = (text) => el('th', { scope: 'col', class: 'govuk-table__header' }, text);
  return el('table', { class: 'govuk-table', id: 'standards' },
    el('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, 'Standards then and now'),
    el('thead', { class: 'govuk-table__head' },
      el('tr', { class: 'govuk-table__row' },
        heading('Standard'), heading(`Then (${publishedText(c.previous.published)})`), heading(`Now (${publishedText(c.current.published)})`), heading('Change'))),
    el('tbody', { class: 'govuk-table__body' },
      c.standards.map((s) => el('tr', { class: 'govuk-table__row', id: `standard-${codeId(s.code)}` },
        el('th', { class: 'govuk-table__header', scope: 'row' }, `${s.code} ${s.name}`),
        ratingCell(s.then, `standard-${codeId(s.code)}-then`),
        ratingCell(s.now, `standard-${codeId(s.code)}-now`),
        el('td', { class: 'govuk-table__cell' }, changeTag(s.change, `standard-${codeId(s.code)}-change`))))));
}

function overview(c) {
  const plan = c.previousPlan;
  return summaryList('comparison-summary', [
    ['Previous inspection', [link(`/inspections/${c.previous.id}`, `Published ${publishedText(c.previous.published)}`, { id: 'previous-link' }), ` (${c.previous.frameworkName})`]],
    ['This inspection', [link(`/inspections/${c.current.id}`, `Published ${publishedText(c.current.published)}`, { id: 'current-link' }), ` (${c.current.frameworkName})`]],
    ['Previous plan', plan
      ? [link(`/plans/${plan.id}`, 'The plan that answered it', { id: 'previous-plan-link' }), ' ', planStatusTag(plan.status, 'previous-plan-status'),
        plan.closedAt ? ` Closed ${formatDate(plan.closedAt)}.` : null]
      : 'The service kept no plan in the tracker.'],
    ['New plan', c.newPlanId
      ? link(`/plans/${c.newPlanId}`, 'The plan answering this inspection', { id: 'new-plan-link' })
      : el('span', { id: 'new-plan-link' }, 'Not started yet: recommendations can be carried into it once the service starts it.')],
  ]);
}

function outcomeValue(r) {
  if (!r.outcome) return el('span', { id: `previous-${r.number}-outcome` }, 'Not judged yet');
  const t = tag(label(OUTCOMES, r.outcome), OUTCOME_COLOURS[r.outcome]);
  t.id = `previous-${r.number}-outcome`;
  return [t,
    r.note ? el('p', { class: 'govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0', id: `previous-${r.number}-note` }, r.note) : null,
    r.recordedBy ? el('p', { class: 'govuk-body-s govuk-hint govuk-!-margin-bottom-0' }, `By ${r.recordedBy} on ${formatDateTime(r.recordedAt)}`) : null];
}

function carriedValue(c, r) {
  if (r.carried) {
    return el('span', { id: `previous-${r.number}-carried` },
      'Carried forward into ', link(`/plans/${c.newPlanId}`, 'the new plan'),
      r.addressed ? ', where an action answers it' : '');
  }
  return el('span', { id: `previous-${r.number}-carried` }, 'No');
}

function outcomeForm(c, r) {
  const prefix = `outcome-${r.number}`;
  const form = el('form', { id: `${prefix}-form`, novalidate: true },
    el('div', { class: 'govuk-form-group', 'data-field': 'outcome' },
      el('fieldset', { class: 'govuk-fieldset' },
        el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, `What did this inspection find of recommendation ${r.number}?`),
        el('div', { class: 'govuk-radios govuk-radios--small govuk-radios--inline', 'data-module': 'govuk-radios' },
          Object.entries(OUTCOMES).map(([value, text]) => radioItem({ id: `${prefix}-${value}`, name: 'outcome', value, text, checked: r.outcome === value }))))),
    el('div', { class: 'govuk-form-group', 'data-field': 'note' },
      el('label', { class: 'govuk-label govuk-label--s', for: `${prefix}-note` }, 'Note'),
      el('div', { class: 'govuk-hint', id: `${prefix}-note-hint` }, 'What the inspection saw (4000 characters at most).'),
      el('textarea', { class: 'govuk-textarea', id: `${prefix}-note`, name: 'note', rows: 3, maxlength: 4000, 'aria-describedby': `${prefix}-note-hint` }, r.note ?? '')),
    el('button', { type: 'submit', class: 'govuk-button govuk-button--secondary', id: `save-${prefix}`, 'data-module': 'govuk-button' }, 'Save the outcome'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = {
      outcome: form.querySelector('input[name="outcome"]:checked')?.value ?? null,
      note: form.elements.note.value.trim(),
      version: r.outcome ? r.version : null,
    };
    whileSaving(form.querySelector('button[type="submit"]'), async () => {
      clearErrors(form);
      try {
        render(await put(`/inspections/${id}/outcomes/${r.id}`, body));
        notice(r.number, banner({ id: 'saved', type: 'success', heading: `The outcome of recommendation ${r.number} has been saved` }));
      } catch (error) {
        if (!error.problem) throw error;
        if (error.status === 409 && error.problem.current) {
          render(error.problem.current);
          notice(r.number, banner({ id: 'conflict-banner', heading: 'Someone else judged this recommendation while you were writing', body: el('p', { class: 'govuk-body' }, 'Your outcome has not been saved. This is what it says now; change it again if you need to.') }));
        } else {
          showProblem(form, error.problem);
        }
      }
    });
  });
  return form;
}

function carryButtons(c, r) {
  if (!c.canJudge) return null;
  if (r.carried && !r.addressed) {
    const button = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: `uncarry-${r.number}`, 'data-module': 'govuk-button' },
      'Take it out of the new plan');
    button.addEventListener('click', () => change(button, r, () => del(`/inspections/${id}/outcomes/${r.id}/carried`), `Recommendation ${r.number} is no longer carried forward`));
    return button;
  }
  if (!r.carried && CARRIABLE.includes(r.outcome)) {
    const button = el('button', { type: 'button', class: 'govuk-button', id: `carry-${r.number}`, 'data-module': 'govuk-button' },
      'Carry forward into the new plan');
    button.addEventListener('click', () => change(button, r, () => put(`/inspections/${id}/outcomes/${r.id}/carried`), `Recommendation ${r.number} has been carried forward into the new plan`));
    return button;
  }
  return null;
}

/** A button's change: the comparison comes back whole, or the problem shows beside it. */
function change(button, r, work, message) {
  whileSaving(button, async () => {
    try {
      render(await work());
      notice(r.number, banner({ id: 'saved', type: 'success', heading: message }));
    } catch (error) {
      if (!error.problem) throw error;
      notice(r.number, problemBanner(error.problem));
    }
  });
}

const problemBanner = (problem) => banner({
  id: 'comparison-error',
  title: 'There is a problem',
  heading: problem.detail ?? problem.title,
  body: problem.errors?.length > 1 ? el('ul', { class: 'govuk-list govuk-list--bullet' }, problem.errors.map((e) => el('li', {}, e.message))) : null,
});

function notice(number, box) {
  $('#saved')?.remove();
  $('#comparison-error')?.remove();
  (number ? $(`#previous-${number}`) : $('#comparison-problem'))?.prepend(box);
  box.setAttribute('tabindex', '-1');
  box.focus();
}

function owners(r) {
  const kinds = (r.ownerKinds ?? []).map((k) => label(KINDS, k));
  const named = (r.owners ?? []).map((o) => o.name);
  const all = [...named, ...kinds.filter(() => !named.length)];
  return all.length ? all.join(', ') : 'Not recorded';
}

function previousRecommendation(c, r) {
  const rows = [
    ['Owners', owners(r)],
    ['Status at the end of the previous plan', r.statusAtEnd ? recommendationStatusTag(r.statusAtEnd, `previous-${r.number}-status`) : 'No plan in the tracker'],
    ['Outcome', outcomeValue(r)],
    ['Carried forward', carriedValue(c, r)],
  ];
  return el('section', { class: 'tracker-plan-recommendation', id: `previous-${r.number}`, 'data-recommendation-id': r.id },
    el('h3', { class: 'govuk-heading-m' }, `Recommendation ${r.number}`),
    r.heading ? el('p', { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1' }, r.heading) : null,
    el('p', { class: 'govuk-body' }, r.text),
    summaryList(`previous-${r.number}-summary`, rows),
    c.canJudge ? outcomeForm(c, r) : null,
    el('div', { class: 'govuk-button-group' }, carryButtons(c, r)));
}

function finish(c) {
  if (!c.canJudge || !c.previousPlan || c.previousPlan.status === 'CLOSED') return null;
  const button = el('button', { type: 'button', class: 'govuk-button', id: 'close-previous-plan', 'data-module': 'govuk-button' }, 'Finish and close the previous plan');
  button.addEventListener('click', () => whileSaving(button, async () => {
    try {
      render(await post(`/inspections/${id}/outcomes/complete`));
      notice(null, banner({ id: 'saved', type: 'success', heading: 'The previous plan has been closed' }));
    } catch (error) {
      if (!error.problem) throw error;
      notice(null, problemBanner(error.problem));
    }
  }));
  return el('section', { id: 'finish' },
    el('h2', { class: 'govuk-heading-m' }, 'Finish the judgement'),
    el('p', { class: 'govuk-body' }, c.withoutOutcome
      ? `${plural(c.withoutOutcome, 'recommendation')} still ${c.withoutOutcome === 1 ? 'needs' : 'need'} an outcome.`
      : 'Every recommendation has an outcome. Closing the previous plan keeps it as a record; whatever is still to do belongs in the new plan.'),
    button);
}

function render(c) {
  document.title = `Compared with the previous inspection – ${c.current.service} – Inspection tracker`;
  $('#comparison-caption').textContent = c.current.service;
  $('#back-link').href = `/inspections/${c.current.id}`;
  const recs = c.recommendations;
  replace($('#comparison-body'),
    overview(c),
    el('h2', { class: 'govuk-heading-m' }, 'Ratings'),
    headline(c),
    standards(c),
    el('h2', { class: 'govuk-heading-l govuk-!-margin-top-6', id: 'previous-recommendations' }, 'Recommendations of the previous inspection'),
    c.canJudge ? null : el('p', { class: 'govuk-inset-text', id: 'read-only-note' }, 'Inspectors record what became of each recommendation.'),
    recs.length ? recs.map((r) => previousRecommendation(c, r)) : el('p', { class: 'govuk-body' }, 'The previous inspection made no recommendations.'),
    finish(c));
}

try {
  render(await get(`/inspections/${id}/comparison`));
} catch (error) {
  showPageError($('#comparison-body'), error);
}
