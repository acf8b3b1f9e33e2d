// /plans/{id}: a service's improvement plan. Its way from draft to active, then each
// recommendation with the service's answer, its status and its actions (with the owner's RAG
// beside the suggested one, and the flags the dates raise), then the other actions. A late plan says
// how late at the top; each recommendation says since when it has its status, with its dated
// history. What the caller may do and see comes from the server (canEdit, canSetStatus, partnerView).
import { get, me, post, put } from '/js/api.js';
import { $, idFromPath, replace } from '/js/dom.js';
import { clearErrors, radioItem, showProblem, whileSaving } from '/js/forms.js';
import { formatDate, formatDateTime, plural, publishedText } from '/js/format.js';
import { ACCEPTANCE, KINDS, OUTCOMES, PLAN_STATUSES, RECOMMENDATION_STATUSES, label } from '/js/labels.js';
import { actionStatusTag, flagTags, planStatusTag, ragPair, recommendationStatusTag, shorten, statusHistoryTable, targetText } from '/js/plan-parts.js';
import { banner, el, fillOptions, link, setFlash, showPageError, summaryList, table, tag } from '/js/ui.js';

const id = idFromPath();
const STEPS = ['DRAFT', 'ENDORSED', 'SUBMITTED', 'ACTIVE'];
let account;
/** The plan's status history as the caller may read it, oldest first. */
let history = [];

/** "Late by 12 days": not submitted by its due date, or submitted that long after it. */
const lateText = (plan) => `Late by ${plural(plan.daysLate, 'day')}`;

/** A GOV.UK warning at the top of a late plan: how late, and whether it has gone in yet. */
function lateWarning(plan) {
  if (!plan.late) return null;
  const why = plan.submittedAt
    ? `it was submitted on ${formatDate(plan.submittedAt)}, after its due date of ${formatDate(plan.dueDate)}.`
    : `it was due by ${formatDate(plan.dueDate)} and has not been submitted to the inspectorate.`;
  return el('div', { class: 'govuk-warning-text', id: 'plan-late-warning' },
    el('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    el('strong', { class: 'govuk-warning-text__text' },
      el('span', { class: 'govuk-visually-hidden' }, 'Warning'),
      el('span', { id: 'plan-days-late' }, lateText(plan)), `: ${why}`));
}

function dueText(plan) {
  const due = `Due ${formatDate(plan.dueDate)}`;
  if (plan.submittedAt) return due;
  const days = plan.daysToDue;
  if (days === 0) return `${due} (today)`;
  return `${due} (${days > 0 ? `in ${plural(days, 'day')}` : `${plural(-days, 'day')} ago`})`;
}

/** Draft → endorsed (who, when) → submitted (due date, late) → active, as a row of steps. */
function steps(plan) {
  const at = plan.status === 'CLOSED' ? STEPS.length : STEPS.indexOf(plan.status);
  const late = plan.late ? [' ', tag(lateText(plan), 'red')] : null;
  const detail = {
    DRAFT: 'The service and its board write the plan.',
    ENDORSED: plan.endorsedAt ? `By ${plan.endorsedBy} on ${formatDateTime(plan.endorsedAt)}.` : 'The management board endorses it.',
    SUBMITTED: plan.submittedAt
      ? [`By ${plan.submittedBy} on ${formatDateTime(plan.submittedAt)}. ${dueText(plan)}.`, late]
      : [`${dueText(plan)}.`, late],
    ACTIVE: at >= 3 ? 'Accepted by the inspectorate: owners report progress against it.' : 'The inspectorate accepts it.',
  };
  return el('ol', { class: 'tracker-steps', id: 'plan-steps' }, STEPS.map((step, i) => {
    const state = i < at ? 'done' : i === at ? 'current' : 'todo';
    return el('li', { class: `tracker-steps__step tracker-steps__step--${state}`, id: `step-${step.toLowerCase()}`, 'aria-current': state === 'current' ? 'step' : null },
      el('span', { class: 'govuk-body-s tracker-steps__name' }, label(PLAN_STATUSES, step),
        el('span', { class: 'govuk-visually-hidden' }, state === 'done' ? ' (done)' : state === 'current' ? ' (where the plan is now)' : ' (not yet)')),
      el('span', { class: 'govuk-body-s tracker-steps__detail' }, detail[step]));
  }));
}

