// /users/new and /users/{id}/edit: an account's details, roles, organisations and password.
import { get, post, put } from '/js/api.js';
import { $, idFromPath, replace, show } from '/js/dom.js';
import { checkboxItem, checkedValues, clearErrors, showConflict, showProblem, whileSaving } from '/js/forms.js';
import { ROLES, label } from '/js/labels.js';
import { orgPicker } from '/js/org-picker.js';
import { setFlash, showPageError } from '/js/ui.js';

const id = idFromPath();
const form = $('#user-form');
let version = null;
let picker;

function input() {
  const body = {
    email: $('#email').value.trim(),
    displayName: $('#displayName').value.trim(),
    roles: checkedValues(form, 'roles'),
    organisationIds: picker.selectedIds(),
    active: $('#active').checked,
  };
  // On a change, a password resets it; left empty it stays as it is.
  if ($('#password').value || !id) body.password = $('#password').value;
  if (id) body.version = version;
  return body;
}

function conflict(current) {
  showConflict($('#conflict'), {
    what: 'user',
    current,
    rows: [
      ['Email address', current.email],
      ['Full name', current.displayName],
      ['Roles', (current.roles ?? []).map((r) => label(ROLES, r)).join(', ')],
      ['Organisations', (current.organisations ?? []).map((o) => o.name).join(', ') || 'None'],
      ['Status', current.active ? 'Active' : 'Deactivated'],
    ],
    onKeep: (currentVersion) => { version = currentVersion; },
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  whileSaving($('#save'), async () => {
    clearErrors(form);
    try {
      const saved = id ? await put(`/users/${id}`, input()) : await post('/users', input());
      setFlash(id ? `${saved.displayName}'s account has been changed` : `${saved.displayName}'s account has been added`);
      location.assign('/users');
    } catch (error) {
      if (!error.problem) throw error;
      if (error.status === 409 && error.problem.current) conflict(error.problem.current);
      else showProblem(form, error.problem);
    }
  });
});

try {
  const account = id ? await get(`/users/${id}`) : null;
  const roles = new Set(account?.roles ?? []);
  replace($('#role-options'), Object.entries(ROLES).map(([role, text]) =>
    checkboxItem({ id: `role-${role}`, name: 'roles', value: role, text, checked: roles.has(role) })));
  picker = orgPicker({ search: $('#org-search'), list: $('#org-options'), status: $('#org-status'), selected: account?.organisations ?? [] });
  if (account) {
    version = account.version;
    $('#email').value = account.email;
    $('#displayName').value = account.displayName;
    $('#active').checked = account.active;
    $('#form-caption').textContent = account.displayName;
    $('#form-heading').textContent = 'Change a user';
    $('#password-label').textContent = 'New password (optional)';
    $('#password-hint').textContent = 'Leave empty to keep their password. A new one must be at least 12 characters.';
  }
  replace($('#form-status'));
  show(form);
} catch (error) {
  showPageError($('#form-status'), error);
}
