// /plans/{id}/import: check a spreadsheet plan against the inspection's recommendations and the
// service's organisations, row by row, then import all its actions at once (or none).
import { get, upload } from '/js/api.js';
import { $, idFromPath, replace } from '/js/dom.js';
import { clearErrors, showProblem, whileSaving } from '/js/forms.js';
import { formatDate, plural } from '/js/format.js';
import { el, setFlash, showPageError, table, tag } from '/js/ui.js';

const id = idFromPath();
const form = $('#sheet-form');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const typeOf = (file) => (/\.xlsx$/i.test(file.name) ? XLSX : 'text/csv');

/** Sends the file as it is; the answer is JSON or a problem. */
async function send(path, file) {
  try {
    return { ok: true, body: await upload(`/plans/${id}/${path}`, file, typeOf(file)) };
  } catch (error) {
    if (!error.problem) throw error;
    return { ok: false, status: error.status, body: error.problem };
  }
}

function rowsTable(rows) {
  return table({
    id: 'import-rows',
    caption: 'What the spreadsheet holds',
    rows,
    empty: 'The spreadsheet has no actions.',
    columns: [
      { heading: 'Row', cell: (r) => String(r.sheetRow ?? r.row) },
      { heading: 'Recommendation', cell: (r) => (r.recommendationNumber ? `${r.recommendationNumber}` : (r.areaForImprovement ?? '–')) },
      { heading: 'Action', cell: (r) => r.action ?? '' },
      { heading: 'Lead', cell: (r) => [r.leadOrganisationName ?? 'Not matched', r.leadPerson ? ` (${r.leadPerson})` : ''] },
      { heading: 'Target date', cell: (r) => (r.targetDate ? formatDate(r.targetDate) : '–') },
      { heading: 'RAG', cell: (r) => r.rag ?? '–' },
      {
        heading: 'Problems',
        cell: (r) => (r.problems?.length
          ? el('ul', { class: 'govuk-list govuk-error-message', id: `row-${r.row}-problems` }, r.problems.map((p) => el('li', {}, p.message)))
          : tag('Ready', 'green')),
      },
    ],
  });
}

function showPreview(preview, file) {
  const problems = preview.problems_count ?? 0;
  $('#preview-status').textContent = `${plural(preview.rows.length, 'action')} found; ${problems ? plural(problems, 'problem') : 'no problems'}.`;
  const importButton = el('button', { type: 'button', class: 'govuk-button', id: 'import', 'data-module': 'govuk-button' }, `Import ${plural(preview.rows.length, 'action')}`);
  importButton.addEventListener('click', () => whileSaving(importButton, async () => {
    const result = await send('import', file);
    if (result.ok) {
      setFlash(`${plural(preview.rows.length, 'action')} imported from ${file.name}`);
      location.assign(`/plans/${id}`);
    } else {
      showProblem(form, { ...result.body, errors: (result.body.errors ?? []).map((e) => ({ field: '', message: e.message })) });
    }
  }));
  replace($('#preview-result'),
    rowsTable(preview.rows),
    preview.importable
      ? importButton
      : el('p', { class: 'govuk-body', id: 'not-importable' }, 'Correct the spreadsheet and check it again: nothing is imported while any row has a problem.'));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  whileSaving($('#preview'), async () => {
    clearErrors(form);
    replace($('#preview-result'));
    const file = $('#sheet').files?.[0];
    if (!file) {
      showProblem(form, { errors: [{ field: 'file', message: 'Choose a spreadsheet' }] });
      return;
    }
    $('#preview-status').textContent = 'Checking the spreadsheet…';
    const result = await send('import/preview', file);
    if (result.ok) {
      showPreview(result.body, file);
    } else {
      $('#preview-status').textContent = '';
      showProblem(form, { errors: [{ field: 'file', message: result.body.detail ?? result.body.title ?? 'The spreadsheet could not be read' }] });
    }
  });
});

try {
  const plan = await get(`/plans/${id}`);
  $('#import-caption').textContent = plan.service;
  $('#back-link').href = `/plans/${id}`;
} catch (error) {
  showPageError($('#preview-result'), error);
}
