// /actions/{id}: one action of an improvement plan: what, who, by when, its flags and the owner's
// RAG beside the suggested one; its progress updates, newest first, its dated status history and how
// its target date moved.
// Its owner (or the service) adds progress updates here; updates are never changed afterwards.
import { get, post, upload } from '/js/api.js';
import { $, $$, idFromPath, replace, show } from '/js/dom.js';
import { formatDate, formatDateTime } from '/js/format.js';
import { clearErrors, radioItem, showProblem, whileSaving } from '/js/forms.js';
import { wholeNumber } from '/js/inspection-input.js';
import { RAGS } from '/js/labels.js';
import { actionStatusTag, flagTags, paragraphs, ragBadge, ragPair, shorten, statusHistoryTable, targetText } from '/js/plan-parts.js';
import { el, link, setFlash, showPageError, summaryList, table } from '/js/ui.js';

const id = idFromPath();
const form = $('#update-form');
const MAX_LINKS = 20;
let linkRows = 0;

const safeUrl = (url) => /^https?:\/\/\S+$/i.test(url ?? '');

function answers(action) {
  const numbers = action.recommendationNumbers ?? [];
  if (!numbers.length) return action.areaForImprovement ? `Area for improvement: ${action.areaForImprovement}` : '';
  return numbers.map((n, i) => [i ? ', ' : '', link(`/plans/${action.planId}#recommendation-${n}`, `Recommendation ${n}`)]);
}

function details(action) {
  const latest = action.latestUpdate;
  return summaryList('action-details', [
    ['Answers', answers(action)],
    ['Lead organisation', action.leadOrganisation?.name],
    ['Lead person', action.leadPerson],
    ['What will be done', paragraphs(action.description)],
    ['Success measure', action.successMeasure ? paragraphs(action.successMeasure) : ''],
    ['Start date', formatDate(action.startDate)],
    ['Target date', el('span', { id: 'action-target' }, targetText(action))],
    ['Status', [actionStatusTag(action.status, 'action-status'),
      action.statusSince ? el('span', { class: 'govuk-body-s', id: 'action-status-since' }, ` since ${formatDate(action.statusSince)}`) : null,
      action.statusReason ? el('p', { class: 'govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0', id: 'action-status-reason' }, action.statusReason) : null]],
    ['RAG', ragPair(action, 'action')],
    ['Flags', flagTags(action, 'action') ?? 'None'],
    ['Last update', latest ? `${formatDateTime(latest.writtenAt)} by ${latest.author}` : 'No updates yet'],
  ]);
}

function evidence(links, files) {
  if (!links?.length && !files?.length) return null;
  return el('div', { class: 'tracker-evidence' },
    el('h4', { class: 'govuk-heading-s govuk-!-margin-bottom-1' }, 'Evidence'),
    el('ul', { class: 'govuk-list' },
      (links ?? []).map((l) => el('li', {},
        safeUrl(l.url) ? link(l.url, l.title, { rel: 'noopener noreferrer', 'data-evidence': 'true' }) : `${l.title} (${l.url})`)),
      (files ?? []).map((f) => el('li', {},
        link(f.href, f.fileName, { 'data-evidence-file': 'true', download: f.fileName }), ` (${Math.max(1, Math.round(f.sizeBytes / 1024))} KB)`))));
}

const FILE_TYPES = /\.(pdf|docx|xlsx|png|jpe?g|txt|csv)$/i;
const FILE_LIMIT = 10 * 1024 * 1024;

/** Files the server would refuse, caught before the update is sent so nothing is half-saved. */
function fileProblems(files) {
  return files.flatMap((f) => {
    if (!FILE_TYPES.test(f.name)) return [`${f.name} is not a PDF, Word, Excel, PNG, JPEG, text or CSV file`];
    if (f.size > FILE_LIMIT) return [`${f.name} is larger than 10 MB`];
    if (f.size === 0) return [`${f.name} is empty`];
    return [];
  });
}

/** Attaches each file to the new update; answers the messages of those the server refused. */
async function attachFiles(actionId, updateId, files) {
  const refused = [];
  for (const file of files) {
    try {
      await upload(`/actions/${actionId}/updates/${updateId}/files`, file, file.type || 'application/octet-stream', file.name);
    } catch (error) {
      if (!error.problem) throw error;
      refused.push(`${file.name}: ${error.problem.detail ?? error.message}`);
    }
  }
  return refused;
}

/** The update being corrected by the form, if the person chose "Correct this update". */
let correcting = null;

