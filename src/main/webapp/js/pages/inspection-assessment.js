// The inspection form's check, as one types: the figures on the form go to the API's assessment
// (the same rules as the form's "Check ratings" button) and the panel the server rendered is
// brought up to date. Every word and rating badge is taken from the page; no rule is kept here.
import { post } from '/js/api.js';

const form = document.getElementById('inspection-form');
const panel = document.getElementById('assessment-panel');
const parts = document.getElementById('assessment-parts')?.content;

/** A whole number typed in a field, or null (the API then reports what is missing). */
function whole(value) {
  const text = (value ?? '').trim().replace(/\s*%$/, '');
  return /^-?\d{1,9}$/.test(text) ? Number(text) : null;
}

/** The figures the assessment reads, named as the form names them (as the API does). */
function figures() {
  const data = new FormData(form);
  const framework = data.get('framework');
  const standards = [];
  for (const select of form.querySelectorAll('select[name^="standards."][name$=".rating"]')) {
    const code = select.name.slice('standards.'.length, -'.rating'.length);
    const keyQuestions = [...form.querySelectorAll('input[name^="standards."][name$=".percentYes"]')]
      .filter((input) => input.name.startsWith(`standards.${code}.keyQuestions[`))
      .map((input) => ({ percentYes: whole(input.value) }));
    const answered = keyQuestions.some((kq) => kq.percentYes !== null);
    standards.push({
      code,
      rating: select.value || null,
      keyQuestions: answered ? keyQuestions : [],
      discretionFrom: data.get(`standards.${code}.discretionFrom`) || null,
    });
  }
  return {
    framework,
    publishedScore: whole(data.get('publishedScore')),
    publishedOverall: data.get('publishedOverall') || null,
    standards,
  };
}

const idOf = (field) => field.replace(/[^A-Za-z0-9-]/g, '-');

function badge(rating) {
  const found = parts.querySelector(`[data-rating="${rating}"]`);
  return found ? found.cloneNode(true) : document.createTextNode(rating);
}

function warning(message) {
  const node = parts.querySelector('.govuk-warning-text').cloneNode(true);
  node.querySelector('[data-message]').textContent = message;
  return node;
}

/** Replaces a node's content only when it changed, so the live region speaks only of changes. */
function update(node, key, ...content) {
  if (!node || node.dataset.key === key) return;
  node.dataset.key = key;
  node.replaceChildren(...content);
}

function noWarnings() {
  const node = parts.querySelector('#no-warnings-template').cloneNode(true);
  node.id = 'no-warnings';
  return node;
}

/** The warnings, each linked to the field it is about where the form has one. */
function warningList(disagreements) {
  const list = document.createElement('ul');
  list.className = 'govuk-list govuk-list--bullet govuk-body-s tracker-warnings';
  list.id = 'warning-list';
  for (const d of disagreements) {
    const item = document.createElement('li');
    item.dataset.kind = d.kind;
    if (d.standard) item.dataset.standard = d.standard;
    const target = d.field ? document.getElementById(idOf(d.field)) : null;
    if (target) {
      const link = document.createElement('a');
      link.className = 'govuk-link';
      link.href = `#${target.id}`;
      link.textContent = d.message;
      item.append(link);
    } else {
      item.textContent = d.message;
    }
    list.append(item);
  }
  return list;
}

function show(assessment) {
  const score = document.getElementById('assessment-score');
  if (score) {
    const known = assessment.computedScore !== null && assessment.computedScore !== undefined;
    const text = known
      ? score.dataset.known.replace('{score}', assessment.computedScore).replace('{max}', assessment.maxScore)
      : score.dataset.unknown;
    update(score, text, text);
  }
  const overall = document.getElementById('assessment-overall');
  if (overall) {
    const rating = assessment.computedOverall;
    update(overall, rating ?? '', rating ? badge(rating) : overall.dataset.unknown);
  }
  const disagreements = assessment.disagreements ?? [];
  update(document.getElementById('assessment-warnings'), JSON.stringify(disagreements),
    disagreements.length === 0 ? noWarnings() : warningList(disagreements));
  for (const block of form.querySelectorAll('.tracker-standard[data-code]')) {
    const code = block.dataset.code;
    const key = idOf(`standards.${code}.`);
    const derived = document.getElementById(`${key}derived`);
    const rating = assessment.derivedRatings?.[code] ?? null;
    if (derived) update(derived, rating ?? '', rating ? badge(rating) : derived.dataset.unknown);
    const own = disagreements.filter((d) => d.standard === code).map((d) => d.message);
    update(document.getElementById(`${key}warnings`), JSON.stringify(own), ...own.map(warning));
  }
}

let timer;
let latest = 0;

function setState(state) {
  panel.dataset.state = state;
  const text = panel.dataset[state];
  if (text) document.getElementById('assessment-status').textContent = text;
}

async function check() {
  latest += 1;
  const ticket = latest;
  setState('checking');
  try {
    const assessment = await post('/inspections/assessment', figures());
    if (ticket !== latest) return; // the figures changed meanwhile: a newer check is on its way
    show(assessment);
    setState('ready');
  } catch (error) {
    if (ticket === latest) setState('failed');
  }
}

function schedule() {
  clearTimeout(timer);
  latest += 1;
  panel.dataset.state = 'pending';
  timer = setTimeout(check, 300);
}

if (form && panel && parts) {
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
}
