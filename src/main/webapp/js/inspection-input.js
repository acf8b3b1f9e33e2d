// Reading what an inspector types into an inspection's fields, and finding the field again from
// the names the API gives (validation errors such as "standards[3].keyQuestions[1].percentYes",
// disagreements such as "standards.2.1.rating"). Pure functions: no DOM.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n) => String(n).padStart(2, '0');

function month(name) {
  const text = name.toLowerCase().replace(/\.$/, '');
  if (text.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(text));
  return index < 0 ? null : index + 1;
}

/**
 * A date as the API takes it: "2023-12" (month only, when allowMonth) or "2023-12-05", read from
 * ISO text, "December 2023", "5 December 2023", "12/2023" or "5/12/2023". Text it cannot read is
 * answered unchanged, so the API names the field and says what it expects.
 */
export function isoDate(value, { allowMonth = false } = {}) {
  const text = (value ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (/^\d{4}-\d{2}$/.test(text)) return text;
  let m = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (m) return `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  m = text.match(/^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/);
  if (m && month(m[2])) return `${m[3]}-${pad(month(m[2]))}-${pad(m[1])}`;
  if (allowMonth) {
    m = text.match(/^(\d{1,2})[/.-](\d{4})$/);
    if (m) return `${m[2]}-${pad(m[1])}`;
    m = text.match(/^([A-Za-z]+\.?),? (\d{4})$/);
    if (m && month(m[1])) return `${m[2]}-${pad(month(m[1]))}`;
  }
  return text;
}

/**
 * A whole number typed in a field: { value } (null when empty) or { invalid: true }. A trailing
 * "%" and spaces are allowed.
 */
export function wholeNumber(value) {
  const text = (value ?? '').trim().replace(/\s*%$/, '').replace(/,/g, '');
  if (!text) return { value: null };
  if (!/^-?\d{1,9}$/.test(text)) return { invalid: true };
  return { value: Number(text) };
}

/** A textarea with one item per line → the non-empty lines, trimmed. */
export const lines = (text) => (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/**
 * Prompts typed one per line as "67% Was the assessment…" (or "67 Was…", "67 - Was…"). A line
 * without a percentage is kept with percentYes null, for the API to point at.
 */
export function prompts(text) {
  return lines(text).map((line) => {
    const m = line.match(/^(\d{1,3})(?:\s*%|\s*[-–:|]|\s)\s*(.+)$/);
    return m ? { text: m[2].trim(), percentYes: Number(m[1]) } : { text: line, percentYes: null };
  });
}

export const promptsText = (list) => (list ?? []).map((p) => `${p.percentYes}% ${p.text}`).join('\n');

/** An id-safe form of a standard's code: "2.1" → "2_1". */
export const codeKey = (code) => String(code).replace(/[^A-Za-z0-9]/g, '_');

/** The data-field (and id) of a standard's control: part is rating, kq0…, discretionFrom, … */
export const standardField = (code, part) => `std-${codeKey(code)}-${part}`;

/** The data-field (and id) of a recommendation row's control; uid is the row's own number. */
export const recommendationField = (uid, part) => `rec-${uid}-${part}`;

const STANDARD_PARTS = ['rating', 'discretionFrom', 'discretionReason', 'strengths', 'areasForImprovement'];
const RECOMMENDATION_PARTS = ['number', 'heading', 'text', 'ownerKinds', 'ownerIds', 'standards'];

/** The form's field for what follows "standards[i]." or "standards.<code>." in an API name. */
function standardPart(code, rest) {
  const kq = rest.match(/^keyQuestions\[(\d+)](?:\.(\w+))?/);
  if (kq) return standardField(code, kq[2] === 'prompts' ? `kq${kq[1]}-prompts` : `kq${kq[1]}`);
  if (rest.startsWith('keyQuestions')) return standardField(code, 'kq0');
  const part = rest.match(/^\w+/)?.[0];
  return standardField(code, STANDARD_PARTS.includes(part) ? part : 'rating');
}

/**
 * Where a validation error of the API belongs in the form. sent is the body that was sent (its
 * standards say which code standards[i] was); rowIds[i] is the uid of recommendations[i]'s row.
 * Answers { field, standard?, keyQuestion?, recommendation? } — field is a data-field key.
 */
export function locateError(name, sent, rowIds) {
  const field = name ?? '';
  let m = field.match(/^standards\[(\d+)]\.?(.*)$/);
  if (m) {
    const code = sent?.standards?.[Number(m[1])]?.code;
    if (!code) return { field: 'standards' };
    const kq = m[2].match(/^keyQuestions\[(\d+)]/);
    return { field: standardPart(code, m[2]), standard: code, keyQuestion: kq ? Number(kq[1]) : null };
  }
  m = field.match(/^recommendations\[(\d+)]\.?(\w*)/);
  if (m) {
    const index = Number(m[1]);
    const uid = rowIds?.[index];
    if (uid === undefined) return { field: 'recommendations' };
    const part = RECOMMENDATION_PARTS.includes(m[2]) ? m[2] : 'number';
    return { field: recommendationField(uid, part), recommendation: index };
  }
  return { field: field.replace(/\[.*?]/g, '').split('.')[0] };
}

/** The id of the control a disagreement (field "standards.2.1.keyQuestions[0].percentYes") is about. */
export function disagreementTarget(disagreement) {
  const { field, standard } = disagreement ?? {};
  if (!field) return null;
  if (standard) {
    const prefix = `standards.${standard}.`;
    if (!field.startsWith(prefix)) return null;
    const rest = field.slice(prefix.length);
    return rest === 'code' ? null : standardPart(standard, rest);
  }
  return field.replace(/\[.*?]/g, '').split('.')[0];
}

const ORDER = ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'];

/**
 * The band a key question's % Yes falls in under the framework's bands (best band first), or null.
 * Only used to show a standard's rating from its key questions before a published rating is
 * chosen; once it is, the assessment from the API is what the form shows.
 */
export function bandOf(framework, percent) {
  if (percent === null || percent === undefined || percent < 0 || percent > 100) return null;
  const bands = [...(framework?.bands ?? [])]
    .filter((b) => b.minPercent !== null && b.minPercent !== undefined)
    .sort((a, b) => ORDER.indexOf(a.rating) - ORDER.indexOf(b.rating));
  return bands.find((b) => percent >= b.minPercent)?.rating ?? null;
}

/** The highest score the framework allows: Outstanding's points for every scored standard. */
export function maxScoreOf(framework) {
  const points = framework?.bands?.find((b) => b.rating === 'OUTSTANDING')?.points;
  const scored = (framework?.domains ?? []).flatMap((d) => d.standards).filter((s) => s.scored).length;
  return points !== null && points !== undefined && scored ? points * scored : null;
}