function overview(plan) {
  return summaryList('plan-summary', [
    ['Status', [planStatusTag(plan.status, 'plan-status'), plan.late ? [' ', el('strong', { class: 'govuk-tag govuk-tag--red', id: 'plan-late' }, lateText(plan))] : null]],
    ['Inspection', link(`/inspections/${plan.inspectionId}`, `Published ${publishedText(plan.published)}`, { id: 'inspection-link' })],
    ['Due', plan.submittedAt ? `${formatDate(plan.dueDate)}; submitted ${formatDate(plan.submittedAt)}` : dueText(plan)],
  ]);
}

/** The plan to download: spreadsheets the plan import reads back, and a board paper. */
function downloads(plan) {
  const href = (format) => `/api/plans/${plan.id}/export?format=${format}`;
  return el('p', { class: 'govuk-body', id: 'plan-downloads' }, 'Download the plan: ',
    link(href('xlsx'), 'Excel (XLSX)', { id: 'export-xlsx' }), ', ',
    link(href('csv'), 'CSV', { id: 'export-csv' }), ' or ',
    link(href('pdf'), 'board paper (PDF)', { id: 'export-pdf' }), '.');
}

/** The plan's actions of one recommendation (or the other actions) as a table. */
function actionsTable(actions, tableId, { area = false } = {}) {
  if (!actions.length) return el('p', { class: 'govuk-body', id: tableId }, 'No actions yet.');
  return table({
    id: tableId,
    rows: actions,
    columns: [
      { heading: 'Action', cell: (a) => [
        link(`/actions/${a.id}`, shorten(a.description), { id: `action-link-${a.id}` }),
        area && a.areaForImprovement ? el('span', { class: 'govuk-hint govuk-body-s tracker-block' }, `Area for improvement: ${shorten(a.areaForImprovement, 80)}`) : null,
      ] },
      { heading: 'Lead', cell: (a) => [a.leadOrganisation?.name, a.leadPerson ? [el('br'), el('span', { class: 'govuk-body-s' }, a.leadPerson)] : null] },
      { heading: 'Target date', cell: (a) => targetText(a) },
      { heading: 'Status', cell: (a) => actionStatusTag(a.status, `action-${a.id}-status`) },
      { heading: 'RAG', cell: (a) => ragPair(a) },
      { heading: 'Flags', cell: (a) => flagTags(a) ?? '' },
    ],
  });
}

/** A labelled textarea group; the reason fields of the small forms. */
function reasonGroup(prefix, value, hint) {
  return el('div', { class: 'govuk-form-group', 'data-field': 'reason' },
    el('label', { class: 'govuk-label govuk-label--s', for: `${prefix}-reason` }, 'Reason'),
    el('div', { class: 'govuk-hint', id: `${prefix}-reason-hint` }, hint),
    el('textarea', { class: 'govuk-textarea', id: `${prefix}-reason`, name: 'reason', rows: 3, 'aria-describedby': `${prefix}-reason-hint` }, value ?? ''));
}

const details = (detailsId, summary, ...content) => el('details', { class: 'govuk-details govuk-!-margin-bottom-4', id: detailsId },
  el('summary', { class: 'govuk-details__summary' }, el('span', { class: 'govuk-details__summary-text' }, summary)),
  el('div', { class: 'govuk-details__text' }, content));

