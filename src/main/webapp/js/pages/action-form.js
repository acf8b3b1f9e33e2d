// /plans/{id}/actions/new and /actions/{id}/edit: write or change an action of an improvement
// plan. Moving the target date of an existing action asks why; blocked and cancelled ask why too.
// A partner changes only the actions its organisation leads, and cannot hand them to another.
import { get, post, put } from '/js/api.js';
import { $, idFromPath, replace, show } from '/js/dom.js';
import { formatDate, publishedText } from '/js/format.js';
import { checkboxItem, checkedValues, clearErrors, radioItem, showConflict, showProblem, whileSaving } from '/js/forms.js';
import { isoDate } from '/js/inspection-input.js';
import { ACTION_STATUSES, ACCEPTANCE, label } from '/js/labels.js';
import { answersText, leadText, shorten } from '/js/plan-parts.js';
import { el, fillOptions, setFlash, showPageError } from '/js/ui.js';

const editing = /^\/actions\/\d+\/edit\/?$/.test(location.pathname);
const pathId = idFromPath();
const form = $('#action-form');
const NEEDS_REASON = ['BLOCKED', 'CANCELLED'];
/** The action as last read (when editing): its target date decides whether a reason is asked. */
let action = null;
let version = null;

const selectedStatus = () => form.querySelector('input[name="status"]:checked')?.value ?? '';
const text = (fieldId) => $(`#${fieldId}`).value.trim();

function showDependentFields() {
  show($('#status-reason-group'), NEEDS_REASON.includes(selectedStatus()));
  const moved = !!action && (isoDate(text('targetDate')) ?? null) !== (action.targetDate ?? null);
  show($('#target-reason-group'), moved);
}

/** Ids of the recommendations carried into the plan from the inspection before. */
let carriedIds = new Set();

function renderRecommendations(plan, chosen) {
  // Recommendations carried forward from the inspection before are answered here too.
  const carried = (plan.carried ?? []).map((r) => ({ ...r, carriedFrom: publishedText(r.fromPublished) }));
  carriedIds = new Set(carried.map((r) => r.id));
  const recommendations = [...(plan.recommendations ?? []), ...carried];
  replace($('#recommendation-options'), recommendations.length
    ? recommendations.map((r) => checkboxItem({
      id: r.carriedFrom ? `carried-recommendation-${r.id}` : `recommendation-${r.number}`,
      name: 'recommendationIds',
      value: r.id,
      text: r.carriedFrom ? `Recommendation ${r.number} of ${r.carriedFrom} (carried forward)` : `Recommendation ${r.number}`,
      hint: [shorten(r.text, 160), r.acceptance ? ` (${label(ACCEPTANCE, r.acceptance).toLowerCase()})` : ''].join(''),
      checked: chosen.has(r.id),
    }))
    : el('p', { class: 'govuk-body' }, 'The inspection made no recommendations.'));
}

/** The service and the organisations linked to it; the current lead is kept even if not listed. */
function renderLeads(organisations, current, mayHandOver) {
  const known = new Map(organisations.map((o) => [o.id, o]));
  if (current && !known.has(current.id)) known.set(current.id, current);
  const sorted = [...known.values()].sort((a, b) => (a.kind === 'YJS' ? -1 : b.kind === 'YJS' ? 1 : a.name.localeCompare(b.name)));
  fillOptions($('#leadOrganisationId'), sorted.map((o) => [o.id, o.name]), { empty: 'Choose an organisation', selected: current?.id ?? '' });
  if (!mayHandOver) {
    $('#leadOrganisationId').disabled = true;
    $('#leadOrganisationId-hint').textContent = 'Only the service and its board hand an action to another organisation.';
  }
}

function renderStatuses(current) {
  replace($('#status-options'), Object.entries(ACTION_STATUSES).map(([value, statusText]) => radioItem({
    id: `status-${value}`, name: 'status', value, text: statusText, checked: value === current,
  })));
}

function input() {
  const lead = $('#leadOrganisationId').value;
  const body = {
    recommendationIds: checkedValues(form, 'recommendationIds', { numeric: true }),
    areaForImprovement: text('areaForImprovement') || null,
    leadOrganisationId: lead ? Number(lead) : null,
    leadPerson: text('leadPerson') || null,
    description: text('description'),
    successMeasure: text('successMeasure') || null,
    startDate: isoDate(text('startDate')),
    targetDate: isoDate(text('targetDate')),
    status: selectedStatus() || null,
    statusReason: NEEDS_REASON.includes(selectedStatus()) ? text('statusReason') || null : null,
  };
  if (editing) {
    body.version = version;
    if (!$('#target-reason-group').classList.contains('tracker-hidden')) body.targetDateReason = text('targetDateReason') || null;
  }
  return body;
}

