// /imports/new: upload a published report (PDF or text file) or paste its text. The tracker reads
// it into a draft (POST /api/imports) and the person goes on to check it at /imports/{id}.
import { upload } from '/js/api.js';
import { $, el, replace } from '/js/dom.js';
import { clearErrors, showProblem } from '/js/forms.js';

const form = $('#import-form');
const button = $('#read-report');
const progress = $('#import-progress');
const fileInput = $('#report-file');
const textInput = $('#report-text');

const isPdf = (file) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name);

/** What to send: { body, type, name } or { error } when the form is not filled in usably. */
function chosenReport() {
  const file = fileInput.files?.[0] ?? null;
  const text = textInput.value;
  if (file && text.trim()) {
    return { error: { field: 'file', message: 'Upload a file or paste the text, not both: remove one of them' } };
  }
  if (file) {
    if (file.size === 0) return { error: { field: 'file', message: 'The chosen file is empty' } };
    return { body: file, type: isPdf(file) ? 'application/pdf' : 'text/plain; charset=utf-8', name: file.name };
  }
  if (text.trim()) return { body: text, type: 'text/plain; charset=utf-8', name: null };
  return { error: { field: 'file', message: 'Upload the report or paste its text' } };
}

/** The problem an answer carries, with a message that says what to do when it has none. */
function withDetail(problem) {
  if (!problem.detail) {
    problem.detail = {
      413: 'The file is too large to import.',
      415: 'Upload a PDF or a text file.',
      422: 'This does not look like an inspection report.',
      403: 'Only inspectorate staff import reports.',
    }[problem.status] ?? `The report could not be read (${problem.status}). Try again.`;
  }
  return problem;
}

function showProgress(on) {
  button.disabled = on;
  if (on) {
    button.setAttribute('aria-disabled', 'true');
    replace(progress, el('div', { class: 'tracker-import-progress__box', id: 'import-reading' },
      el('span', { class: 'tracker-spinner', 'aria-hidden': 'true' }),
      el('span', { class: 'govuk-body govuk-!-margin-bottom-0' }, 'Reading the report…')));
  } else {
    button.removeAttribute('aria-disabled');
    replace(progress);
  }
}

function showError(problem, field) {
  // A report already recorded: say so and link to the inspection it is recorded as.
  const recorded = problem.status === 409 ? problem.current?.inspectionId : null;
  const message = recorded ? `This report is already recorded as inspection ${recorded}, so it cannot be imported again.` : problem.detail;
  const summary = showProblem(form, { ...problem, errors: [{ field, message }] });
  const href = recorded ? problem.current?.href ?? `/inspections/${recorded}` : null;
  if (href && href.startsWith('/inspections/')) {
    summary.querySelector('.govuk-error-summary__list').append(
      el('li', {}, el('a', { href, id: 'existing-inspection' }, 'View the inspection already recorded')));
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (button.disabled) return;
  clearErrors(form);
  const chosen = chosenReport();
  if (chosen.error) {
    showProblem(form, { errors: [chosen.error] });
    return;
  }
  const field = chosen.name !== null ? 'file' : 'text';
  showProgress(true);
  let draft;
  try {
    draft = await upload('/imports', chosen.body, chosen.type, chosen.name);
  } catch (error) {
    if (!error.problem) throw error;
    showProgress(false);
    if (error.status !== 401) showError(withDetail(error.problem), field);
    return;
  }
  // The spinner stays while the draft's page loads.
  progress.querySelector('.govuk-body').textContent = 'Report read. Opening the draft…';
  location.assign(`/imports/${draft.id}`);
});

// Going back to this page from the draft shows the form ready again, not a stale spinner.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) showProgress(false);
});
