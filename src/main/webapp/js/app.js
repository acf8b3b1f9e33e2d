// Runs on every page: turns on GOV.UK Frontend's JavaScript and warns before a signed-in session
// times out. Everything else a page shows comes from the server.
import { initAll } from '/govuk/govuk-frontend.min.js';
import { startTimeoutWarning } from '/js/timeout-warning.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
startTimeoutWarning();
