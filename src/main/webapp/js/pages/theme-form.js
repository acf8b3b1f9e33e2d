// /themes/new and /themes/{id}/edit: an inspectorate admin adds or changes a theme and its
// keywords, or retires it.
import { get, post, put } from '/js/api.js';
import { $, idFromPath, replace, show } from '/js/dom.js';
import { clearErrors, showConflict, showProblem, whileSaving } from '/js/forms.js';
import { setFlash, showPageError } from '/js/ui.js';

const id = idFromPath();
const form = $('#theme-form');
let version = null;

const keywords = () => $('#keywords').value.split('\n').map((k) => k.trim()).filter(Boolean);

function input() {
  const body = { name: $('#name').value.trim(), description: $('#description').value.trim(), keywords: keywords() };
  if (id) {
    body.version = version;
    body.retired = $('#retired').checked;
  } else if ($('#code').value.trim()) {
    body.code = $('#code').value.trim();
  }
  return body;
}

function conflict(current) {
  showConflict($('#conflict'), {
    what: 'theme',
    current,
    rows: [
      ['Name', current.name],
      ['Description', current.description],
      ['Keywords', (current.keywords ?? []).join(', ')],
      ['Retired', current.retired ? 'Yes' : 'No'],
    ],
    onKeep: (currentVersion) => { version = currentVersion; },
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  whileSaving($('#save'), async () => {
    clearErrors(form);
    try {
      const saved = id ? await put(`/themes/${id}`, input()) : await post('/themes', input());
      setFlash(id ? `${saved.name} has been changed` : `${saved.name} has been added`);
      location.assign(`/themes/${saved.id}`);
    } catch (error) {
      if (!error.problem) throw error;
      if (error.status === 409 && error.problem.current) conflict(error.problem.current);
      else showProblem(form, error.problem);
    }
  });
});

try {
  if (id) {
    const { theme } = await get(`/themes/${id}`);
    version = theme.version;
    $('#name').value = theme.name;
    $('#description').value = theme.description ?? '';
    $('#keywords').value = theme.keywords.join('\n');
    $('#retired').checked = theme.retired;
    $('#form-caption').textContent = `${theme.name} (${theme.code})`;
    $('#form-heading').textContent = 'Change a theme';
    $('#back-link').href = `/themes/${id}`;
    $('#back-link').textContent = 'Back';
    $('#cancel').href = `/themes/${id}`;
    show($('#code-group'), false);
    show($('#retired-group'));
  }
  replace($('#form-status'));
  show(form);
} catch (error) {
  showPageError($('#form-status'), error);
}
