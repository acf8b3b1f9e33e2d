// /imports/{id}: check the draft the tracker read from a published report. Every value is shown
// with the line of the report it came from; the person corrects what is wrong, chooses the
// service and the owners of each recommendation, and confirms. Confirming records the inspection
// (and any owner added to the directory) in one go, then shows the inspection.
import { get, post, put } from '/js/api.js';
import { $, $$, el, idFromPath, replace, show } from '/js/dom.js';
import { checkboxItem, clearErrors, showProblem } from '/js/forms.js';
import { isoDate, lines, recommendationField, standardField, wholeNumber } from '/js/inspection-input.js';
import { KINDS, RATINGS, label } from '/js/labels.js';
import { formatDate, plural, publishedText } from '/js/format.js';
import { banner, fillOptions, setFlash, showPageError } from '/js/ui.js';

const id = idFromPath();
const form = $('#import-form');
const byId = (elementId) => document.getElementById(elementId);

/** The frameworks a draft can name (the parser's), in the order the picker offers them. */
const DRAFT_FRAMEWORKS = ['HMIP_YJ_2025', 'HMIP_YJ_2018', 'HMIP_SQS_2012'];
const RATED = Object.entries(RATINGS).filter(([r]) => r !== 'NOT_RATED');
/** [field id, draft property, label] of the case counts. */
const COUNTS = [
  ['courtCases', 'court_cases', 'Court disposals'],
  ['outOfCourtCases', 'out_of_court_cases', 'Out-of-court disposals'],
  ['resettlementCases', 'resettlement_cases', 'Resettlement'],
  ['casesInspected', 'cases_inspected', 'All cases inspected'],
];

let draft = null; // the draft as the API last gave it
let draftFromPut = false; // whether the stored draft was last written by a correction (see placeError)
let savedJson = null; // the draft as last saved, to tell whether there is anything to save
const frameworks = new Map(); // code → framework, as GET /api/frameworks gives it
let rows = []; // recommendation rows: { uid, readNumber, suggestion, root }
let nextUid = 1;

const empty = (v) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const tidy = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();
/** A long line shortened in its middle: values often end a line ("… safe? 33%"). */
function clip(text, max) {
  if (text.length <= max) return text;
  const tail = Math.floor(max * 0.4);
  return `${text.slice(0, max - tail - 3).trimEnd()} … ${text.slice(text.length - tail).trimStart()}`;
}
const checkedAll = (name) => $$(`input[name="${CSS.escape(name)}"]:checked`, form).map((i) => i.value);

// ---------------------------------------------------------------------------------------------
// Where each value came from

function source(path) {
  const line = draft.source_lines?.[path];
  if (line === undefined || line === null) return null;
  return { line, text: tidy(draft.source_text?.[String(line)]) };
}

/**
 * The hint under a field that says which line of the report its value came from. paths are the
 * draft's source_lines keys to try in turn; value is what was read, to tell "not found" apart.
 */
function sourceText(paths, value, { max = 160, quiet = false } = {}) {
  const found = paths.map(source).find(Boolean);
  if (found) return found.text ? `Line ${found.line}: ‘${clip(found.text, max)}’` : `Line ${found.line}`;
  if (empty(value)) return quiet ? '' : 'Not found in the report';
  return 'Worked out from the report as a whole';
}

function sourceNode(fieldId, paths, value, options = {}) {
  const text = sourceText(paths, value, options);
  const found = paths.some((p) => source(p));
  return el('div', {
    class: `govuk-hint tracker-source${!found && empty(value) ? ' tracker-source--missing' : ''}`,
    id: `${fieldId}-source`,
  }, text);
}

/** Fills a static field's source hint and has its control described by its hints. */
function fillSource(fieldId, paths, value, options = {}) {
  const node = byId(`${fieldId}-source`);
  const fresh = sourceNode(fieldId, paths, value, options);
  node.className = fresh.className;
  node.textContent = fresh.textContent;
  show(node, !!fresh.textContent);
  const control = byId(fieldId);
  const ids = [`${fieldId}-hint`, `${fieldId}-source`].filter((hintId) => byId(hintId)?.textContent);
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
}

// ---------------------------------------------------------------------------------------------
// Building the form

function group(field, ...children) {
  return el('div', { class: 'govuk-form-group', 'data-field': field }, children);
}

const compareCodes = (a, b) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (Number.isNaN(d)) return a.localeCompare(b);
    if (d) return d;
  }
  return 0;
};

const chosenFramework = () => frameworks.get(byId('framework').value) ?? null;

/** Whether the chosen framework rates standards / has a score; unknown frameworks show both. */
function frameworkShape() {
  const code = byId('framework').value;
  const framework = chosenFramework();
  if (framework) return { rated: framework.rated, scored: framework.scored };
  return { rated: code !== 'HMIP_SQS_2012', scored: code !== 'HMIP_SQS_2012' && code !== 'HMIP_YJ_2025' };
}

/** The standards' values as the draft holds them: { ratings, kq, discretion } keyed by code. */
function draftStandards(d) {
  return {
    ratings: { ...(d.standards ?? {}) },
    kq: { ...(d.key_questions_percent_yes ?? {}) },
    discretion: Object.fromEntries((d.professional_discretion ?? []).filter((p) => p.standard && p.from).map((p) => [p.standard, p.from])),
  };
}

