// Choosing organisations from a long directory: a search box, and checkboxes for the
// organisations already chosen followed by those matching the search.
import { get } from '/js/api.js';
import { replace } from '/js/dom.js';
import { checkboxItem } from '/js/forms.js';
import { KINDS, label } from '/js/labels.js';
import { el } from '/js/ui.js';

/**
 * search: the text input; list: where checkboxes go (ids org-<id>, name organisationIds);
 * selected: [{id,name,kind}] chosen at the start. Answers { selectedIds() }.
 */
export function orgPicker({ search, list, status, selected = [] }) {
  const chosen = new Map(selected.map((o) => [o.id, o]));
  let matches = [];
  let timer;
  let latest = 0;

  function render() {
    const rest = matches.filter((o) => !chosen.has(o.id));
    const item = (o, checked) => checkboxItem({ id: `org-${o.id}`, name: 'organisationIds', value: o.id, text: o.name, hint: label(KINDS, o.kind), checked });
    replace(list,
      [...chosen.values()].map((o) => item(o, true)),
      rest.map((o) => item(o, false)));
    if (!chosen.size && !rest.length) list.append(el('p', { class: 'govuk-body' }, 'No organisations match.'));
  }

  async function find(text) {
    const ticket = ++latest;
    status.textContent = 'Searching…';
    try {
      const page = await get('/organisations', { q: text, size: 100 });
      if (ticket !== latest) return; // a later search has started
      matches = page.items;
      status.textContent = page.total > page.items.length
        ? `Showing ${page.items.length} of ${page.total} organisations: type more of the name to narrow them down.`
        : `${page.total} ${page.total === 1 ? 'organisation matches' : 'organisations match'}.`;
      render();
    } catch (error) {
      status.textContent = error.message;
    }
  }

  list.addEventListener('change', (event) => {
    const box = event.target;
    if (box.name !== 'organisationIds') return;
    const id = Number(box.value);
    if (box.checked) chosen.set(id, matches.find((o) => o.id === id) ?? chosen.get(id));
    else chosen.delete(id);
  });
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => find(search.value.trim()), 250);
  });
  // Enter in the search box searches rather than submitting the whole form.
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(timer);
    find(search.value.trim());
  });
  render();
  find('');
  return { selectedIds: () => [...chosen.keys()] };
}
