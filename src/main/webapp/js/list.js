// What the list pages share: filters kept in the address (so results can be bookmarked and the
// back button works), a result count, a table and pagination.
import { $$, replace } from '/js/dom.js';
import { queryString } from '/js/api.js';
import { showProblem } from '/js/forms.js';
import { el, pagination, showPageError } from '/js/ui.js';

/**
 * Sets the form's fields from the address and answers the filters as an object. Submitting the
 * form reloads the page with only the filled-in fields (and page 1).
 */
export function bindFilters(form) {
  const params = new URLSearchParams(location.search);
  const values = {};
  for (const field of $$('input[name], select[name]', form)) {
    const value = params.get(field.name) ?? '';
    if (field.type === 'checkbox') field.checked = value === field.value;
    else if (field.tagName === 'SELECT' && value && ![...field.options].some((o) => o.value === value)) {
      field.append(el('option', { value }, value)); // keep a filter the list no longer offers
      field.value = value;
    } else field.value = value;
    values[field.name] = value;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = {};
    for (const field of $$('input[name], select[name]', form)) {
      if (field.type === 'checkbox' && !field.checked) continue;
      data[field.name] = field.value.trim();
    }
    location.assign(location.pathname + queryString(data));
  });
  return values;
}

/** The page number in the address (1 if missing or nonsense). */
export function pageFromUrl() {
  const page = Number.parseInt(new URLSearchParams(location.search).get('page') ?? '1', 10);
  return Number.isFinite(page) && page >= 1 ? page : 1;
}

/** Puts the table and pagination of one ResultPage into container and the count into countNode. */
export function showResults(container, countNode, result, { table, countText }) {
  countNode.textContent = countText(result.total);
  replace(container, table(result.items), pagination(result));
}

/** A filter the API rejected (400) is shown on the filter form; anything else replaces the results. */
export function showListError(form, container, error) {
  if (error?.status === 400 && error.problem?.errors?.length) {
    showProblem(form, error.problem, { title: 'Check the filters' });
    container.replaceChildren();
  } else {
    showPageError(container, error);
  }
}
