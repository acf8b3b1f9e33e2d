// /account: who you are, your API tokens and your password.
import { del, get, me, post, put } from '/js/api.js';
import { $, replace } from '/js/dom.js';
import { clearErrors, showProblem, whileSaving } from '/js/forms.js';
import { formatDate, formatDateTime } from '/js/format.js';
import { ROLES, label } from '/js/labels.js';
import { banner, bulletList, el, link, showPageError, summaryList, table, tag } from '/js/ui.js';

function tokenStatus(t) {
  if (t.revokedAt) return tag('Revoked', 'grey');
  if (t.expiresAt && new Date(t.expiresAt) <= new Date()) return tag('Expired', 'grey');
  return tag('Active', 'green');
}

function revokeButton(t) {
  if (t.revokedAt) return '';
  const button = el('button', { type: 'button', class: 'tracker-link-button', id: `revoke-${t.id}` },
    'Revoke', el('span', { class: 'govuk-visually-hidden' }, ` ${t.name}`));
  button.addEventListener('click', async () => {
    if (!window.confirm(`Revoke the token "${t.name}"? Anything using it will stop working.`)) return;
    try {
      await del(`/me/tokens/${t.id}`);
      await loadTokens();
      $('#tokens-heading').focus();
    } catch (error) {
      showPageError($('#tokens'), error);
    }
  });
  return button;
}

async function loadTokens() {
  const tokens = await get('/me/tokens');
  replace($('#tokens'), table({
    id: 'tokens-table',
    caption: 'Your tokens',
    rows: tokens,
    empty: 'You have no API tokens.',
    columns: [
      { heading: 'Name', cell: (t) => t.name },
      { heading: 'Starts with', cell: (t) => el('code', { class: 'tracker-token' }, t.prefix) },
      { heading: 'Created', cell: (t) => formatDate(t.createdAt) },
      { heading: 'Expires', cell: (t) => (t.expiresAt ? formatDate(t.expiresAt) : 'Never') },
      { heading: 'Last used', cell: (t) => (t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never') },
      { heading: 'Status', cell: tokenStatus },
      { heading: 'Action', cell: revokeButton },
    ],
  }));
}

function showNewToken(created) {
  const box = banner({
    id: 'new-token-banner',
    type: 'success',
    title: 'Token created',
    heading: `Copy your new token "${created.details.name}" now`,
    body: [
      el('p', { class: 'govuk-body' }, 'This is the only time it is shown. If you lose it, revoke it and create another.'),
      el('p', { class: 'govuk-body govuk-!-font-weight-bold tracker-token', id: 'new-token' }, created.token),
    ],
  });
  replace($('#new-token-slot'), box);
  box.setAttribute('tabindex', '-1');
  box.focus();
  // Selecting the token makes copying it one keystroke.
  const range = document.createRange();
  range.selectNodeContents($('#new-token'));
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
}

$('#token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  whileSaving($('#create-token'), async () => {
    clearErrors(form);
    try {
      const expiry = $('#token-expiry').value;
      const created = await post('/me/tokens', {
        name: $('#token-name').value.trim(),
        expiresInDays: expiry ? Number(expiry) : null,
        password: $('#token-password').value,
      });
      form.reset();
      await loadTokens();
      showNewToken(created);
    } catch (error) {
      if (!error.problem) throw error;
      showProblem(form, error.problem);
    }
  });
});

$('#password-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  whileSaving($('#change-password'), async () => {
    clearErrors(form);
    replace($('#password-done'));
    try {
      await put('/me/password', { currentPassword: $('#currentPassword').value, newPassword: $('#newPassword').value });
      form.reset();
      const done = banner({
        id: 'password-changed',
        type: 'success',
        heading: 'Your password has been changed',
        body: [el('p', { class: 'govuk-body' }, 'You have been signed out everywhere else, and your API tokens have been revoked.')],
      });
      await loadTokens();
      replace($('#password-done'), done);
      done.setAttribute('tabindex', '-1');
      done.focus();
    } catch (error) {
      if (!error.problem) throw error;
      showProblem(form, error.problem);
    }
  });
});

$('#tokens-heading').setAttribute('tabindex', '-1');
try {
  const account = await me();
  $('#account-username').value = account.email; // lets password managers file the new password
  replace($('#account-details'), summaryList('account-summary', [
    ['Name', account.displayName],
    ['Email address', account.email],
    ['Roles', account.roles.map((r) => label(ROLES, r)).join(', ')],
    ['Organisations', bulletList((account.organisations ?? []).map((o) => link(`/organisations/${o.id}`, o.name)))],
  ]));
} catch (error) {
  showPageError($('#account-details'), error);
}
try {
  await loadTokens();
} catch (error) {
  showPageError($('#tokens'), error);
}
