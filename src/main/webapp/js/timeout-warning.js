// GOV.UK's timeout warning: two minutes before an idle session ends, a modal dialog says so and
// offers to stay signed in (any request to the server keeps the session) or to sign out. If the
// session ends anyway, the page stays as it is: a form sent then is kept and offered again after
// signing in (the server does that), so nothing typed is lost. Without script there is no warning,
// but the form is still kept.

const WARN_BEFORE_SECONDS = 120;

function minutesAndSeconds(total) {
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [];
  if (minutes) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds || !minutes) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return parts.join(' ');
}

function build() {
  const dialog = document.createElement('dialog');
  dialog.className = 'tracker-timeout';
  dialog.id = 'timeout-warning';
  dialog.setAttribute('aria-labelledby', 'timeout-heading');
  dialog.setAttribute('aria-describedby', 'timeout-message');
  dialog.innerHTML = `
    <h2 class="govuk-heading-m" id="timeout-heading">You’re about to be signed out</h2>
    <p class="govuk-body" id="timeout-message">For your security, we will sign you out in <span id="timeout-countdown"></span>.</p>
    <p class="govuk-visually-hidden" aria-live="polite" id="timeout-announce"></p>
    <div class="govuk-button-group">
      <button type="button" class="govuk-button" data-module="govuk-button" id="timeout-stay">Stay signed in</button>
      <a class="govuk-link tracker-target" href="#" id="timeout-sign-out">Sign out</a>
    </div>`;
  document.body.append(dialog);
  return dialog;
}

export function startTimeoutWarning() {
  const meta = document.querySelector('meta[name="tracker-session-seconds"]');
  const sessionSeconds = Number(meta?.content);
  if (!sessionSeconds || !('HTMLDialogElement' in window)) return;
  let deadline = Date.now() + sessionSeconds * 1000;
  let dialog = null;
  let returnFocus = null;

  const remaining = () => Math.max(0, Math.round((deadline - Date.now()) / 1000));

  function close() {
    if (dialog?.open) dialog.close();
    returnFocus?.focus();
  }

  async function stay() {
    try {
      const answer = await fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (answer.ok) deadline = Date.now() + sessionSeconds * 1000;
    } catch {
      // Offline: the countdown goes on, and the dialog says so when it ends.
    }
    close();
  }

  function show() {
    if (!dialog) {
      dialog = build();
      dialog.querySelector('#timeout-stay').addEventListener('click', stay);
      dialog.querySelector('#timeout-sign-out').addEventListener('click', (event) => {
        event.preventDefault();
        document.getElementById('sign-out')?.click();
      });
      // Escape keeps the person signed in, as closing the warning means they are still here.
      dialog.addEventListener('cancel', (event) => { event.preventDefault(); stay(); });
    }
    returnFocus = document.activeElement;
    dialog.querySelector('#timeout-announce').textContent =
      `For your security, we will sign you out in ${minutesAndSeconds(remaining())}.`;
    dialog.showModal();
  }

  function ended() {
    dialog.querySelector('#timeout-heading').textContent = 'You have been signed out';
    dialog.querySelector('#timeout-message').textContent =
      'Nothing has been lost. If you send a form on this page, you will be asked to sign in again and what you typed will be kept.';
    dialog.querySelector('#timeout-announce').textContent = 'You have been signed out.';
    const stayButton = dialog.querySelector('#timeout-stay');
    stayButton.textContent = 'Continue';
    stayButton.replaceWith(stayButton.cloneNode(true));
    dialog.querySelector('#timeout-stay').addEventListener('click', close);
  }

  setInterval(() => {
    const left = remaining();
    if (left <= WARN_BEFORE_SECONDS && left > 0 && !dialog?.open) show();
    if (dialog?.open) {
      dialog.querySelector('#timeout-countdown').textContent = minutesAndSeconds(left);
      if (left === 0 && dialog.querySelector('#timeout-heading').textContent !== 'You have been signed out') ended();
    }
  }, 1000);
}