/** The standards' values as typed, to carry them over when another framework is chosen. */
function typedStandards() {
  const values = { ratings: {}, kq: {}, discretion: {} };
  for (const block of $$('.tracker-standard', form)) {
    const code = block.dataset.code;
    const rating = byId(standardField(code, 'rating')).value;
    if (rating) values.ratings[code] = rating;
    const typed = $$('input[data-key-question]', block).map((i) => i.value);
    if (typed.some((v) => v.trim())) values.kq[code] = typed;
    const from = byId(standardField(code, 'discretionFrom'))?.value;
    if (from) values.discretion[code] = from;
  }
  return values;
}

function keyQuestionGroup(s, k, value) {
  const fieldId = standardField(s.code, `kq${k}`);
  const paths = [`key_questions_percent_yes.${s.code}.${k + 1}`].concat(k === 0 ? [`key_questions_percent_yes.${s.code}`] : []);
  return el('div', { class: 'govuk-form-group tracker-key-question', 'data-field': fieldId },
    el('div', { class: 'tracker-key-question__text' },
      el('label', { class: 'govuk-label', for: fieldId }, s.keyQuestions?.[k] ?? `Key question ${k + 1}`),
      sourceNode(fieldId, paths, value, { max: 70 })),
    el('div', { class: 'govuk-input__wrapper', 'data-error-before': true },
      el('input', {
        class: 'govuk-input govuk-input--width-3', id: fieldId, name: fieldId, type: 'text', inputmode: 'numeric', spellcheck: 'false',
        autocomplete: 'off', 'aria-describedby': `${fieldId}-source`, 'data-key-question': k, value: value ?? '',
      }),
      el('div', { class: 'govuk-input__suffix', 'aria-hidden': 'true' }, '%')));
}

function discretionGroup(s, from) {
  const fieldId = standardField(s.code, 'discretionFrom');
  const hint = `${fieldId}-hint`;
  const sourced = sourceText([`professional_discretion.${s.code}`], from, { quiet: true });
  return group(fieldId,
    el('label', { class: 'govuk-label', for: fieldId }, 'Rating before professional discretion'),
    el('div', { class: 'govuk-hint', id: hint }, 'Only if the ratings panel moved the rating from the one its lowest key question gives'),
    sourced ? sourceNode(fieldId, [`professional_discretion.${s.code}`], from) : null,
    fillOptions(el('select', { class: 'govuk-select', id: fieldId, name: fieldId, 'aria-describedby': sourced ? `${hint} ${fieldId}-source` : hint }),
      RATED, { empty: 'No discretion used', selected: from ?? '' }));
}

function standardBlock(s, values) {
  const field = (part) => standardField(s.code, part);
  const rating = values.ratings[s.code] ?? '';
  const percents = values.kq[s.code] ?? [];
  const questions = Math.max(s.caseSampled ? s.keyQuestions.length : 0, percents.length);
  const choices = Object.entries(RATINGS).filter(([r]) => r !== 'NOT_RATED' || s.mayBeUnrated || rating === 'NOT_RATED');
  const select = fillOptions(el('select', { class: 'govuk-select', id: field('rating'), name: field('rating'), 'aria-describedby': `${field('rating')}-source` }),
    choices, { empty: 'Not read: choose a rating', selected: rating });
  if (rating && select.value !== rating) {
    select.append(el('option', { value: rating }, label(RATINGS, rating)));
    select.value = rating;
  }
  return el('div', { class: 'tracker-standard', id: field('block'), 'data-code': s.code },
    el('fieldset', { class: 'govuk-fieldset' },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, s.name ? `${s.code} ${s.name}` : `Standard ${s.code}`),
      group(field('rating'),
        el('label', { class: 'govuk-label', for: field('rating') }, 'Published rating'),
        sourceNode(field('rating'), [`standards.${s.code}`], rating),
        select),
      questions ? el('div', { class: 'tracker-key-questions' },
        Array.from({ length: questions }, (_, k) => keyQuestionGroup(s, k, percents[k]))) : null,
      s.caseSampled || values.discretion[s.code] ? discretionGroup(s, values.discretion[s.code]) : null));
}

function renderStandards(values) {
  const framework = chosenFramework();
  const domains = (framework?.domains ?? []).filter((d) => d.standards.length);
  const known = new Set(domains.flatMap((d) => d.standards.map((s) => s.code)));
  const others = [...new Set([...Object.keys(values.ratings), ...Object.keys(values.kq), ...Object.keys(values.discretion)])]
    .filter((code) => !known.has(code)).sort(compareCodes);
  replace(byId('standards'),
    domains.map((d) => el('div', { class: 'tracker-domain' },
      el('h3', { class: 'govuk-heading-s' }, `Domain ${d.code}: ${d.name}`),
      d.standards.map((s) => standardBlock(s, values)))),
    others.length ? el('div', { class: 'tracker-domain', id: 'other-standards' },
      el('h3', { class: 'govuk-heading-s' }, framework ? `Read from the report but not standards of ${framework.name}` : 'Standards'),
      framework ? el('p', { class: 'govuk-body' }, 'Clear their ratings to leave them out, or choose the framework the report used.') : null,
      others.map((code) => standardBlock({ code, name: null, keyQuestions: [], caseSampled: false, mayBeUnrated: true }, values))) : null);
}

function showFramework() {
  const { rated, scored } = frameworkShape();
  show(byId('rated-section'), rated);
  show(byId('score-group'), scored);
  show(byId('unrated-note'), !rated && !!byId('framework').value);
}

function renderCounts() {
  replace(byId('counts'), COUNTS.map(([fieldId, property, text]) => group(fieldId,
    el('label', { class: 'govuk-label', for: fieldId }, text),
    sourceNode(fieldId, [property], draft[property], { max: 60 }),
    el('input', {
      class: 'govuk-input govuk-input--width-4', id: fieldId, name: fieldId, type: 'text', inputmode: 'numeric', spellcheck: 'false',
      autocomplete: 'off', 'aria-describedby': `${fieldId}-source`, value: draft[property] ?? '',
    }))));
}

