// /inspections/new and /inspections/{id}/edit: record an inspection as its report publishes it, or
// change one. As the inspector types, the figures go to /api/inspections/assessment and the panel
// beside the form shows what the framework's rules make of them: each standard's rating from its
// key questions, the score, the overall rating it earns and every disagreement. Published values
// are kept as typed; disagreements are shown, never fixed.
import { get, me, post, put } from '/js/api.js';
import { $, $$, el, idFromPath, replace, show } from '/js/dom.js';
import { checkboxItem, clearErrors, showConflict, showProblem, whileSaving } from '/js/forms.js';
import {
  bandOf, codeKey, disagreementTarget, isoDate, lines, locateError, maxScoreOf, prompts, promptsText,
  recommendationField, standardField, wholeNumber,
} from '/js/inspection-input.js';
import { INSPECTION_KINDS, INSPECTION_STATUSES, KINDS, RATINGS, hasAnyRole, label } from '/js/labels.js';
import { ratingBadge, scoreText } from '/js/ratings.js';
import { formatDateTime } from '/js/format.js';
import { fillOptions, setFlash, showPageError } from '/js/ui.js';

const id = idFromPath();
const form = $('#inspection-form');
const byId = (elementId) => document.getElementById(elementId);

const frameworks = new Map(); // code → framework, as GET /api/frameworks gives it
const sections = new Map(); // framework code → its rendered standards, kept while another is shown
const rows = []; // recommendation rows: { uid, id, root, owners: Map(id → organisation) }
let nextUid = 1;
let version = null;
let existing = null; // the inspection being changed
let serviceOrganisations = []; // the chosen service, its board and partners: owners to offer
let sent = null; // the last body saved, to place the API's errors
let sentRowIds = [];

const checkedValue = (name) => form.querySelector(`input[name="${CSS.escape(name)}"]:checked`)?.value ?? null;
const checkedAll = (name) => $$(`input[name="${CSS.escape(name)}"]:checked`, form).map((i) => i.value);
const currentFramework = () => frameworks.get(checkedValue('framework')) ?? null;
const standardsOf = (framework) => (framework?.domains ?? []).flatMap((d) => d.standards);
const isPublished = () => existing?.status === 'PUBLISHED';
const title = (s) => `${s.code} ${s.name}`;
const RATED = Object.entries(RATINGS).filter(([r]) => r !== 'NOT_RATED');