/** The service's answer: agreed or not, why, and which owner leads. */
function responseForm(plan, r) {
  const prefix = `response-${r.number}`;
  const lead = r.owners.length ? el('div', { class: 'govuk-form-group', 'data-field': 'leadOwnerId' },
    el('label', { class: 'govuk-label govuk-label--s', for: `${prefix}-lead` }, 'Which owner leads on it?'),
    fillOptions(el('select', { class: 'govuk-select', id: `${prefix}-lead`, name: 'leadOwnerId' }),
      r.owners.map((o) => [o.id, o.name]), { empty: 'Not chosen', selected: r.leadOwner?.id ?? '' })) : null;
  const form = el('form', { id: `${prefix}-form`, novalidate: true },
    el('div', { class: 'govuk-form-group', 'data-field': 'acceptance' },
      el('fieldset', { class: 'govuk-fieldset' },
        el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, 'Does the service agree with the recommendation?'),
        el('div', { class: 'govuk-radios govuk-radios--small', 'data-module': 'govuk-radios' },
          Object.entries(ACCEPTANCE).map(([value, text]) => radioItem({ id: `${prefix}-${value}`, name: 'acceptance', value, text, checked: r.acceptance === value }))))),
    reasonGroup(prefix, r.acceptanceReason, 'Needed when the service does not fully agree.'),
    lead,
    el('button', { type: 'submit', class: 'govuk-button govuk-button--secondary', id: `${prefix}-save`, 'data-module': 'govuk-button' }, 'Save the answer'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = {
      acceptance: form.querySelector('input[name="acceptance"]:checked')?.value ?? null,
      reason: form.elements.reason.value.trim(),
      leadOwnerId: form.elements.leadOwnerId?.value ? Number(form.elements.leadOwnerId.value) : null,
      version: r.responseVersion,
    };
    save(form, r, () => put(`/recommendations/${r.id}/response`, body), 'Your answer has been saved', 'answered this recommendation');
  });
  return details(prefix, r.acceptance ? 'Change the answer' : 'Answer this recommendation', form);
}

/** An inspector's status for the recommendation, with the reason; or back to its actions' status. */
function statusForm(r) {
  const prefix = `status-${r.number}`;
  const set = r.statusReason ? r.status : '';
  const choices = [['', 'As its actions make it'], ...Object.entries(RECOMMENDATION_STATUSES)];
  const form = el('form', { id: `${prefix}-form`, novalidate: true },
    el('div', { class: 'govuk-form-group', 'data-field': 'status' },
      el('fieldset', { class: 'govuk-fieldset' },
        el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, 'What status has it reached?'),
        el('div', { class: 'govuk-radios govuk-radios--small', 'data-module': 'govuk-radios' },
          choices.map(([value, text]) => radioItem({ id: `${prefix}-${value || 'derived'}`, name: 'status', value, text, checked: set === value }))))),
    reasonGroup(prefix, r.statusReason, 'Needed when you set a status.'),
    el('button', { type: 'submit', class: 'govuk-button govuk-button--secondary', id: `${prefix}-save`, 'data-module': 'govuk-button' }, 'Save the status'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { status: form.querySelector('input[name="status"]:checked')?.value ?? '', reason: form.elements.reason.value.trim() };
    save(form, r, () => put(`/recommendations/${r.id}/response`, body), 'The status has been saved', 'changed this recommendation');
  });
  return details(prefix, 'Set the status', form);
}

/** Sends a small form; the plan comes back whole and is shown again with a success message. */
function save(form, r, work, message, what) {
  whileSaving(form.querySelector('button[type="submit"]'), async () => {
    clearErrors(form);
    try {
      await show(await work());
      notice(r.number, banner({ id: 'saved', type: 'success', heading: message }));
    } catch (error) {
      if (!error.problem) throw error;
      if (error.status === 409 && error.problem.current) {
        await show(error.problem.current);
        notice(r.number, banner({ id: 'conflict-banner', heading: `Someone else ${what} while you were writing`, body: el('p', { class: 'govuk-body' }, 'Your changes have not been saved. This is what it says now; change it again if you need to.') }));
      } else {
        showProblem(form, error.problem);
      }
    }
  });
}

function notice(number, box) {
  $('#saved')?.remove();
  $(`#recommendation-${number}`)?.prepend(box);
  box.setAttribute('tabindex', '-1');
  box.focus();
}