function renderFindings() {
  const count = (lists) => Object.values(lists ?? {}).reduce((n, items) => n + (items?.length ?? 0), 0);
  const strengths = count(draft.strengths);
  const areas = count(draft.areas_for_improvement);
  const prompts = count(draft.prompts);
  const listed = (title, lists) => Object.entries(lists ?? {}).filter(([, items]) => items?.length).sort(([a], [b]) => compareCodes(a, b))
    .map(([code, items]) => [
      el('h3', { class: 'govuk-heading-s' }, `${title}: ${code === 'overall' ? 'the whole report' : code}`),
      el('ul', { class: 'govuk-list govuk-list--bullet govuk-body-s' }, items.map((item) => el('li', {}, typeof item === 'string' ? item : `${item.percent_yes}% ${item.text}`))),
    ]);
  replace(byId('findings'),
    el('p', { class: 'govuk-body', id: 'findings-count' },
      `Read from the report: ${plural(strengths, 'strength')}, ${plural(areas, 'area')} for improvement and ${plural(prompts, 'prompt')} with their % Yes. `,
      'They are recorded with the inspection as read; change them on the inspection afterwards if you need to.'),
    strengths + areas + prompts ? el('details', { class: 'govuk-details', id: 'findings-details' },
      el('summary', { class: 'govuk-details__summary' }, el('span', { class: 'govuk-details__summary-text' }, 'Show what was read')),
      el('div', { class: 'govuk-details__text' },
        listed('Strengths', draft.strengths), listed('Areas for improvement', draft.areas_for_improvement), listed('Prompts', draft.prompts))) : null);
}

