// /organisations/new and /organisations/{id}/edit: add or change an organisation.
// Boards name the service they oversee; partners tick the services they work with.
import { get, me, post, put } from '/js/api.js';
import { $, idFromPath, replace, show } from '/js/dom.js';
import { checkboxItem, checkedValues, clearErrors, radioItem, showConflict, showProblem, whileSaving } from '/js/forms.js';
import { KINDS, REGIONS, isPartnerKind, label } from '/js/labels.js';
import { isInspectorate } from '/js/permissions.js';
import { el, fillOptions, setFlash, showPageError } from '/js/ui.js';

const id = idFromPath();
const form = $('#organisation-form');
let version = null;

const selectedKind = () => form.querySelector('input[name="kind"]:checked')?.value ?? '';

function showKindFields() {
  const kind = selectedKind();
  show($('#board-group'), kind === 'MANAGEMENT_BOARD');
  show($('#serves-group'), isPartnerKind(kind));
}

function renderKinds(kinds, current) {
  replace($('#kind-options'), kinds.map((k) => radioItem({ id: `kind-${k}`, name: 'kind', value: k, text: KINDS[k], checked: k === current })));
}

function renderServices(services, organisation) {
  const known = new Map(services.map((s) => [s.id, s]));
  for (const s of organisation?.serves ?? []) if (!known.has(s.id)) known.set(s.id, s);
  if (organisation?.boardOf && !known.has(organisation.boardOf.id)) known.set(organisation.boardOf.id, organisation.boardOf);
  const all = [...known.values()].sort((a, b) => a.name.localeCompare(b.name));
  fillOptions($('#boardOfId'), all.map((s) => [s.id, s.name]), { empty: 'Choose a service', selected: organisation?.boardOf?.id ?? '' });
  const serving = new Set((organisation?.serves ?? []).map((s) => s.id));
  replace($('#serves-options'), all.length
    ? all.map((s) => checkboxItem({ id: `serves-${s.id}`, name: 'servesIds', value: s.id, text: s.name, checked: serving.has(s.id) }))
    : el('p', { class: 'govuk-body' }, 'There are no youth justice services you can link to.'));
}

function input() {
  const kind = selectedKind();
  const body = { kind, name: $('#name').value.trim(), region: $('#region').value };
  if (kind === 'MANAGEMENT_BOARD') body.boardOfId = $('#boardOfId').value ? Number($('#boardOfId').value) : null;
  if (isPartnerKind(kind)) body.servesIds = checkedValues(form, 'servesIds', { numeric: true });
  if (id) body.version = version;
  return body;
}

/** Someone saved first: show what is there now. */
function conflict(current) {
  showConflict($('#conflict'), {
    what: 'organisation',
    current,
    rows: [
      ['Name', current.name],
      ['Kind', current.kindLabel ?? label(KINDS, current.kind)],
      ['Region', current.regionLabel ?? label(REGIONS, current.region)],
      ['Board of', current.boardOf?.name],
      ['Serves', (current.serves ?? []).map((s) => s.name).join(', ')],
    ],
    onKeep: (currentVersion) => { version = currentVersion; },
  });
}

form.addEventListener('change', (event) => {
  if (event.target.name === 'kind') showKindFields();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  whileSaving($('#save'), async () => {
    clearErrors(form);
    try {
      const body = input();
      const saved = id ? await put(`/organisations/${id}`, body) : await post('/organisations', body);
      setFlash(id ? `${saved.name} has been changed` : `${saved.name} has been added`);
      location.assign(`/organisations/${saved.id}`);
    } catch (error) {
      if (!error.problem) throw error;
      if (error.status === 409 && error.problem.current) conflict(error.problem.current);
      else showProblem(form, error.problem);
    }
  });
});

try {
  const [account, services, organisation] = await Promise.all([
    me(), get('/organisations/services'), id ? get(`/organisations/${id}`) : null,
  ]);
  // Only inspectorate staff add services; a service lead adds boards and partners.
  const kinds = Object.keys(KINDS).filter((k) => k !== 'YJS' || isInspectorate(account) || organisation?.kind === 'YJS');
  renderKinds(kinds, organisation?.kind);
  fillOptions($('#region'), Object.entries(REGIONS), { empty: 'Choose a region', selected: organisation?.region ?? '' });
  renderServices(services, organisation);
  if (organisation) {
    version = organisation.version;
    $('#name').value = organisation.name;
    $('#form-caption').textContent = organisation.name;
    $('#form-heading').textContent = 'Change an organisation';
    $('#back-link').href = `/organisations/${id}`;
    $('#cancel').href = `/organisations/${id}`;
  }
  showKindFields();
  replace($('#form-status'));
  show(form);
} catch (error) {
  showPageError($('#form-status'), error);
}