function correct(u) {
  correcting = u;
  $('#update-heading').textContent = 'Correct an update';
  $('#narrative').value = u.narrative ?? '';
  $('#percentComplete').value = u.percentComplete ?? '';
  const rag = document.getElementById(`rag-${u.rag}`);
  if (rag) rag.checked = true;
  replace($('#correcting-note'), `You are correcting the update of ${formatDateTime(u.writtenAt)}. It stays in the history; yours is added after it.`);
  show($('#correcting-note'));
  $('#narrative').focus();
}

function update(u, all, editable) {
  const corrected = u.correctsId ? all.find((other) => other.id === u.correctsId) : null;
  const correctButton = editable
    ? el('button', { type: 'button', class: 'tracker-link-button govuk-body-s', id: `correct-${u.id}` }, 'Correct this update')
    : null;
  correctButton?.addEventListener('click', () => correct(u));
  return el('li', { class: `tracker-update tracker-update--${(u.rag ?? 'none').toLowerCase()}`, id: `update-${u.id}` },
    el('h3', { class: 'govuk-heading-s govuk-!-margin-bottom-1' }, formatDateTime(u.writtenAt)),
    el('p', { class: 'govuk-body-s govuk-!-margin-bottom-2' }, `By ${u.author}`),
    el('p', { class: 'govuk-body govuk-!-margin-bottom-2' }, ragBadge(u.rag, { id: `update-${u.id}-rag` }),
      u.percentComplete !== null && u.percentComplete !== undefined ? el('span', { class: 'tracker-update__percent', id: `update-${u.id}-percent` }, ` ${u.percentComplete}% complete`) : null),
    corrected ? el('p', { class: 'govuk-body-s' }, `Corrects the update of ${formatDateTime(corrected.writtenAt)}.`) : null,
    paragraphs(u.narrative),
    evidence(u.links, u.files),
    correctButton);
}

function updates(action) {
  const all = [...(action.updates ?? [])].sort((a, b) => (b.writtenAt ?? '').localeCompare(a.writtenAt ?? '') || b.id - a.id);
  return [
    el('h2', { class: 'govuk-heading-m' }, 'Progress updates'),
    all.length
      ? el('ol', { class: 'tracker-updates', id: 'update-history', reversed: true }, all.map((u) => update(u, all, action.canEdit)))
      : el('p', { class: 'govuk-body', id: 'update-history' }, 'Nobody has reported progress yet.'),
  ];
}

/** Every change of the action's status, oldest first: when, from → to, who, why. */
function statusHistory(action) {
  return [
    el('h2', { class: 'govuk-heading-m', id: 'status-history-heading' }, 'Status history'),
    statusHistoryTable(action.statusHistory ?? [], 'status-history'),
  ];
}

function targetHistory(action) {
  const changes = action.targetDateHistory ?? [];
  return [
    el('h2', { class: 'govuk-heading-m' }, 'Changes to the target date'),
    changes.length
      ? table({
        id: 'target-history',
        rows: [...changes].reverse(),
        columns: [
          { heading: 'From', cell: (c) => formatDate(c.from) || 'None' },
          { heading: 'To', cell: (c) => formatDate(c.to) || 'None' },
          { heading: 'Reason', cell: (c) => c.reason ?? '' },
          { heading: 'Changed by', cell: (c) => c.changedBy },
          { heading: 'When', cell: (c) => formatDateTime(c.changedAt) },
        ],
      })
      : el('p', { class: 'govuk-body', id: 'target-history' }, 'The target date has not changed since the action was written.'),
  ];
}

/** One evidence link: a title and a web address, each its own form group for errors. */
function addLinkRow() {
  if (linkRows >= MAX_LINKS) return;
  const i = linkRows++;
  $('#link-rows').append(el('div', { class: 'tracker-link-row', id: `link-row-${i}` },
    el('div', { class: 'govuk-form-group', 'data-field': `linkTitle${i}` },
      el('label', { class: 'govuk-label', for: `link-title-${i}` }, 'Title', el('span', { class: 'govuk-visually-hidden' }, ` of link ${i + 1}`)),
      el('input', { class: 'govuk-input', id: `link-title-${i}`, type: 'text', maxlength: 200, autocomplete: 'off', 'data-link-title': i })),
    el('div', { class: 'govuk-form-group', 'data-field': `linkUrl${i}` },
      el('label', { class: 'govuk-label', for: `link-url-${i}` }, 'Web address', el('span', { class: 'govuk-visually-hidden' }, ` of link ${i + 1}`)),
      el('input', { class: 'govuk-input', id: `link-url-${i}`, type: 'url', spellcheck: 'false', autocomplete: 'off', 'data-link-url': i }))));
  show($('#add-link'), linkRows < MAX_LINKS);
}