function owners(r) {
  const kinds = (r.ownerKinds ?? []).map((k) => [el('strong', { class: 'govuk-tag govuk-tag--blue tracker-owner-tag' }, label(KINDS, k)), ' ']);
  const named = (r.owners ?? []).length ? ['Owned by ', r.owners.map((o, i) => [i ? ', ' : '', o.name]), '.'] : null;
  if (!kinds.length && !named) return null;
  return el('p', { class: 'govuk-body-s', id: `recommendation-${r.number}-owners` }, kinds, named);
}

function acceptanceValue(r) {
  if (!r.acceptance) return el('span', { id: `recommendation-${r.number}-acceptance` }, 'Not answered yet');
  return [el('strong', { id: `recommendation-${r.number}-acceptance` }, label(ACCEPTANCE, r.acceptance)),
    r.acceptanceReason ? el('p', { class: 'govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0' }, r.acceptanceReason) : null];
}

/** " since 3 March 2026", from the day the server says the status last changed. */
const since = (statusSince, id) => (statusSince ? el('span', { class: 'govuk-body-s', id }, ` since ${formatDate(statusSince)}`) : null);

/** A recommendation's own entries of the plan's history, in a GOV.UK details component. */
function historyDetails(recommendationId, prefix) {
  const entries = history.filter((e) => e.recommendationId === recommendationId);
  return details(`${prefix}-history`, `Status history (${plural(entries.length, 'change')})`,
    statusHistoryTable(entries, `${prefix}-history-table`));
}

function statusValue(r) {
  const setByInspector = !!r.statusReason;
  return [recommendationStatusTag(r.status, `recommendation-${r.number}-status`),
    since(r.statusSince, `recommendation-${r.number}-since`),
    el('p', { class: 'govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0' },
      setByInspector
        ? `Set by the inspectorate: ${r.statusReason}${r.derivedStatus !== r.status ? ` (its actions make it ${label(RECOMMENDATION_STATUSES, r.derivedStatus).toLowerCase()})` : ''}`
        : 'As its actions make it')];
}

