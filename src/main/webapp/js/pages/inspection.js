// /inspections/{id}: one inspection as published: overall rating and score, the ratings table
// with key questions, disagreements with the rules, and the recommendations by addressee.
import { del, get, me, post } from '/js/api.js';
import { $, idFromPath, replace } from '/js/dom.js';
import { formatDate, formatDateTime, plural, publishedText } from '/js/format.js';
import { disagreementsWarning, ratingsTable, recommendationsByAddressee, sizeBars } from '/js/inspection-parts.js';
import { INSPECTION_KINDS, PLAN_STATUSES, RATINGS, hasAnyRole, label } from '/js/labels.js';
import { isInspectorate } from '/js/permissions.js';
import { ratingBadge, scoreText } from '/js/ratings.js';
import { showThemeTags } from '/js/theme-tags.js';
import { banner, bulletList, el, link, setFlash, showPageError, summaryList, tag } from '/js/ui.js';

const id = idFromPath();
const isAdmin = (account) => (account.roles ?? []).includes('INSPECTORATE_ADMIN');

const reference = (text) => (/^https?:\/\//.test(text ?? '') ? link(text, text, { rel: 'noopener' }) : text);
const neighbour = (ref, what) => (ref ? link(`/inspections/${ref.id}`, `${what}: ${publishedText(ref.published)}${ref.overall ? `, ${label(RATINGS, ref.overall)}` : ''}`) : null);

function headline(i) {
  if (!i.framework.rated) {
    return el('p', { class: 'govuk-body', id: 'headline' }, `${i.framework.name}: this kind of inspection gives no ratings or score.`);
  }
  const scoreDiffers = i.computedScore !== null && i.publishedScore !== null && i.computedScore !== i.publishedScore;
  return el('div', { class: 'govuk-grid-row', id: 'headline' },
    el('div', { class: 'govuk-grid-column-one-half' },
      el('h2', { class: 'govuk-heading-s govuk-!-margin-bottom-2' }, 'Overall rating'),
      el('p', { class: 'govuk-body-l', id: 'overall-rating' }, ratingBadge(i.publishedOverall))),
    i.framework.scored ? el('div', { class: 'govuk-grid-column-one-half' },
      el('h2', { class: 'govuk-heading-s govuk-!-margin-bottom-2' }, 'Score'),
      el('p', { class: 'govuk-body', id: 'score' },
        el('span', { class: 'tracker-score' }, i.publishedScore ?? '–'),
        ` out of ${i.maxScore ?? 36}`),
      scoreDiffers ? el('p', { class: 'govuk-body-s', id: 'computed-score' }, `The published ratings add up to ${scoreText(i.computedScore, i.maxScore)}.`) : null)
      : null);
}

function details(i) {
  const rows = [
    ['Service', link(`/services/${i.service.id}`, i.service.name, { id: 'service-link' })],
    ['Framework', i.framework.name],
    ['Kind', label(INSPECTION_KINDS, i.kind)],
    ['Fieldwork started', formatDate(i.fieldworkStart)],
    ['Published', publishedText(i.published)],
    ['Lead inspector', i.leadInspector],
    ['Report', reference(i.reportReference)],
  ];
  if (i.joint) rows.push(['Joint inspection with', bulletList(i.jointInspectorates ?? [], 'Not recorded')]);
  const sample = [
    i.courtCases !== null ? plural(i.courtCases, 'court case') : null,
    i.outOfCourtCases !== null ? plural(i.outOfCourtCases, 'out-of-court case') : null,
    i.resettlementCases !== null ? plural(i.resettlementCases, 'resettlement case') : null,
    i.casesInspected !== null ? `${plural(i.casesInspected, 'case')} in all` : null,
  ].filter(Boolean);
  rows.push(['Cases inspected', sample.join(', ')]);
  rows.push(['Inspections of this service', [neighbour(i.previous, 'Previous'), i.previous && i.next ? el('br') : null, neighbour(i.next, 'Next')].filter(Boolean)]);
  if (i.previous) rows.push(['Since the previous inspection', link(`/inspections/${i.id}/comparison`, 'Compare with the previous inspection', { id: 'comparison-link' })]);
  if (i.status === 'PUBLISHED') rows.push(['Recorded as published', `${formatDateTime(i.publishedAt)} by ${i.publishedBy}`]);
  return summaryList('inspection-details', rows.map(([k, v]) => [k, Array.isArray(v) && !v.length ? '' : v]));
}

function wholeFindings(i) {
  if (!(i.strengths ?? []).length && !(i.areasForImprovement ?? []).length) return null;
  return [
    el('h2', { class: 'govuk-heading-m' }, 'Findings'),
    el('h3', { class: 'govuk-heading-s' }, 'Key strengths'), el('div', { id: 'strengths' }, bulletList(i.strengths ?? [])),
    el('h3', { class: 'govuk-heading-s' }, 'Areas requiring improvement'), el('div', { id: 'areas' }, bulletList(i.areasForImprovement ?? [])),
  ];
}

function actions(account, i) {
  const buttons = [];
  if (!isInspectorate(account)) return buttons;
  const canChange = i.status === 'DRAFT' || isAdmin(account);
  if (canChange) {
    buttons.push(el('a', { class: 'govuk-button govuk-button--secondary', href: `/inspections/${i.id}/edit`, id: 'change-inspection', role: 'button', draggable: 'false', 'data-module': 'govuk-button' },
      i.status === 'DRAFT' ? 'Change' : 'Correct'));
  }
  if (i.status === 'DRAFT') {
    const publish = el('button', { class: 'govuk-button', id: 'publish-inspection', type: 'button', 'data-module': 'govuk-button' }, 'Publish');
    publish.addEventListener('click', () => act(publish, () => post(`/inspections/${i.id}/publish?version=${i.version}`), 'The inspection has been published'));
    const remove = el('button', { class: 'govuk-button govuk-button--warning', id: 'delete-inspection', type: 'button', 'data-module': 'govuk-button' }, 'Delete draft');
    remove.addEventListener('click', () => {
      // A deliberate second step: a draft may hold an afternoon's typing.
      if (!window.confirm('Delete this draft inspection? This cannot be undone.')) return;
      act(remove, () => del(`/inspections/${i.id}`), 'The draft inspection has been deleted', '/inspections');
    });
    buttons.push(publish, remove);
  }
  buttons.push(el('a', { class: 'govuk-button govuk-button--secondary', href: `/inspections/${i.id}/themes`, id: 'confirm-themes', role: 'button', draggable: 'false', 'data-module': 'govuk-button' }, 'Confirm themes'));
  return buttons;
}

/**
 * For a published inspection: a link to its improvement plan, or for the service's leads and board
 * members a button to start it. Anything the API refuses (403) shows nothing.
 */
async function showPlan(account, i) {
  const panel = $('#plan-panel');
  if (!panel || i.status !== 'PUBLISHED') return;
  const heading = el('h2', { class: 'govuk-heading-m' }, 'Improvement plan');
  try {
    const plan = await get(`/inspections/${i.id}/plan`);
    replace(panel, heading, el('p', { class: 'govuk-body' },
      link(`/plans/${plan.id}`, 'See the improvement plan', { id: 'plan-link' }),
      ` (${label(PLAN_STATUSES, plan.status).toLowerCase()})`));
  } catch (error) {
    if (error.status !== 404) return;
    if (!hasAnyRole(account, ['SERVICE_LEAD', 'BOARD_MEMBER'])) {
      if (isInspectorate(account)) {
        replace(panel, heading, el('p', { class: 'govuk-body', id: 'no-plan' }, 'The service has not started its improvement plan yet.'));
      }
      return;
    }
    const start = el('button', { class: 'govuk-button', id: 'start-plan', type: 'button', 'data-module': 'govuk-button' }, 'Start the improvement plan');
    start.addEventListener('click', async () => {
      start.disabled = true;
      try {
        const plan = await post(`/inspections/${i.id}/plan`);
        setFlash('The improvement plan has been started');
        location.assign(`/plans/${plan.id}`);
      } catch (failure) {
        if (failure.status === 403) {
          replace(panel);
          return;
        }
        start.disabled = false;
        const box = banner({ id: 'plan-problem', title: 'There is a problem', heading: failure.problem?.detail ?? String(failure) });
        $('#plan-problem')?.remove();
        panel.prepend(box);
      }
    });
    replace(panel, heading,
      el('p', { class: 'govuk-body' }, 'The service answers the inspection with an improvement plan: what it will do about each recommendation, who leads it and by when. Its board endorses the plan before it goes to the inspectorate.'),
      start);
  }
}

async function act(button, work, message, next = location.pathname) {
  button.disabled = true;
  try {
    await work();
    setFlash(message);
    location.assign(next);
  } catch (error) {
    button.disabled = false;
    const problem = error.problem ?? {};
    const body = (problem.errors ?? []).length
      ? el('ul', { class: 'govuk-list govuk-list--bullet' }, problem.errors.map((e) => el('li', {}, e.message)))
      : el('p', { class: 'govuk-body' }, problem.detail ?? String(error));
    const box = banner({ id: 'action-problem', title: 'There is a problem', heading: problem.status === 400 ? 'Complete the inspection first' : problem.title, body });
    $('#action-problem')?.remove();
    $('#inspection-body').prepend(box);
    box.focus();
  }
}

try {
  const [account, i] = await Promise.all([me(), get(`/inspections/${id}`)]);
  document.title = `${i.service.name} inspection – Inspection tracker`;
  $('#inspection-caption').textContent = i.framework.name;
  replace($('#inspection-title'), `${i.service.name} inspection`, i.status === 'DRAFT' ? [' ', tag('Draft', 'grey')] : null);
  replace($('#actions'), el('div', { class: 'govuk-button-group tracker-actions' }, actions(account, i)));
  const body = [
    disagreementsWarning(i.disagreements),
    headline(i),
    details(i),
    el('div', { id: 'plan-panel' }),
    i.framework.rated && i.standards.length ? ratingsTable(i.standards) : null,
    wholeFindings(i),
    el('h2', { class: 'govuk-heading-m' }, i.framework.rated ? 'Recommendations' : 'Areas requiring improvement'),
    recommendationsByAddressee(i.recommendations),
  ];
  if (isAdmin(account)) {
    body.push(el('p', { class: 'govuk-body' }, link(`/audit?objectType=Inspection&objectId=${id}`, 'See the history of changes', { id: 'inspection-history' })));
  }
  replace($('#inspection-body'), body);
  sizeBars($('#inspection-body'));
  showPlan(account, i);
  showThemeTags(i.id, $('#inspection-body'));
} catch (error) {
  showPageError($('#inspection-body'), error);
}
