// Runs on every page: turns on GOV.UK Frontend's JavaScript, shows any flash message, and warns
// before a signed-in session times out.
import { initAll } from '/govuk/govuk-frontend.min.js';
import { showFlash } from '/js/ui.js';
import { startTimeoutWarning } from '/js/timeout-warning.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
showFlash();
initAll();
startTimeoutWarning();
