// Runs on every page: turns on GOV.UK Frontend's JavaScript and shows any flash message.
import { initAll } from '/govuk/govuk-frontend.min.js';
import { showFlash } from '/js/ui.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
showFlash();
initAll();