function openAround(node) {
  for (let d = node?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
}

function focusField(target) {
  openAround(target);
  (target.closest('fieldset')?.querySelector('legend') ?? target.labels?.[0] ?? target).scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

// ---------------------------------------------------------------------------------------------
// Building the form

function group(field, ...children) {
  return el('div', { class: 'govuk-form-group', 'data-field': field }, children);
}

function textarea(fieldId, labelText, hint, value, height = 3) {
  return group(fieldId,
    el('label', { class: 'govuk-label', for: fieldId }, labelText),
    hint ? el('div', { class: 'govuk-hint', id: `${fieldId}-hint` }, hint) : null,
    el('textarea', { class: 'govuk-textarea', id: fieldId, name: fieldId, rows: height, 'aria-describedby': hint ? `${fieldId}-hint` : null }, value ?? ''));
}

function radio({ id: radioId, name, value, text, hint }) {
  return el('div', { class: 'govuk-radios__item' },
    el('input', { class: 'govuk-radios__input', id: radioId, name, type: 'radio', value, 'aria-describedby': hint ? `${radioId}-hint` : null }),
    el('label', { class: 'govuk-label govuk-radios__label', for: radioId }, text),
    hint ? el('div', { class: 'govuk-hint govuk-radios__hint', id: `${radioId}-hint` }, hint) : null);
}

const years = (f) => (f.appliesUntil ? `Used from ${f.appliesFrom} to ${f.appliesUntil}` : `Used from ${f.appliesFrom}`);

function ratingSelect(fieldId, labelText, choices, empty) {
  return group(fieldId,
    el('label', { class: 'govuk-label', for: fieldId }, labelText),
    fillOptions(el('select', { class: 'govuk-select', id: fieldId, name: fieldId }), choices, { empty }));
}

/** Makes sure a select offers value (a record may hold a rating the framework would not offer). */
function selectValue(select, value) {
  if (value && ![...select.options].some((o) => o.value === value)) select.append(el('option', { value }, label(RATINGS, value)));
  select.value = value ?? '';
}

function discretionDetails(s) {
  const field = (part) => standardField(s.code, part);
  return el('details', { class: 'govuk-details', id: field('discretion') },
    el('summary', { class: 'govuk-details__summary' },
      el('span', { class: 'govuk-details__summary-text' }, 'Professional discretion', el('span', { class: 'govuk-visually-hidden' }, ` for ${s.code}`))),
    el('div', { class: 'govuk-details__text' },
      el('p', { class: 'govuk-body-s' }, 'If the ratings panel published a rating other than the one the key questions give, record the rating they gave and why the panel moved it.'),
      ratingSelect(field('discretionFrom'), 'Rating the key questions gave', RATED, 'No discretion used'),
      textarea(field('discretionReason'), 'Why the panel used discretion', null, '', 2)));
}

function standardBlock(s) {
  const field = (part) => standardField(s.code, part);
  const choices = Object.entries(RATINGS).filter(([r]) => r !== 'NOT_RATED' || s.mayBeUnrated);
  const head = el('div', { class: 'tracker-standard__head' },
    ratingSelect(field('rating'), 'Published rating', choices, 'Choose a rating'));
  if (s.caseSampled) {
    head.append(el('div', { class: 'tracker-derived govuk-body-s' },
      el('span', { class: 'tracker-derived__label' }, 'Key questions give'),
      el('span', { id: field('derived') }, el('span', { class: 'tracker-rating tracker-rating--none' }, 'Not yet'))));
  }
  const keyQuestions = s.caseSampled
    ? el('div', { class: 'tracker-key-questions' },
      s.keyQuestions.map((question, k) => el('div', { class: 'govuk-form-group tracker-key-question', 'data-field': field(`kq${k}`) },
        el('div', { class: 'tracker-key-question__text' },
          el('label', { class: 'govuk-label', for: field(`kq${k}`) }, question),
          el('div', { class: 'govuk-hint', id: `${field(`kq${k}`)}-hint` }, '% Yes')),
        el('div', { class: 'govuk-input__wrapper', 'data-error-before': true },
          el('input', {
            class: 'govuk-input govuk-input--width-3', id: field(`kq${k}`), name: field(`kq${k}`), type: 'text', inputmode: 'numeric',
            spellcheck: 'false', autocomplete: 'off', 'aria-describedby': `${field(`kq${k}`)}-hint`, 'data-key-question': k,
          }),
          el('div', { class: 'govuk-input__suffix', 'aria-hidden': 'true' }, '%')))))
    : null;
  const findings = el('details', { class: 'govuk-details', id: field('findings') },
    el('summary', { class: 'govuk-details__summary' },
      el('span', { class: 'govuk-details__summary-text' },
        s.caseSampled ? 'Strengths, areas for improvement and prompts' : 'Strengths and areas for improvement',
        el('span', { class: 'govuk-visually-hidden' }, ` of ${s.code}`))),
    el('div', { class: 'govuk-details__text' },
      textarea(field('strengths'), `Strengths of ${s.code} (optional)`, 'One on each line', ''),
      textarea(field('areasForImprovement'), `Areas for improvement of ${s.code} (optional)`, 'One on each line', ''),
      s.caseSampled ? s.keyQuestions.map((question, k) => textarea(field(`kq${k}-prompts`), `Prompts under “${question}” (optional)`,
        'One on each line, starting with its % Yes, for example: 67% Did assessment analyse how to keep the child safe?', '')) : null));
  return el('div', { class: 'tracker-standard', id: field('block'), 'data-code': s.code },
    el('fieldset', { class: 'govuk-fieldset' },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' }, title(s)),
      head,
      keyQuestions,
      el('div', { id: field('warnings') }),
      s.caseSampled ? discretionDetails(s) : null,
      findings));
}

/** Discretion on a standard not rated from key questions: only shown when a record has it. */
function ensureDiscretion(s) {
  if (byId(standardField(s.code, 'discretion'))) return;
  byId(standardField(s.code, 'findings')).before(discretionDetails(s));
}

function renderStandards(framework) {
  return el('div', { id: `standards-${codeKey(framework.code)}` },
    framework.domains.filter((d) => d.standards.length).map((d) => el('div', { class: 'tracker-domain' },
      el('h3', { class: 'govuk-heading-s' }, `Domain ${d.code}: ${d.name}`),
      d.standards.map(standardBlock))));
}

const ORDER = Object.keys(RATINGS);

function ratingsHint(framework) {
  const bands = framework.bands.filter((b) => b.minPercent !== null && b.minPercent !== undefined)
    .sort((a, b) => ORDER.indexOf(a.rating) - ORDER.indexOf(b.rating));
  if (!bands.length) return 'Choose the rating the report publishes for each standard.';
  const parts = bands.map((b, i) => (b.minPercent > 0 || i === 0
    ? `${label(RATINGS, b.rating)} from ${b.minPercent}%`
    : `${label(RATINGS, b.rating)} below ${bands[i - 1].minPercent}%`));
  return `Choose the rating the report publishes for each standard. A case-sampled standard's rating comes from its lowest key question (${parts.join(', ')} Yes); a different published rating needs professional discretion.`;
}

function showFramework() {
  const framework = currentFramework();
  const rated = !!framework?.rated;
  const withStandards = rated && standardsOf(framework).length > 0;
  if (framework && !sections.has(framework.code)) sections.set(framework.code, renderStandards(framework));
  replace($('#standards'), withStandards ? sections.get(framework.code) : null);
  $('#ratings-hint').textContent = framework ? ratingsHint(framework) : '';
  show($('#ratings-section'), withStandards);
  show($('#overall-section'), rated);
  show($('#score-group'), rated && framework.scored);
  show($('#sqs-note'), !!framework && !rated);
  $('#score-max').textContent = `out of ${maxScoreOf(framework) ?? '–'}`;
  $('#recommendations-hint').textContent = framework && !rated
    ? 'Enter each area requiring improvement that the report lists as a recommendation, with who must act on it.'
    : 'Each recommendation as the report numbers it, with who must act on it.';
  show($('#findings-hint'), withStandards);
  for (const row of rows) renderRowStandards(row);
}

function showJoint() {
  show($('#joint-group'), $('#joint').checked);
}

// ---------------------------------------------------------------------------------------------
// Recommendations

function nextNumber() {
  const numbers = rows.map((r) => wholeNumber(byId(recommendationField(r.uid, 'number')).value).value).filter((n) => Number.isInteger(n));
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

function checkboxGroup(field, legend, hint, listId, extra = {}) {
  return el('div', { class: 'govuk-form-group', 'data-field': field, ...extra },
    el('fieldset', { class: 'govuk-fieldset', 'aria-describedby': hint ? `${field}-hint` : null },
      el('legend', { class: 'govuk-fieldset__legend' }, legend),
      hint ? el('div', { class: 'govuk-hint', id: `${field}-hint` }, hint) : null,
      el('div', { class: 'govuk-checkboxes govuk-checkboxes--small tracker-checkbox-columns', id: listId })));
}

function rowTitle(row) {
  const number = byId(recommendationField(row.uid, 'number')).value.trim();
  return `Recommendation ${number || ''}`.trim();
}

function addRow(data = {}, { focus = false } = {}) {
  const uid = nextUid++;
  const field = (part) => recommendationField(uid, part);
  const row = { uid, id: data.id ?? null, owners: new Map((data.owners ?? []).map((o) => [o.id, o])) };
  const kinds = new Set(data.ownerKinds ?? []);
  const heading = el('h3', { class: 'govuk-heading-s', id: field('title') });
  const remove = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0', id: field('remove') });
  row.root = el('div', { class: 'tracker-recommendation', id: field('row'), 'data-uid': uid },
    heading,
    group(field('number'),
      el('label', { class: 'govuk-label', for: field('number') }, 'Number'),
      el('input', { class: 'govuk-input govuk-input--width-3', id: field('number'), name: field('number'), type: 'text', inputmode: 'numeric', spellcheck: 'false', autocomplete: 'off', value: data.number ?? nextNumber() })),
    group(field('heading'),
      el('label', { class: 'govuk-label', for: field('heading') }, 'Addressed to (optional)'),
      el('div', { class: 'govuk-hint', id: `${field('heading')}-hint` }, 'As the report puts it, for example: The youth justice service should:'),
      el('input', { class: 'govuk-input', id: field('heading'), name: field('heading'), type: 'text', maxlength: 500, autocomplete: 'off', 'aria-describedby': `${field('heading')}-hint`, value: data.heading ?? '' })),
    textarea(field('text'), 'What the report recommends', null, data.text ?? '', 3),
    checkboxGroup(field('ownerKinds'), 'Who must act on it?', 'Select all that apply.', field('kinds'), { 'data-target': field('kind-YJS') }),
    checkboxGroup(field('ownerIds'), 'Which organisations exactly? (optional)', 'The chosen service, its management board and its partners. Choosing one also records its kind.', field('owners')),
    checkboxGroup(field('standards'), 'Which standards does it relate to? (optional)', null, field('standard-list')),
    remove);
  replace(row.root.querySelector(`#${CSS.escape(field('kinds'))}`),
    Object.entries(KINDS).map(([k, text]) => checkboxItem({ id: field(`kind-${k}`), name: field('ownerKinds'), value: k, text, checked: kinds.has(k) })));
  rows.push(row);
  $('#recommendations').append(row.root);
  renderRowTitle(row);
  renderOwners(row);
  renderRowStandards(row, new Set(data.standards ?? []));
  show($('#no-recommendations'), false);
  remove.addEventListener('click', () => removeRow(row));
  if (focus) focusField(byId(field('number')));
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
  show($('#no-recommendations'), rows.length === 0);
  const neighbour = rows[Math.min(at, rows.length - 1)];
  (neighbour ? byId(recommendationField(neighbour.uid, 'number')) : $('#add-recommendation')).focus();
  scheduleAssessment();
}

function renderOwners(row) {
  const field = (part) => recommendationField(row.uid, part);
  const list = byId(field('owners'));
  const rendered = $$('input', list);
  const chosen = new Set(rendered.length ? rendered.filter((i) => i.checked).map((i) => Number(i.value)) : [...row.owners.keys()]);
  const known = new Map(serviceOrganisations.map((o) => [o.id, o]));
  for (const [ownerId, owner] of row.owners) if (!known.has(ownerId)) known.set(ownerId, owner);
  const all = [...known.values()].sort((a, b) => a.name.localeCompare(b.name));
  const groupNode = list.closest('[data-field]');
  if (!all.length) {
    groupNode.removeAttribute('data-target');
    replace(list, el('p', { class: 'govuk-body-s' }, 'Choose the service inspected to list its organisations.'));
    return;
  }
  replace(list, all.map((o) => checkboxItem({
    id: field(`org-${o.id}`), name: field('ownerIds'), value: o.id, text: o.name, hint: label(KINDS, o.kind), checked: chosen.has(o.id),
  })));
  groupNode.dataset.target = field(`org-${all[0].id}`);
}

function renderRowStandards(row, initial) {
  const field = (part) => recommendationField(row.uid, part);
  const list = byId(field('standard-list'));
  const chosen = initial ?? new Set(checkedAll(field('standards')));
  const framework = currentFramework();
  const standards = framework?.rated ? standardsOf(framework) : [];
  const groupNode = list.closest('[data-field]');
  show(groupNode, standards.length > 0);
  replace(list, standards.map((s) => checkboxItem({
    id: field(`std-${codeKey(s.code)}`), name: field('standards'), value: s.code, text: title(s), checked: chosen.has(s.code),
  })));
  if (standards.length) groupNode.dataset.target = field(`std-${codeKey(standards[0].code)}`);
}

async function loadServiceOrganisations() {
  const serviceId = $('#serviceId').value;
  if (!serviceId) {
    serviceOrganisations = [];
  } else {
    try {
      serviceOrganisations = (await get('/organisations', { serviceId, size: 100 })).items;
    } catch (error) {
      serviceOrganisations = [];
    }
    if ($('#serviceId').value !== serviceId) return; // another service was chosen meanwhile
  }
  for (const row of rows) renderOwners(row);
}

// ---------------------------------------------------------------------------------------------
// Reading the form

/**
 * The inspection as the API takes it, read leniently: text that is not a whole number becomes
 * null, with an error (keyed by data-field) in errors for the save to show.
 */
function collect() {
  const errors = [];
  const framework = currentFramework();
  const text = (fieldId) => byId(fieldId).value.trim() || null;
  const number = (fieldId, what) => {
    const read = wholeNumber(byId(fieldId).value);
    if (read.invalid) errors.push({ field: fieldId, message: `Enter ${what} as a whole number, like 12` });
    return read.invalid ? null : read.value;
  };
  const body = {
    serviceId: $('#serviceId').value ? Number($('#serviceId').value) : null,
    framework: framework?.code ?? null,
    kind: checkedValue('kind'),
    fieldworkStart: isoDate(byId('fieldworkStart').value),
    published: isoDate(byId('published').value, { allowMonth: true }),
    leadInspector: text('leadInspector'),
    reportReference: text('reportReference'),
    joint: byId('joint').checked,
    jointInspectorates: byId('joint').checked ? lines(byId('jointInspectorates').value) : [],
    courtCases: number('courtCases', 'the number of court disposals'),
    outOfCourtCases: number('outOfCourtCases', 'the number of out-of-court disposals'),
    resettlementCases: number('resettlementCases', 'the number of resettlement cases'),
    casesInspected: number('casesInspected', 'the number of cases inspected'),
    publishedScore: framework?.rated && framework.scored ? number('publishedScore', 'the published score') : null,
    publishedOverall: framework?.rated ? byId('publishedOverall').value || null : null,
    standards: framework?.rated ? standardsInput(framework, errors) : [],
    strengths: lines(byId('strengths').value),
    areasForImprovement: lines(byId('areasForImprovement').value),
    recommendations: rows.map((row) => recommendationInput(row, errors)),
  };
  if (id) {
    body.version = version;
    if (isPublished()) body.reason = text('reason');
  }
  return { body, errors };
}

function standardsInput(framework, errors) {
  const out = [];
  for (const s of standardsOf(framework)) {
    const value = (part) => byId(standardField(s.code, part))?.value.trim() ?? '';
    const rating = value('rating') || null;
    const keyQuestions = s.caseSampled ? s.keyQuestions.map((question, k) => {
      const read = wholeNumber(value(`kq${k}`));
      if (read.invalid) {
        errors.push({ field: standardField(s.code, `kq${k}`), message: `${title(s)}, ${question}: enter the % Yes as a whole number, like 67` });
      }
      return { percentYes: read.invalid ? null : read.value, prompts: prompts(value(`kq${k}-prompts`)) };
    }) : [];
    const answered = keyQuestions.some((kq) => kq.percentYes !== null || kq.prompts.length > 0)
      || (s.caseSampled && s.keyQuestions.some((q, k) => value(`kq${k}`) !== ''));
    const discretionFrom = value('discretionFrom') || null;
    const discretionReason = value('discretionReason') || null;
    const strengths = lines(value('strengths'));
    const areasForImprovement = lines(value('areasForImprovement'));
    if (!rating && !answered && !discretionFrom && !discretionReason && !strengths.length && !areasForImprovement.length) continue;
    out.push({ code: s.code, rating, keyQuestions: answered ? keyQuestions : [], discretionFrom, discretionReason, strengths, areasForImprovement });
  }
  return out;
}

function recommendationInput(row, errors) {
  const field = (part) => recommendationField(row.uid, part);
  const read = wholeNumber(byId(field('number')).value);
  if (read.invalid) errors.push({ field: field('number'), message: `${rowTitle(row)}: enter its number as a whole number, like 3` });
  return {
    id: row.id,
    number: read.invalid ? null : read.value,
    heading: byId(field('heading')).value.trim() || null,
    text: byId(field('text')).value.trim() || null,
    ownerKinds: checkedAll(field('ownerKinds')),
    ownerIds: checkedAll(field('ownerIds')).map(Number),
    standards: checkedAll(field('standards')),
  };
}

// ---------------------------------------------------------------------------------------------
// The live check

const panel = $('#assessment-panel');
let timer;
let latest = 0;
let assessedBody = null;

function setStatus(text, state) {
  $('#assessment-status').textContent = text;
  panel.dataset.state = state;
}

/** Replaces node's content only when key changed, so the live region announces real changes only. */
function update(node, key, build) {
  if (node.dataset.key === key) return;
  node.dataset.key = key;
  replace(node, build());
}

/** Checks again once typing pauses; an answer still on its way is for older figures: dropped. */
function scheduleAssessment() {
  clearTimeout(timer);
  latest += 1;
  panel.dataset.state = 'pending';
  timer = setTimeout(assess, 300);
}

async function assess() {
  clearTimeout(timer);
  latest += 1;
  const framework = currentFramework();
  if (!framework) {
    setStatus('Choose a framework to check the figures.', 'idle');
    return;
  }
  const { body } = collect();
  const json = JSON.stringify(body);
  if (json === assessedBody) {
    setStatus('Checked as you type.', 'ready');
    return;
  }
  const ticket = latest;
  setStatus('Checking…', 'checking');
  try {
    const answer = await post('/inspections/assessment', body);
    if (ticket !== latest) return; // the figures changed since: this answer is stale
    assessedBody = json;
    renderAssessment(framework, answer);
    setStatus('Checked as you type.', 'ready');
  } catch (error) {
    if (ticket !== latest) return;
    assessedBody = null;
    setStatus(`The figures could not be checked: ${error.message}`, 'error');
  }
}

function warningText(message) {
  return el('div', { class: 'govuk-warning-text tracker-warning' },
    el('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    el('strong', { class: 'govuk-warning-text__text' }, el('span', { class: 'govuk-visually-hidden' }, 'Warning: '), message));
}

function renderAssessment(framework, assessment) {
  const disagreements = assessment.disagreements ?? [];
  show($('#assessment-score-block'), framework.rated && framework.scored);
  show($('#assessment-overall-block'), framework.rated && framework.scored);
  const score = assessment.computedScore === null || assessment.computedScore === undefined
    ? 'Not yet: every scored standard needs its rating'
    : scoreText(assessment.computedScore, assessment.maxScore);
  update($('#assessment-score'), score, () => score);
  update($('#assessment-overall'), assessment.computedOverall ?? '', () => (assessment.computedOverall
    ? ratingBadge(assessment.computedOverall, { id: 'assessment-overall-rating' })
    : 'Not yet: it follows from the score'));
  update($('#assessment-warnings'), JSON.stringify(disagreements), () => (disagreements.length === 0
    ? el('p', { class: 'govuk-body-s', id: 'no-warnings' }, "No warnings: the figures agree with the framework's rules.")
    : [
      el('p', { class: 'govuk-body-s' }, disagreements.length === 1 ? '1 warning' : `${disagreements.length} warnings`),
      el('ul', { class: 'govuk-list govuk-list--bullet govuk-body-s tracker-warnings', id: 'warning-list' },
        disagreements.map((d) => {
          const target = disagreementTarget(d);
          return el('li', { 'data-kind': d.kind, 'data-standard': d.standard },
            target && byId(target)
              ? el('a', { class: 'govuk-link', href: `#${target}`, 'data-target': target }, d.message)
              : d.message);
        })),
    ]));
  for (const s of standardsOf(framework)) {
    const field = (part) => standardField(s.code, part);
    const own = disagreements.filter((d) => d.standard === s.code).map((d) => d.message);
    const warnings = byId(field('warnings'));
    if (warnings) update(warnings, JSON.stringify(own), () => own.map(warningText));
    const derivedNode = byId(field('derived'));
    if (!derivedNode) continue;
    const published = byId(field('rating')).value;
    let derived = assessment.derivedRatings?.[s.code] ?? null;
    if (!derived && !published) {
      // Not rated yet, so the API leaves the standard out: show the band of the lowest key question.
      const percents = s.keyQuestions.map((q, k) => wholeNumber(byId(field(`kq${k}`)).value).value);
      if (percents.every((p) => Number.isInteger(p))) derived = bandOf(framework, Math.min(...percents));
    }
    update(derivedNode, derived ?? '', () => (derived
      ? ratingBadge(derived)
      : el('span', { class: 'tracker-rating tracker-rating--none' }, 'Not yet')));
    if (derived && published && published !== 'NOT_RATED' && published !== derived) byId(field('discretion')).open = true;
  }
}

$('#assessment-warnings').addEventListener('click', (event) => {
  const link = event.target.closest('a[data-target]');
  const target = link && byId(link.dataset.target);
  if (!target) return;
  event.preventDefault();
  focusField(target);
});

// ---------------------------------------------------------------------------------------------
// Saving

function context(where, message) {
  if (where.standard) {
    const s = standardsOf(currentFramework()).find((x) => x.code === where.standard);
    if (!s) return `${where.standard}: ${message}`;
    const question = where.keyQuestion !== null && where.keyQuestion !== undefined ? s.keyQuestions[where.keyQuestion] : null;
    return `${title(s)}${question ? `, ${question}` : ''}: ${message}`;
  }
  if (where.recommendation !== undefined) {
    const number = sent?.recommendations?.[where.recommendation]?.number;
    return `Recommendation ${number ?? where.recommendation + 1}: ${message}`;
  }
  return message;
}

function showErrors(problem) {
  const errors = (problem.errors ?? []).filter((e) => e.message).map((e) => {
    const where = locateError(e.field, sent, sentRowIds);
    return { field: where.field, message: context(where, e.message) };
  });
  showProblem(form, errors.length ? { ...problem, errors } : problem);
  for (const groupNode of $$('.govuk-form-group--error', form)) openAround(groupNode);
}

function conflict(current) {
  showConflict($('#conflict'), {
    what: 'inspection',
    current,
    rows: [
      ['Service', current.service?.name],
      ['Framework', current.framework?.name],
      ['Status', label(INSPECTION_STATUSES, current.status)],
      ['Published', current.published],
      ['Lead inspector', current.leadInspector],
      ['Report reference', current.reportReference],
      ['Published score', current.publishedScore === null || current.publishedScore === undefined ? null : scoreText(current.publishedScore, current.maxScore)],
      ['Overall rating', current.publishedOverall ? label(RATINGS, current.publishedOverall) : null],
      ['Recommendations', String((current.recommendations ?? []).length)],
      ['Last changed', formatDateTime(current.updatedAt)],
    ],
    onKeep: (currentVersion) => {
      version = currentVersion;
      // Recommendations someone else removed cannot be changed in place any more.
      const kept = new Set((current.recommendations ?? []).map((r) => r.id));
      for (const row of rows) if (row.id !== null && !kept.has(row.id)) row.id = null;
    },
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  whileSaving($('#save'), async () => {
    clearErrors(form);
    const { body, errors } = collect();
    sent = body;
    sentRowIds = rows.map((r) => r.uid);
    if (errors.length) {
      showProblem(form, { errors });
      for (const groupNode of $$('.govuk-form-group--error', form)) openAround(groupNode);
      return;
    }
    try {
      const saved = id ? await put(`/inspections/${id}`, body) : await post('/inspections', body);
      const what = `The inspection of ${saved.service.name}${saved.published ? ` published ${saved.published}` : ''}`;
      setFlash(id ? `${what} has been changed` : `${what} has been saved as a draft`);
      location.assign(`/inspections/${saved.id}`);
    } catch (error) {
      if (!error.problem) throw error;
      const stale = error.status === 409 && error.problem.current && (error.problem.errors ?? []).some((e) => e.field === 'version');
      if (stale) conflict(error.problem.current);
      else showErrors(error.problem);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Events

form.addEventListener('change', (event) => {
  const name = event.target.name;
  if (name === 'framework') {
    const framework = currentFramework();
    if (framework && !framework.rated && !checkedValue('kind')) byId('kind-SHORT_QUALITY_SCREENING').checked = true;
    showFramework();
  }
  if (name === 'kind' && event.target.value === 'JOINT') byId('joint').checked = true;
  if (name === 'kind' || name === 'joint') showJoint();
  if (name === 'serviceId') loadServiceOrganisations();
  scheduleAssessment();
});

form.addEventListener('input', (event) => {
  const row = event.target.closest('.tracker-recommendation');
  if (row && event.target.id === recommendationField(row.dataset.uid, 'number')) renderRowTitle(rows.find((r) => String(r.uid) === row.dataset.uid));
  if (event.target.type !== 'checkbox' && event.target.type !== 'radio' && event.target.tagName !== 'SELECT') scheduleAssessment();
});

$('#add-recommendation').addEventListener('click', () => {
  addRow({}, { focus: true });
});

// ---------------------------------------------------------------------------------------------
// Filling in a recorded inspection

function fill(inspection) {
  const framework = frameworks.get(inspection.framework.code);
  if (framework) byId(`framework-${inspection.framework.code}`).checked = true;
  showFramework();
  if (inspection.kind) byId(`kind-${inspection.kind}`).checked = true;
  byId('fieldworkStart').value = inspection.fieldworkStart ?? '';
  byId('published').value = inspection.published ?? '';
  byId('leadInspector').value = inspection.leadInspector ?? '';
  byId('reportReference').value = inspection.reportReference ?? '';
  byId('joint').checked = !!inspection.joint;
  byId('jointInspectorates').value = (inspection.jointInspectorates ?? []).join('\n');
  showJoint();
  for (const count of ['courtCases', 'outOfCourtCases', 'resettlementCases', 'casesInspected', 'publishedScore']) {
    byId(count).value = inspection[count] ?? '';
  }
  selectValue(byId('publishedOverall'), inspection.publishedOverall);
  for (const s of inspection.standards ?? []) {
    const field = (part) => standardField(s.code, part);
    const select = byId(field('rating'));
    if (!select) continue;
    selectValue(select, s.rating);
    (s.keyQuestions ?? []).forEach((kq, k) => {
      if (byId(field(`kq${k}`))) byId(field(`kq${k}`)).value = kq.percentYes ?? '';
      if (byId(field(`kq${k}-prompts`))) byId(field(`kq${k}-prompts`)).value = promptsText(kq.prompts);
    });
    if (s.discretion) {
      const standard = standardsOf(framework).find((x) => x.code === s.code);
      if (standard) ensureDiscretion(standard);
      selectValue(byId(field('discretionFrom')), s.discretion.from);
      byId(field('discretionReason')).value = s.discretion.reason ?? '';
      byId(field('discretion')).open = true;
    }
    byId(field('strengths')).value = (s.strengths ?? []).join('\n');
    byId(field('areasForImprovement')).value = (s.areasForImprovement ?? []).join('\n');
  }
  byId('strengths').value = (inspection.strengths ?? []).join('\n');
  byId('areasForImprovement').value = (inspection.areasForImprovement ?? []).join('\n');
  for (const r of inspection.recommendations ?? []) addRow(r);
}

if (id) {
  $('#form-heading').textContent = 'Change an inspection';
  $('#back-link').href = `/inspections/${id}`;
}

try {
  const [account, services, list, inspection] = await Promise.all([
    me(), get('/organisations/services'), get('/frameworks'), id ? get(`/inspections/${id}`) : null,
  ]);
  if (inspection?.status === 'PUBLISHED' && !hasAnyRole(account, ['INSPECTORATE_ADMIN'])) {
    const error = new Error('published');
    error.problem = { status: 403, title: 'This inspection is published', detail: 'Only an inspectorate admin may correct a published inspection.' };
    throw error;
  }
  existing = inspection;
  for (const f of list) frameworks.set(f.code, f);
  replace($('#framework-options'), list.map((f) => radio({ id: `framework-${f.code}`, name: 'framework', value: f.code, text: f.name, hint: years(f) })));
  replace($('#kind-options'), Object.entries(INSPECTION_KINDS).map(([k, text]) => radio({ id: `kind-${k}`, name: 'kind', value: k, text })));
  const known = new Map(services.map((s) => [s.id, s]));
  if (inspection && !known.has(inspection.service.id)) known.set(inspection.service.id, inspection.service);
  const chosenService = inspection?.service.id ?? new URLSearchParams(location.search).get('serviceId') ?? '';
  fillOptions($('#serviceId'), [...known.values()].sort((a, b) => a.name.localeCompare(b.name)).map((s) => [s.id, s.name]),
    { empty: 'Choose a service', selected: chosenService });
  fillOptions($('#publishedOverall'), RATED, { empty: 'Choose a rating' });
  if (inspection) {
    version = inspection.version;
    fill(inspection);
    $('#form-caption').textContent = `${inspection.service.name}${inspection.published ? `, published ${inspection.published}` : ''}`;
    if (isPublished()) $('#form-heading').textContent = 'Correct a published inspection';
    $('#cancel').href = `/inspections/${id}`;
    show($('#reason-group'), isPublished());
  } else {
    showFramework();
    showJoint();
  }
  show($('#no-recommendations'), rows.length === 0);
  replace($('#form-status'));
  show(form);
  show(panel);
  await loadServiceOrganisations();
  await assess();
} catch (error) {
  showPageError($('#form-status'), error);
}