/** The rows with anything typed, and which row each one sent came from. */
function typedLinks() {
  const rows = [];
  for (let i = 0; i < linkRows; i++) {
    const title = $(`#link-title-${i}`).value.trim();
    const url = $(`#link-url-${i}`).value.trim();
    if (title || url) rows.push({ row: i, title, url });
  }
  return rows;
}

/** "links[1].url" names the second link sent: point it at the row it came from. */
function toRows(problem, sent) {
  const errors = (problem.errors ?? []).map((e) => {
    const m = (e.field ?? '').match(/links\[(\d+)]\.(title|url)$/);
    if (!m || !sent[Number(m[1])]) return e;
    return { ...e, field: `link${m[2] === 'title' ? 'Title' : 'Url'}${sent[Number(m[1])].row}` };
  });
  return { ...problem, errors };
}

function bindUpdateForm(action) {
  replace($('#rag-options'), Object.entries(RAGS).map(([value, text]) => radioItem({ id: `rag-${value}`, name: 'rag', value, text })));
  addLinkRow();
  $('#add-link').addEventListener('click', () => {
    addLinkRow();
    $(`#link-title-${linkRows - 1}`).focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    whileSaving($('#save-update'), async () => {
      clearErrors(form);
      const percent = wholeNumber($('#percentComplete').value);
      if (percent.invalid) {
        showProblem(form, { errors: [{ field: 'percentComplete', message: 'Enter how much is done as a whole number from 0 to 100' }] });
        return;
      }
      const files = [...($('#files').files ?? [])];
      const badFiles = fileProblems(files);
      if (badFiles.length) {
        showProblem(form, { errors: badFiles.map((message) => ({ field: 'files', message })) });
        return;
      }
      const sent = typedLinks();
      const body = {
        correctsId: correcting?.id ?? null,
        narrative: $('#narrative').value.trim(),
        rag: form.querySelector('input[name="rag"]:checked')?.value ?? null,
        percentComplete: percent.value,
        links: sent.map(({ title, url }) => ({ title, url })),
      };
      try {
        const saved = await post(`/actions/${action.id}/updates`, body);
        const refused = files.length ? await attachFiles(action.id, saved.latestUpdate.id, files) : [];
        setFlash(refused.length
          ? `Your update has been added, but these files were not: ${refused.join('; ')}`
          : 'Your update has been added');
        location.assign(location.pathname);
      } catch (error) {
        if (!error.problem) throw error;
        showProblem(form, toRows(error.problem, sent));
      }
    });
  });
  show($('#update-section'));
}

function buttons(action) {
  if (!action.canEdit) return [];
  return [
    el('a', { class: 'govuk-button govuk-button--secondary', href: `/actions/${action.id}/edit`, id: 'change-action', role: 'button', draggable: 'false', 'data-module': 'govuk-button' },
      'Change', el('span', { class: 'govuk-visually-hidden' }, ' the action')),
    el('a', { class: 'govuk-button', href: '#update-section', id: 'report-progress', role: 'button', draggable: 'false', 'data-module': 'govuk-button' }, 'Report progress'),
  ];
}

try {
  const action = await get(`/actions/${id}`);
  document.title = `Action: ${shorten(action.description, 60)} – Inspection tracker`;
  $('#action-caption').textContent = `${action.service} improvement plan`;
  $('#action-title').textContent = shorten(action.description, 150);
  $('#back-link').href = `/plans/${action.planId}`;
  $('#back-link').textContent = 'Back to the plan';
  replace($('#actions'), el('div', { class: 'govuk-button-group tracker-actions' }, buttons(action)));
  replace($('#action-body'),
    details(action),
    // A cancelled action has no RAG: the server suggests none.
    action.flags?.suggestedRag ? el('p', { class: 'govuk-body-s govuk-hint', id: 'rag-note' },
      'Owner: the RAG its lead gave in the latest update. Suggested: the RAG its dates and progress suggest.') : null);
  replace($('#history'), updates(action), statusHistory(action), targetHistory(action));
  if (action.canEdit) bindUpdateForm(action);
  $$('.govuk-summary-list__value .tracker-narrative:last-child').forEach((p) => p.classList.add('govuk-!-margin-bottom-0'));
} catch (error) {
  showPageError($('#action-body'), error);
}