function recommendation(plan, r) {
  const rows = [['Answer', acceptanceValue(r)]];
  if ((r.owners ?? []).length || r.leadOwner) rows.push(['Lead owner', r.leadOwner?.name ?? 'Not chosen']);
  rows.push(['Status', statusValue(r)]);
  return el('section', { class: 'tracker-plan-recommendation', id: `recommendation-${r.number}`, 'data-recommendation-id': r.id },
    el('h2', { class: 'govuk-heading-m' }, `Recommendation ${r.number}`),
    r.heading ? el('p', { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1' }, r.heading) : null,
    el('p', { class: 'govuk-body' }, r.text),
    owners(r),
    summaryList(`recommendation-${r.number}-summary`, rows),
    historyDetails(r.id, `recommendation-${r.number}`),
    plan.canEdit ? responseForm(plan, r) : null,
    plan.canSetStatus ? statusForm(r) : null,
    el('h3', { class: 'govuk-heading-s' }, 'Actions'),
    actionsTable(r.actions, `actions-${r.number}`),
    plan.canEdit ? el('p', { class: 'govuk-body' },
      link(`/plans/${plan.id}/actions/new?recommendation=${r.id}`, ['Add an action', el('span', { class: 'govuk-visually-hidden' }, ` for recommendation ${r.number}`)], { id: `add-action-${r.number}` })) : null);
}

/**
 * Recommendations of the inspection before, carried into this plan because this inspection found
 * them not met or only partly met; grouped by the inspection they came from.
 */
function carriedSections(plan) {
  const carried = plan.carried ?? [];
  const byInspection = new Map();
  carried.forEach((r) => byInspection.set(r.fromInspectionId, [...(byInspection.get(r.fromInspectionId) ?? []), r]));
  return [...byInspection.entries()].map(([inspectionId, recs]) => el('section', { class: 'tracker-plan-recommendation', id: `carried-from-${inspectionId}` },
    el('h2', { class: 'govuk-heading-m' }, `Carried forward from the inspection of ${publishedText(recs[0].fromPublished)}`),
    el('p', { class: 'govuk-body' }, 'This inspection found these recommendations of the one before not met or only partly met, so this plan answers them again.'),
    recs.map((r) => el('div', { class: 'tracker-carried', id: `carried-${r.id}`, 'data-recommendation-id': r.id },
      el('h3', { class: 'govuk-heading-s' }, link(`/inspections/${r.fromInspectionId}`, `Recommendation ${r.number} of ${publishedText(r.fromPublished)}`, { id: `carried-${r.id}-link` })),
      r.heading ? el('p', { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1' }, r.heading) : null,
      el('p', { class: 'govuk-body' }, r.text),
      summaryList(`carried-${r.id}-summary`, [
        ['Found at this inspection', [el('strong', { id: `carried-${r.id}-outcome` }, label(OUTCOMES, r.outcome) || 'Not recorded'),
          r.outcomeNote ? el('p', { class: 'govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0' }, r.outcomeNote) : null]],
        ['Status', [recommendationStatusTag(r.status, `carried-${r.id}-status`), since(r.statusSince, `carried-${r.id}-since`)]],
      ]),
      historyDetails(r.id, `carried-${r.id}`),
      el('h4', { class: 'govuk-heading-s' }, 'Actions'),
      actionsTable(r.actions, `carried-${r.id}-actions`),
      plan.canEdit ? el('p', { class: 'govuk-body' },
        link(`/plans/${plan.id}/actions/new?recommendation=${r.id}`, ['Add an action', el('span', { class: 'govuk-visually-hidden' }, ` for carried recommendation ${r.number}`)], { id: `add-carried-action-${r.id}` })) : null))));
}

function others(plan) {
  if (!plan.otherActions.length && !plan.canEdit) return null;
  return el('section', { class: 'tracker-plan-recommendation', id: 'other-actions-section' },
    el('h2', { class: 'govuk-heading-m' }, 'Other actions'),
    el('p', { class: 'govuk-body' }, 'Actions that answer an area for improvement rather than a recommendation.'),
    actionsTable(plan.otherActions, 'other-actions', { area: true }),
    plan.canEdit ? el('p', { class: 'govuk-body' }, link(`/plans/${plan.id}/actions/new`, 'Add an action for an area for improvement', { id: 'add-other-action' })) : null,
    plan.canEdit ? el('p', { class: 'govuk-body' }, link(`/plans/${plan.id}/import`, 'Import actions from a spreadsheet (CSV or Excel)', { id: 'import-plan' })) : null);
}

/** Endorse and submit, each sent with the version the page shows. */
function buttons(plan) {
  const out = [];
  if (plan.canEndorse) {
    const endorse = el('button', { class: 'govuk-button', id: 'endorse-plan', type: 'button', 'data-module': 'govuk-button' }, 'Endorse the plan');
    endorse.addEventListener('click', () => act(endorse, `/plans/${plan.id}/endorse?version=${plan.version}`, 'The plan has been endorsed'));
    out.push(endorse);
  }
  if (plan.canSubmit) {
    const submit = el('button', { class: 'govuk-button', id: 'submit-plan', type: 'button', 'data-module': 'govuk-button' }, 'Submit to the inspectorate');
    submit.addEventListener('click', () => act(submit, `/plans/${plan.id}/submit?version=${plan.version}`, 'The plan has been submitted to the inspectorate'));
    out.push(submit);
  }
  return out;
}

async function act(button, path, message) {
  button.disabled = true;
  try {
    await post(path);
    setFlash(message);
    location.assign(location.pathname);
  } catch (error) {
    button.disabled = false;
    const problem = error.problem ?? { detail: String(error) };
    if (error.status === 409 && problem.current) await show(problem.current);
    const box = banner({
      id: 'action-problem',
      title: 'There is a problem',
      heading: error.status === 409 ? 'The plan has changed since you opened this page' : problem.title,
      body: el('p', { class: 'govuk-body' }, problem.detail ?? ''),
    });
    box.setAttribute('tabindex', '-1');
    replace($('#plan-problem'), box);
    box.focus();
  }
}

/** The inspectorate's comments and the service's answers, oldest first, and a box to add one. */
function comments(plan) {
  const list = plan.comments ?? [];
  const section = el('section', { id: 'comments' },
    el('h2', { class: 'govuk-heading-m' }, 'Comments'),
    list.length
      ? el('ul', { class: 'govuk-list', id: 'comment-list' }, list.map((c) => el('li', { class: 'tracker-comment', id: `comment-${c.id}` },
        el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' },
          el('strong', {}, c.inspectorate ? 'Inspectorate' : 'Service'), ` · ${c.author} · ${formatDateTime(c.writtenAt)}`),
        el('p', { class: 'govuk-body' }, c.text))))
      : el('p', { class: 'govuk-body', id: 'comment-list' }, 'No comments yet.'));
  if (!plan.canComment) return section;
  const form = el('form', { id: 'comment-form', novalidate: true },
    el('div', { class: 'govuk-form-group', 'data-field': 'text' },
      el('label', { class: 'govuk-label govuk-label--s', for: 'comment-text' }, 'Add a comment'),
      el('textarea', { class: 'govuk-textarea', id: 'comment-text', name: 'text', rows: 3, maxlength: 4000 })),
    el('button', { type: 'submit', class: 'govuk-button govuk-button--secondary', id: 'add-comment', 'data-module': 'govuk-button' }, 'Add the comment'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    whileSaving($('#add-comment'), async () => {
      clearErrors(form);
      try {
        await show(await post(`/plans/${plan.id}/comments`, { text: $('#comment-text').value }));
        $('#comment-list')?.scrollIntoView();
      } catch (error) {
        if (!error.problem) throw error;
        showProblem(form, error.problem);
      }
    });
  });
  section.append(form);
  return section;
}

/** Every change of status the caller may read, of every action and recommendation, oldest first. */
function planHistory() {
  return el('section', { id: 'status-history-section' },
    el('h2', { class: 'govuk-heading-m' }, 'Status history'),
    details('plan-history-all', `Every change of status in the plan (${plural(history.length, 'change')})`,
      statusHistoryTable(history, 'plan-history-table', { subject: true })));
}

/** Shows the plan with its history read again: a change may have moved a status. */
async function show(plan) {
  history = await get(`/plans/${plan.id}/history`);
  render(plan);
}

function render(plan) {
  document.title = `${plan.service} improvement plan – Inspection tracker`;
  $('#plan-caption').textContent = plan.service;
  $('#plan-title').textContent = 'Improvement plan';
  $('#back-link').href = `/inspections/${plan.inspectionId}`;
  replace($('#actions'), el('div', { class: 'govuk-button-group tracker-actions' }, buttons(plan)));
  replace($('#plan-body'),
    lateWarning(plan),
    steps(plan),
    overview(plan),
    downloads(plan),
    plan.partnerView ? el('p', { class: 'govuk-inset-text', id: 'partner-note' }, 'You see the actions your organisation leads. The service and its board see the whole plan.') : null,
    plan.status === 'CLOSED' ? el('div', { class: 'govuk-inset-text', id: 'plan-closed' },
      `This plan was closed on ${formatDate(plan.closedAt)}, when the next inspection judged it. It is kept as a record and can no longer be changed.`) : null,
    plan.recommendations.map((r) => recommendation(plan, r)),
    carriedSections(plan),
    others(plan),
    planHistory(),
    comments(plan),
    (account.roles ?? []).includes('INSPECTORATE_ADMIN')
      ? el('p', { class: 'govuk-body' }, link(`/audit?objectType=ActionPlan&objectId=${plan.id}`, 'See the history of changes', { id: 'plan-history' }))
      : null);
}

try {
  const [who, plan, changes] = await Promise.all([me(), get(`/plans/${id}`), get(`/plans/${id}/history`)]);
  account = who;
  history = changes;
  render(plan);
} catch (error) {
  showPageError($('#plan-body'), error);
}