function fill(current) {
  $('#areaForImprovement').value = current.areaForImprovement ?? '';
  $('#leadPerson').value = current.leadPerson ?? '';
  $('#description').value = current.description ?? '';
  $('#successMeasure').value = current.successMeasure ?? '';
  $('#startDate').value = current.startDate ?? '';
  $('#targetDate').value = current.targetDate ?? '';
  $('#statusReason').value = current.statusReason ?? '';
}

/** Someone saved first: say what the action says now; keeping mine saves over it. */
function conflict(current) {
  showConflict($('#conflict'), {
    what: 'action',
    current,
    rows: [
      ['Answers', answersText(current)],
      ['Lead', leadText(current)],
      ['Description', current.description],
      ['Success measure', current.successMeasure],
      ['Start date', formatDate(current.startDate)],
      ['Target date', formatDate(current.targetDate)],
      ['Status', [label(ACTION_STATUSES, current.status), current.statusReason ? `: ${current.statusReason}` : ''].join('')],
    ],
    onKeep: (currentVersion) => {
      version = currentVersion;
      action = current;
      showDependentFields();
    },
  });
}

form.addEventListener('change', (event) => {
  if (event.target.name === 'status') showDependentFields();
});
$('#targetDate').addEventListener('input', showDependentFields);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  whileSaving($('#save'), async () => {
    clearErrors(form);
    try {
      const body = input();
      if (editing) {
        const saved = await put(`/actions/${pathId}`, body);
        setFlash('The action has been changed');
        location.assign(`/actions/${saved.id}`);
      } else {
        const saved = await post(`/plans/${pathId}/actions`, body);
        setFlash('The action has been added');
        const first = saved.recommendationNumbers?.[0];
        const firstId = saved.recommendationIds?.[0];
        const anchor = carriedIds.has(firstId) ? `#carried-${firstId}` : first ? `#recommendation-${first}` : '#other-actions-section';
        location.assign(`/plans/${saved.planId}${anchor}`);
      }
    } catch (error) {
      if (!error.problem) throw error;
      if (error.status === 409 && error.problem.current) conflict(error.problem.current);
      else showProblem(form, error.problem);
    }
  });
});

try {
  action = editing ? await get(`/actions/${pathId}`) : null;
  const planId = editing ? action.planId : pathId;
  const plan = await get(`/plans/${planId}`);
  if (editing && !action.canEdit) {
    throw Object.assign(new Error('You cannot change this action'), { problem: { status: 403, detail: 'Only the service, its board and the organisation that leads this action change it.' } });
  }
  if (!editing && !plan.canEdit) {
    throw Object.assign(new Error('You cannot add actions'), { problem: { status: 403, detail: 'Only the service and its board add actions to its plan.' } });
  }
  const organisations = plan.canEdit ? (await get('/organisations', { serviceId: plan.serviceId, size: 100 })).items : [];
  const wanted = Number(new URLSearchParams(location.search).get('recommendation'));
  const chosen = new Set(editing ? action.recommendationIds : [wanted].filter(Boolean));
  renderRecommendations(plan, chosen);
  renderLeads(organisations, action?.leadOrganisation, plan.canEdit);
  renderStatuses(action?.status ?? 'NOT_STARTED');
  $('#form-caption').textContent = `${plan.service} improvement plan`;
  if (editing) {
    version = action.version;
    fill(action);
    $('#form-heading').textContent = 'Change an action';
    document.title = `Change an action – Inspection tracker`;
    $('#back-link').href = `/actions/${action.id}`;
    $('#back-link').textContent = 'Back to the action';
    $('#cancel').href = `/actions/${action.id}`;
  } else {
    $('#back-link').href = `/plans/${plan.id}`;
    $('#back-link').textContent = 'Back to the plan';
    $('#cancel').href = `/plans/${plan.id}`;
  }
  showDependentFields();
  replace($('#form-status'));
  show(form);
} catch (error) {
  showPageError($('#form-status'), error);
}