function renderWarnings() {
  const warnings = draft.warnings ?? [];
  if (!warnings.length) {
    replace(byId('import-warnings'), el('p', { class: 'govuk-body', id: 'no-warnings' }, 'The report was read without warnings.'));
    return;
  }
  replace(byId('import-warnings'), el('div', { class: 'tracker-import-warnings', id: 'warnings' },
    el('h2', { class: 'govuk-heading-m' }, warnings.length === 1 ? 'Check this first' : `Check these ${warnings.length} things first`),
    el('ul', { class: 'govuk-list', id: 'warning-list' }, warnings.map((w, i) => {
      const text = w.line ? tidy(draft.source_text?.[String(w.line)]) : '';
      return el('li', { id: `warning-${i}` },
        el('div', { class: 'govuk-warning-text tracker-warning' },
          el('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
          el('strong', { class: 'govuk-warning-text__text' },
            el('span', { class: 'govuk-visually-hidden' }, 'Warning: '),
            w.line ? `Line ${w.line}: ` : '', w.message)),
        text ? el('p', { class: 'govuk-hint tracker-source tracker-import-warning__line' }, `‘${clip(text, 200)}’`) : null);
    }))));
}

// ---------------------------------------------------------------------------------------------
// Recommendations and their owners

const rowTitle = (row) => `Recommendation ${byId(recommendationField(row.uid, 'number'))?.value.trim() ?? ''}`.trim();
const addText = (name, kind) => `Add ${name.trim() || 'a new organisation'} (${label(KINDS, kind)}) to the directory`;

function nextNumber() {
  const numbers = rows.map((r) => wholeNumber(byId(recommendationField(r.uid, 'number')).value).value).filter(Number.isInteger);
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

function addRow(recommendation, suggestion, { focus = false } = {}) {
  const uid = nextUid++;
  const field = (part) => recommendationField(uid, part);
  const row = { uid, readNumber: recommendation?.number ?? null, suggestion: suggestion ?? null };
  const kinds = new Set(recommendation?.addressees ?? []);
  const sourceId = field('row');
  const remove = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0', id: field('remove') });
  row.root = el('div', { class: 'tracker-recommendation', id: field('row'), 'data-uid': uid },
    el('h3', { class: 'govuk-heading-s', id: field('title') }),
    recommendation
      ? sourceNode(sourceId, [`recommendations.${recommendation.number}`], recommendation)
      : el('div', { class: 'govuk-hint tracker-source', id: `${sourceId}-source` }, 'Added by you: not read from the report'),
    group(field('number'),
      el('label', { class: 'govuk-label', for: field('number') }, 'Number'),
      el('input', {
        class: 'govuk-input govuk-input--width-3', id: field('number'), name: field('number'), type: 'text', inputmode: 'numeric', spellcheck: 'false',
        autocomplete: 'off', 'aria-describedby': `${sourceId}-source`, value: recommendation?.number ?? nextNumber(),
      })),
    group(field('heading'),
      el('label', { class: 'govuk-label', for: field('heading') }, 'Addressed to'),
      el('div', { class: 'govuk-hint', id: `${field('heading')}-hint` }, 'As the report puts it, for example: The youth justice service should:'),
      el('input', { class: 'govuk-input', id: field('heading'), name: field('heading'), type: 'text', maxlength: 500, autocomplete: 'off', 'aria-describedby': `${field('heading')}-hint`, value: recommendation?.heading ?? '' })),
    group(field('text'),
      el('label', { class: 'govuk-label', for: field('text') }, 'What the report recommends'),
      el('textarea', { class: 'govuk-textarea', id: field('text'), name: field('text'), rows: 3, 'aria-describedby': `${sourceId}-source` }, recommendation?.text ?? '')),
    el('div', { class: 'govuk-form-group', 'data-field': field('ownerKinds'), 'data-target': field('kind-YJS') },
      el('fieldset', { class: 'govuk-fieldset' },
        el('legend', { class: 'govuk-fieldset__legend' }, 'Who is it addressed to?'),
        el('div', { class: 'govuk-checkboxes govuk-checkboxes--small tracker-checkbox-columns' },
          Object.entries(KINDS).map(([k, text]) => checkboxItem({ id: field(`kind-${k}`), name: field('ownerKinds'), value: k, text, checked: kinds.has(k) }))))),
    el('div', { class: 'govuk-form-group', 'data-field': field('owners') },
      el('fieldset', { class: 'govuk-fieldset', 'aria-describedby': `${field('owners')}-hint` },
        el('legend', { class: 'govuk-fieldset__legend' }, 'Which organisations own it?'),
        el('div', { class: 'govuk-hint', id: `${field('owners')}-hint` }, 'Organisations of the kinds it is addressed to that work with the service. Those the directory does not have yet can be added.'),
        el('div', { class: 'govuk-checkboxes govuk-checkboxes--small', id: field('owners') }))),
    remove);
  rows.push(row);
  byId('recommendations').append(row.root);
  renderRowTitle(row);
  renderOwners(row, null);
  show(byId('no-recommendations'), false);
  remove.addEventListener('click', () => removeRow(row));
  if (focus) byId(field('number')).focus();
  return row;
}

function renderRowTitle(row) {
  const text = rowTitle(row);
  byId(recommendationField(row.uid, 'title')).textContent = text;
  replace(byId(recommendationField(row.uid, 'remove')), 'Remove', el('span', { class: 'govuk-visually-hidden' }, ` ${text.toLowerCase()}`));
}

function removeRow(row) {
  const at = rows.indexOf(row);
  rows.splice(at, 1);
  row.root.remove();
  show(byId('no-recommendations'), rows.length === 0);
  const neighbour = rows[Math.min(at, rows.length - 1)];
  (neighbour ? byId(recommendationField(neighbour.uid, 'number')) : byId('add-recommendation')).focus();
}

/** What the person chose among a row's owners, to keep it when the suggestions are shown again. */
function ownerChoices(row) {
  const field = (part) => recommendationField(row.uid, part);
  const shown = $$(`input[name="${CSS.escape(field('ownerIds'))}"]`, form);
  const proposed = new Map($$(`input[name="${CSS.escape(field('create'))}"]`, form).map((box) => [box.dataset.kind, {
    checked: box.checked, name: byId(`${box.id}-name`).value,
  }]));
  return { seen: new Set(shown.map((i) => Number(i.value))), chosen: new Set(shown.filter((i) => i.checked).map((i) => Number(i.value))), proposed };
}

function proposedItem(row, proposal, index, kept) {
  const boxId = recommendationField(row.uid, `create-${index}`);
  const nameId = `${boxId}-name`;
  const name = kept?.name ?? proposal.name ?? '';
  const checked = kept?.checked ?? false;
  const text = el('label', { class: 'govuk-label govuk-checkboxes__label', for: boxId, id: `${boxId}-label` }, addText(name, proposal.kind));
  const box = el('input', {
    class: 'govuk-checkboxes__input', id: boxId, name: recommendationField(row.uid, 'create'), type: 'checkbox', value: index,
    checked, 'data-kind': proposal.kind, 'aria-controls': `${boxId}-conditional`, 'aria-expanded': String(checked),
  });
  const input = el('input', { class: 'govuk-input', id: nameId, name: nameId, type: 'text', maxlength: 200, spellcheck: 'false', autocomplete: 'off', value: name });
  const conditional = el('div', { class: `govuk-checkboxes__conditional${checked ? '' : ' govuk-checkboxes__conditional--hidden'}`, id: `${boxId}-conditional` },
    group(nameId,
      el('label', { class: 'govuk-label', for: nameId }, `Name of the ${label(KINDS, proposal.kind).toLowerCase()} to add`),
      input));
  box.addEventListener('change', () => {
    conditional.classList.toggle('govuk-checkboxes__conditional--hidden', !box.checked);
    box.setAttribute('aria-expanded', String(box.checked));
  });
  input.addEventListener('input', () => {
    text.textContent = addText(input.value, proposal.kind);
  });
  return [el('div', { class: 'govuk-checkboxes__item' }, box, text), conditional];
}

/**
 * The row's owner suggestions: the directory's organisations of the addressed kinds (ticked when
 * there is exactly one of a kind), and for kinds it has none of, one to add. kept: ownerChoices().
 */
function renderOwners(row, kept) {
  const list = byId(recommendationField(row.uid, 'owners'));
  const note = (text) => replace(list, el('p', { class: 'govuk-body-s govuk-!-margin-bottom-0' }, text));
  if (!byId('serviceId').value) return note('Choose the service inspected to see who can own this recommendation.');
  const suggestion = row.suggestion;
  if (!suggestion) {
    return note(row.readNumber === null
      ? 'Save your corrections to see suggestions for a recommendation you added.'
      : 'No suggestions for this recommendation.');
  }
  const candidates = [...new Map((suggestion.candidates ?? []).map((o) => [o.id, o])).values()];
  const perKind = candidates.reduce((n, o) => ({ ...n, [o.kind]: (n[o.kind] ?? 0) + 1 }), {});
  const items = candidates.map((o) => checkboxItem({
    id: recommendationField(row.uid, `owner-${o.id}`),
    name: recommendationField(row.uid, 'ownerIds'),
    value: o.id,
    text: o.name,
    hint: label(KINDS, o.kind),
    checked: kept?.seen.has(o.id) ? kept.chosen.has(o.id) : perKind[o.kind] === 1,
  }));
  const proposed = (suggestion.proposed ?? []).map((p, i) => proposedItem(row, p, i, kept?.proposed.get(p.kind)));
  if (!items.length && !proposed.length) return note('Nobody to suggest: choose who it is addressed to, then save your corrections.');
  const groupNode = list.closest('[data-field]');
  groupNode.dataset.target = items.length ? recommendationField(row.uid, `owner-${candidates[0].id}`) : recommendationField(row.uid, 'create-0');
  return replace(list, items, proposed);
}

/** Shows the owner suggestions of the draft on the rows read from it, keeping what was chosen. */
function applySuggestions(list) {
  const byNumber = new Map((list ?? []).map((s) => [s.number, s]));
  for (const row of rows) {
    const kept = ownerChoices(row);
    row.suggestion = row.readNumber === null ? null : byNumber.get(row.readNumber) ?? null;
    renderOwners(row, kept);
  }
}

let suggestionTicket = 0;

async function reloadSuggestions() {
  const serviceId = byId('serviceId').value;
  const ticket = ++suggestionTicket;
  const status = byId('owners-status');
  if (!serviceId) {
    applySuggestions([]);
    status.textContent = '';
    return;
  }
  status.textContent = 'Finding the organisations that work with this service…';
  try {
    const fresh = await get(`/imports/${id}`, { serviceId });
    if (ticket !== suggestionTicket) return; // another service was chosen meanwhile
    applySuggestions(fresh.owner_suggestions);
    status.textContent = 'The owners suggested below are for the service chosen.';
  } catch (error) {
    if (ticket !== suggestionTicket) return;
    status.textContent = `The owners could not be suggested: ${error.message}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Filling the form from the draft

function fillServices(services) {
  const match = draft.service_match ?? {};
  const candidates = match.matched ? [] : match.candidates ?? [];
  const suggested = new Set(candidates.map((c) => c.id));
  const select = byId('serviceId');
  const option = (s) => el('option', { value: s.id }, s.name);
  replace(select,
    el('option', { value: '' }, 'Choose a service'),
    candidates.length ? el('optgroup', { label: 'Named like the report’s local authority' }, candidates.map(option)) : null,
    el('optgroup', { label: candidates.length ? 'All services' : 'Services' },
      services.filter((s) => !suggested.has(s.id)).sort((a, b) => a.name.localeCompare(b.name)).map(option)));
  if (match.matched) {
    if (![...select.options].some((o) => o.value === String(match.matched.id))) select.append(option(match.matched));
    select.value = String(match.matched.id);
  }
  const named = draft.service ? `“${draft.service}”` : 'the service';
  byId('serviceId-hint').textContent = match.matched
    ? `Chosen because the directory has a service named ${named}. Choose another if it is wrong.`
    : candidates.length
      ? `The directory has no service named ${named}. Those named like ${draft.local_authority ?? 'its local authority'} come first.`
      : `The directory has no service named ${named}: choose the one the report is about.`;
}

function fillFrameworks() {
  const codes = [...new Set([...DRAFT_FRAMEWORKS, draft.framework].filter(Boolean))];
  fillOptions(byId('framework'), codes.map((code) => [code, frameworks.get(code)?.name ?? code]),
    { empty: 'Choose a framework', selected: draft.framework ?? '' });
}

function dateText(value, { allowMonth = false } = {}) {
  if (!value) return '';
  if (allowMonth && /^\d{4}-\d{2}$/.test(value)) return publishedText(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(`${value}T12:00:00Z`) : value;
}

/** Draws the whole form from the draft; keep carries the service and owners chosen before. */
function render({ keep = null } = {}) {
  fillFrameworks();
  byId('service').value = draft.service ?? '';
  byId('published').value = dateText(draft.published, { allowMonth: true });
  byId('fieldworkStart').value = dateText(draft.fieldwork_start);
  byId('publishedScore').value = draft.score ?? '';
  fillOptions(byId('publishedOverall'), RATED, { empty: 'Not read: choose a rating', selected: draft.overall ?? '' });
  byId('jointInspection').checked = !!draft.joint_inspection;
  byId('jointInspectorates').value = (draft.joint_inspectorates ?? []).join('\n');
  show(byId('joint-group'), byId('jointInspection').checked);
  fillSource('service', ['service'], draft.service);
  fillSource('framework', ['framework'], draft.framework);
  fillSource('published', ['published'], draft.published);
  fillSource('fieldworkStart', ['fieldwork_start'], draft.fieldwork_start);
  fillSource('jointInspection', ['joint_inspection'], draft.joint_inspection || null, { quiet: true });
  fillSource('jointInspectorates', ['joint_inspectorates'], draft.joint_inspectorates);
  fillSource('publishedScore', ['score'], draft.score);
  fillSource('publishedOverall', ['overall'], draft.overall);
  renderCounts();
  renderStandards(draftStandards(draft));
  showFramework();
  const suggestions = new Map((draft.owner_suggestions ?? []).map((s) => [s.number, s]));
  rows = [];
  nextUid = 1; // the rows are drawn afresh, so their ids can start again
  replace(byId('recommendations'));
  (draft.recommendations ?? []).forEach((r, i) => {
    const row = addRow(r, suggestions.get(r.number));
    if (keep?.owners[i]) renderOwners(row, keep.owners[i]);
  });
  show(byId('no-recommendations'), rows.length === 0);
  renderFindings();
  renderWarnings();
  savedJson = JSON.stringify(collectDraft([]));
}

// ---------------------------------------------------------------------------------------------
// Reading the form

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function realDate(iso) {
  const m = iso.match(DATE);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function standardsInput(errors, confirming) {
  const framework = chosenFramework();
  const known = new Map((framework?.domains ?? []).flatMap((d) => d.standards).map((s) => [s.code, s]));
  const standards = {};
  const keyQuestions = {};
  const discretion = [];
  for (const block of $$('.tracker-standard', form)) {
    const code = block.dataset.code;
    const field = (part) => standardField(code, part);
    const rating = byId(field('rating')).value || null;
    if (rating) standards[code] = rating;
    const read = $$('input[data-key-question]', block).map((i) => wholeNumber(i.value));
    const given = read.filter((r) => r.invalid || r.value !== null).length;
    if (given) {
      read.forEach((r, k) => {
        if (r.invalid || (r.value !== null && (r.value < 0 || r.value > 100))) {
          errors.push({ field: field(`kq${k}`), message: `${code}: enter the % Yes as a whole number from 0 to 100, like 67` });
        } else if (r.value === null) {
          errors.push({ field: field(`kq${k}`), message: `${code}: enter the % Yes of every key question, or of none` });
        }
      });
      keyQuestions[code] = read.map((r) => (r.invalid ? null : r.value));
    }
    const from = byId(field('discretionFrom'))?.value || null;
    if (from) discretion.push({ standard: code, from, to: rating });
    if (!confirming) continue;
    const standard = known.get(code);
    if (framework && !standard && (rating || given || from)) {
      errors.push({ field: field('rating'), message: `${framework.name} has no standard ${code}: clear its rating and % Yes to leave it out` });
    } else if (!rating && (given || from)) {
      errors.push({ field: field('rating'), message: `${code}: choose the published rating, or clear its % Yes and discretion` });
    }
    const allowed = standard ? standard.keyQuestions.length : read.length;
    read.forEach((r, k) => {
      if (k >= allowed && (r.invalid || r.value !== null)) {
        errors.push({ field: field(`kq${k}`), message: `${code} has ${allowed} key questions: clear the % Yes of the others` });
      }
    });
  }
  return { standards, keyQuestions, discretion };
}

/**
 * The draft as the API takes it back (without its version), read from the form; mistakes it can
 * see go into errors, keyed by data-field. confirming adds the checks recording needs.
 */
function collectDraft(errors, { confirming = false } = {}) {
  const text = (fieldId) => byId(fieldId).value.trim() || null;
  const number = (fieldId, what) => {
    const read = wholeNumber(byId(fieldId).value);
    if (read.invalid || (read.value !== null && read.value < 0)) errors.push({ field: fieldId, message: `Enter ${what} as a whole number, like 12` });
    return read.invalid ? null : read.value;
  };
  const date = (fieldId, allowMonth, message) => {
    const value = isoDate(byId(fieldId).value, { allowMonth });
    if (value && (!realDate(value) || (!allowMonth && value.length !== 10))) errors.push({ field: fieldId, message });
    return value;
  };
  const { rated, scored } = frameworkShape();
  const { standards, keyQuestions, discretion } = rated ? standardsInput(errors, confirming) : { standards: {}, keyQuestions: {}, discretion: [] };
  const joint = byId('jointInspection').checked;
  const recommendations = rows.map((row) => {
    const field = (part) => recommendationField(row.uid, part);
    const read = wholeNumber(byId(field('number')).value);
    if (read.invalid || read.value === null || read.value < 1) {
      errors.push({ field: field('number'), message: `${rowTitle(row)}: enter its number as a whole number, like 3` });
    }
    return {
      number: read.invalid ? null : read.value,
      addressees: checkedAll(field('ownerKinds')),
      heading: text(field('heading')),
      text: text(field('text')),
    };
  });
  return {
    framework: byId('framework').value || null,
    service: text('service'),
    local_authority: draft.local_authority ?? null,
    published: date('published', true, 'Enter the publication date as a month or a date, like December 2023 or 5 December 2023'),
    fieldwork_start: date('fieldworkStart', false, 'Enter the date fieldwork started, like 18 September 2023'),
    score: scored ? number('publishedScore', 'the published score') : null,
    overall: rated ? byId('publishedOverall').value || null : null,
    standards,
    key_questions_percent_yes: keyQuestions,
    professional_discretion: discretion,
    recommendations,
    joint_inspection: joint,
    joint_inspectorates: joint ? lines(byId('jointInspectorates').value) : [],
    court_cases: number('courtCases', 'the number of court disposals'),
    out_of_court_cases: number('outOfCourtCases', 'the number of out-of-court disposals'),
    resettlement_cases: number('resettlementCases', 'the number of resettlement cases'),
    cases_inspected: number('casesInspected', 'the number of cases inspected'),
    previous_inspection: draft.previous_inspection ?? null,
    strengths_count: draft.strengths_count ?? null,
    strengths: draft.strengths ?? {},
    areas_for_improvement: draft.areas_for_improvement ?? {},
    prompts: draft.prompts ?? {},
  };
}

/** The owners of each recommendation as the confirmation takes them; rowUids[i] is owners[i]'s row. */
function collectOwners(errors) {
  const owners = rows.map((row) => {
    const field = (part) => recommendationField(row.uid, part);
    const create = $$(`input[name="${CSS.escape(field('create'))}"]:checked`, form).map((box) => {
      const name = byId(`${box.id}-name`).value.trim();
      if (!name) errors.push({ field: `${box.id}-name`, message: `${rowTitle(row)}: enter the name of the ${label(KINDS, box.dataset.kind).toLowerCase()} to add` });
      return { kind: box.dataset.kind, name, boxId: box.id };
    });
    return {
      number: wholeNumber(byId(field('number')).value).value,
      ownerIds: checkedAll(field('ownerIds')).map(Number),
      create,
    };
  });
  return { owners, rowUids: rows.map((r) => r.uid) };
}

// ---------------------------------------------------------------------------------------------
// Saving, confirming and what can go wrong

const TOP_FIELDS = {
  serviceId: 'serviceId',
  service: 'service',
  framework: 'framework',
  kind: 'framework',
  published: 'published',
  fieldworkStart: 'fieldworkStart',
  fieldwork_start: 'fieldworkStart',
  publishedScore: 'publishedScore',
  score: 'publishedScore',
  publishedOverall: 'publishedOverall',
  overall: 'publishedOverall',
  joint: 'jointInspection',
  joint_inspection: 'jointInspection',
  jointInspectorates: 'jointInspectorates',
  joint_inspectorates: 'jointInspectorates',
  courtCases: 'courtCases',
  court_cases: 'courtCases',
  outOfCourtCases: 'outOfCourtCases',
  out_of_court_cases: 'outOfCourtCases',
  resettlementCases: 'resettlementCases',
  resettlement_cases: 'resettlementCases',
  casesInspected: 'casesInspected',
  cases_inspected: 'casesInspected',
};
const RECOMMENDATION_PARTS = { number: 'number', heading: 'heading', text: 'text', ownerKinds: 'ownerKinds', ownerIds: 'owners' };

/**
 * Where an error of the API belongs in the form. sent: { rows, standardOrder, owners } as they were
 * when the request left; standardOrder is the order of the stored draft's standards, which is the
 * order the inspection API numbers them in (standards[i]), or null when it is not known.
 */
function placeError(error, sent) {
  const name = error.field ?? '';
  let m = name.match(/^recommendations\[(\d+)]\.?(\w*)/);
  if (m && sent.rows[Number(m[1])]) {
    const row = sent.rows[Number(m[1])];
    return { field: recommendationField(row.uid, RECOMMENDATION_PARTS[m[2]] ?? 'number'), message: `${rowTitle(row)}: ${error.message}` };
  }
  m = name.match(/^owners\[(\d+)](?:\.create\[(\d+)])?/);
  if (m && sent.owners?.rowUids[Number(m[1])] !== undefined) {
    const uid = sent.owners.rowUids[Number(m[1])];
    const row = rows.find((r) => r.uid === uid);
    const created = m[2] !== undefined ? sent.owners.owners[Number(m[1])].create[Number(m[2])] : null;
    return { field: created ? `${created.boxId}-name` : recommendationField(uid, 'owners'), message: `${row ? rowTitle(row) : 'A recommendation'}: ${error.message}` };
  }
  m = name.match(/^standards\[(\d+)]\.?(.*)$/);
  if (m) {
    const code = sent.standardOrder?.[Number(m[1])];
    if (!code || !byId(standardField(code, 'block'))) return { field: '', message: `A standard: ${error.message}` };
    const kq = m[2].match(/^keyQuestions\[(\d+)]/);
    const part = kq ? `kq${kq[1]}` : m[2].startsWith('discretion') ? 'discretionFrom' : 'rating';
    return { field: byId(standardField(code, part)) ? standardField(code, part) : standardField(code, 'rating'), message: `${code}: ${error.message}` };
  }
  const top = TOP_FIELDS[name.replace(/\[.*?]/g, '').split('.')[0]];
  return { field: top ?? '', message: error.message };
}

function openAround(node) {
  for (let d = node?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
}

function showErrors(problem) {
  const summary = showProblem(form, problem);
  for (const groupNode of $$('.govuk-form-group--error', form)) {
    openAround(groupNode);
    const conditional = groupNode.closest('.govuk-checkboxes__conditional');
    if (conditional) conditional.classList.remove('govuk-checkboxes__conditional--hidden');
  }
  return summary;
}

function withLink(summary, href, text) {
  summary.querySelector('.govuk-error-summary__list').append(el('li', {}, el('a', { href, id: 'existing-inspection' }, text)));
}

function staleDraft() {
  const box = banner({
    id: 'conflict-banner',
    heading: 'Someone else changed this draft while you were checking it',
    body: [
      el('p', { class: 'govuk-body' }, 'Your changes have not been saved. Reload the draft to see theirs, then make your corrections again.'),
      el('a', { class: 'govuk-button', href: location.pathname, id: 'reload', role: 'button', draggable: 'false' }, 'Reload the draft'),
    ],
  });
  box.setAttribute('tabindex', '-1');
  replace(byId('conflict'), box);
  box.focus();
}

function showFailure(error, sent) {
  const problem = error.problem;
  if (!problem) {
    console.error(error);
    return showErrors({ detail: error.message });
  }
  if (problem.status === 409) {
    const field = problem.errors?.[0]?.field;
    if (field === 'version') return staleDraft();
    if (field === 'published' && problem.current?.id) {
      const summary = showErrors({ errors: [{ field: 'published', message: problem.detail }] });
      return withLink(summary, `/inspections/${problem.current.id}`, `View inspection ${problem.current.id}, already recorded`);
    }
    if (problem.current?.inspectionId) {
      const summary = showErrors({ errors: [{ field: '', message: problem.detail }] });
      return withLink(summary, problem.current.href ?? `/inspections/${problem.current.inspectionId}`, 'View the inspection it is recorded as');
    }
  }
  const errors = (problem.errors ?? []).filter((e) => e.message).map((e) => placeError(e, sent));
  return showErrors(errors.length ? { ...problem, errors } : problem);
}

/** Sends the corrected draft; answers the draft as saved, with suggestions for the chosen service. */
async function saveDraft(body) {
  let saved = await put(`/imports/${id}`, { ...body, version: draft.version });
  const serviceId = byId('serviceId').value;
  if (serviceId) saved = await get(`/imports/${id}`, { serviceId });
  draft = saved;
  draftFromPut = true;
  savedJson = JSON.stringify(body);
  // The rows are the draft's recommendations now: suggestions and sources go by these numbers.
  (draft.recommendations ?? []).forEach((r, i) => {
    if (rows[i]) rows[i].readNumber = r.number;
  });
  return saved;
}

const buttons = () => [byId('confirm'), byId('save')];
let leaving = false; // the inspection is recorded and its page is loading: the buttons stay off

async function busy(status, work) {
  for (const b of buttons()) {
    b.disabled = true;
    b.setAttribute('aria-disabled', 'true');
  }
  byId('action-status').textContent = status;
  try {
    return await work();
  } finally {
    for (const b of leaving ? [] : buttons()) {
      b.disabled = false;
      b.removeAttribute('aria-disabled');
    }
  }
}

function clearMessages() {
  clearErrors(form);
  replace(byId('conflict'));
  replace(byId('saved'));
}

byId('save').addEventListener('click', () => busy('Saving your corrections…', async () => {
  clearMessages();
  const errors = [];
  const body = collectDraft(errors);
  if (errors.length) {
    byId('action-status').textContent = '';
    showErrors({ errors });
    return;
  }
  const sent = { rows: [...rows], standardOrder: null, owners: null };
  try {
    const changed = JSON.stringify(body) !== savedJson;
    if (changed) {
      const keep = { owners: rows.map(ownerChoices) };
      await saveDraft(body);
      render({ keep });
    }
    byId('action-status').textContent = '';
    const box = banner({ id: 'saved-banner', type: 'success', heading: changed ? 'Your corrections have been saved' : 'There were no changes to save' });
    box.setAttribute('tabindex', '-1');
    replace(byId('saved'), box);
    box.focus();
  } catch (error) {
    byId('action-status').textContent = '';
    showFailure(error, sent);
  }
}));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (byId('confirm').disabled) return;
  busy('Recording the inspection…', async () => {
    clearMessages();
    const errors = [];
    const body = collectDraft(errors, { confirming: true });
    const owners = collectOwners(errors);
    const serviceId = byId('serviceId').value ? Number(byId('serviceId').value) : null;
    if (!serviceId) errors.unshift({ field: 'serviceId', message: 'Choose the youth justice service the report is about' });
    if (errors.length) {
      byId('action-status').textContent = '';
      showErrors({ errors });
      return;
    }
    const sent = { rows: [...rows], standardOrder: null, owners };
    try {
      if (JSON.stringify(body) !== savedJson) await saveDraft(body);
      sent.standardOrder = draftFromPut ? Object.keys(draft.standards ?? {}) : null;
      const created = await post(`/imports/${id}/confirm`, {
        serviceId,
        version: draft.version,
        owners: owners.owners.map(({ number, ownerIds, create }) => ({ number, ownerIds, create: create.map(({ kind, name }) => ({ kind, name })) })),
      });
      leaving = true;
      const service = byId('serviceId').selectedOptions[0]?.textContent ?? 'the service';
      setFlash(`The inspection of ${service}${body.published ? ` published ${publishedText(body.published)}` : ''} has been recorded from the report`);
      location.assign(`/inspections/${created.id}`);
    } catch (error) {
      byId('action-status').textContent = '';
      showFailure(error, sent);
    }
  });
});

form.addEventListener('change', (event) => {
  const target = event.target;
  if (target.id === 'framework') {
    renderStandards(typedStandards());
    showFramework();
  }
  if (target.id === 'jointInspection') show(byId('joint-group'), target.checked);
  if (target.id === 'serviceId') reloadSuggestions();
});

form.addEventListener('input', (event) => {
  const rowNode = event.target.closest('.tracker-recommendation');
  if (rowNode && event.target.id === recommendationField(rowNode.dataset.uid, 'number')) {
    renderRowTitle(rows.find((r) => String(r.uid) === rowNode.dataset.uid));
  }
});

byId('add-recommendation').addEventListener('click', () => {
  addRow(null, null, { focus: true });
});

// ---------------------------------------------------------------------------------------------
// Loading

function showRecorded() {
  byId('import-heading').textContent = 'This report has been recorded';
  byId('back-link').href = '/inspections';
  const inspection = draft.inspection_id;
  replace(byId('import-recorded'),
    el('p', { class: 'govuk-body' }, 'It was checked and confirmed, and is recorded as an inspection. Change the inspection itself to correct anything.'),
    inspection
      ? el('a', { class: 'govuk-button', href: `/inspections/${inspection}`, id: 'recorded-link', role: 'button', draggable: 'false' }, 'View the inspection')
      : null);
  show(byId('import-recorded'));
}

try {
  const [loaded, services, list] = await Promise.all([get(`/imports/${id}`), get('/organisations/services'), get('/frameworks')]);
  draft = loaded;
  for (const f of list) frameworks.set(f.code, f);
  byId('import-caption').textContent = draft.file_name ? `Read from ${draft.file_name}` : 'Read from pasted text';
  replace(byId('import-status'));
  if (draft.status === 'CONFIRMED') {
    showRecorded();
  } else {
    byId('recommendations-hint').after(el('p', { class: 'govuk-body-s', id: 'owners-status', 'aria-live': 'polite' }));
    fillServices(services);
    render();
    show(byId('import-review'));
  }
} catch (error) {
  showPageError(byId('import-status'), error);
}
