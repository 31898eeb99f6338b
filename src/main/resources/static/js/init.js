// Starts the GOV.UK Frontend components. Loaded as a module, so browsers without module support
// keep the plain, fully working HTML.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
