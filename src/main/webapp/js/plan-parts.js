// Pieces of improvement plans as pages show them: RAG badges (the owner's beside the one the dates
// suggest), the flags an action raises, status tags, target dates counted in days and dated status
// histories. Every flag, count and date comes from the server: nothing here works out a rule.
import { el } from '/js/dom.js';
import { formatDate, formatDateTime, plural } from '/js/format.js';
import { ACTION_STATUSES, PLAN_STATUSES, RAGS, RECOMMENDATION_STATUSES, label } from '/js/labels.js';
import { link, table, tag } from '/js/ui.js';

/** A coloured RAG badge; "None" in grey when there is no RAG. */
export function ragBadge(rag, { id } = {}) {
  if (!rag) return el('span', { class: 'tracker-rag tracker-rag--none', id }, 'None');
  return el('span', { class: `tracker-rag tracker-rag--${rag.toLowerCase()}`, id, 'data-rag': rag }, label(RAGS, rag));
}

/** The owner's latest RAG beside the RAG the dates suggest, each labelled. */
export function ragPair(action, idPrefix = `action-${action.id}`) {
  return el('div', { class: 'tracker-rag-pair', id: `${idPrefix}-rags` },
    el('span', { class: 'tracker-rag-pair__item' },
      el('span', { class: 'govuk-body-s tracker-rag-pair__label' }, 'Owner '),
      ragBadge(action.latestUpdate?.rag, { id: `${idPrefix}-owner-rag` })),
    el('span', { class: 'tracker-rag-pair__item' },
      el('span', { class: 'govuk-body-s tracker-rag-pair__label' }, 'Suggested '),
      ragBadge(action.flags?.suggestedRag, { id: `${idPrefix}-suggested-rag` })));
}

/** GOV.UK tags for Overdue, Due soon and No update for N days; null when none apply. */
export function flagTags(action, idPrefix = `action-${action.id}`) {
  const flags = action.flags ?? {};
  const tags = [];
  if (flags.overdue) {
    const days = -(flags.daysToTarget ?? 0);
    tags.push(el('strong', { class: 'govuk-tag govuk-tag--red', 'data-flag': 'overdue', title: days ? `${plural(days, 'day')} past its target date` : null }, 'Overdue'));
  }
  if (flags.dueSoon) {
    tags.push(el('strong', { class: 'govuk-tag govuk-tag--yellow', 'data-flag': 'due-soon' }, 'Due soon'));
  }
  if (flags.stale) {
    tags.push(el('strong', { class: 'govuk-tag govuk-tag--orange', 'data-flag': 'stale' },
      action.lastActivity ? `No update since ${formatDate(action.lastActivity)}` : 'No recent update'));
  }
  if (!tags.length) return null;
  return el('span', { class: 'tracker-flags', id: `${idPrefix}-flags` }, tags);
}

const ACTION_STATUS_COLOURS = { NOT_STARTED: 'grey', IN_PROGRESS: 'blue', COMPLETE: 'green', BLOCKED: 'red', CANCELLED: 'grey' };
export const actionStatusTag = (status, id) => withId(tag(label(ACTION_STATUSES, status), ACTION_STATUS_COLOURS[status]), id);

const RECOMMENDATION_STATUS_COLOURS = { OPEN: 'grey', IN_PROGRESS: 'blue', IMPLEMENTED: 'green', CLOSED_NOT_IMPLEMENTED: 'red' };
export const recommendationStatusTag = (status, id) => withId(tag(label(RECOMMENDATION_STATUSES, status), RECOMMENDATION_STATUS_COLOURS[status]), id);

const PLAN_STATUS_COLOURS = { DRAFT: 'grey', ENDORSED: 'blue', SUBMITTED: 'turquoise', ACTIVE: 'green', CLOSED: 'grey' };
export const planStatusTag = (status, id) => withId(tag(label(PLAN_STATUSES, status), PLAN_STATUS_COLOURS[status]), id);

function withId(node, id) {
  if (id) node.id = id;
  return node;
}

/** "31 March 2027 (in 12 days)", "… (3 days ago)", or "No target date"; a finished action's date uncounted. */
export function targetText(action) {
  if (!action.targetDate) return 'No target date';
  const days = action.flags?.daysToTarget;
  if (days === null || days === undefined || action.finished) return formatDate(action.targetDate);
  const when = days === 0 ? 'today' : days > 0 ? `in ${plural(days, 'day')}` : `${plural(-days, 'day')} ago`;
  return `${formatDate(action.targetDate)} (${when})`;
}

/** "Solihull Police, A. Lead" or just the organisation. */
export const leadText = (action) => [action.leadOrganisation?.name, action.leadPerson].filter(Boolean).join(', ');

/** "Recommendation 1", "Recommendations 1 and 3", or the area for improvement. */
export function answersText(action) {
  const numbers = action.recommendationNumbers ?? [];
  if (!numbers.length) return action.areaForImprovement ? `Area for improvement: ${action.areaForImprovement}` : '';
  if (numbers.length === 1) return `Recommendation ${numbers[0]}`;
  return `Recommendations ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** Long text cut at a word for headings and links; the full text is shown elsewhere. */
export function shorten(text, max = 120) {
  const t = (text ?? '').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

/** Paragraphs of a narrative as people typed them (blank lines separate paragraphs). */
export const paragraphs = (text, attributes = {}) => (text ?? '').split(/\n\s*\n/).filter((p) => p.trim())
  .map((p) => el('p', { class: 'govuk-body tracker-narrative', ...attributes }, p.trim()));

/** A status of either kind in words: an action's entries carry action statuses, the rest a recommendation's. */
const statusWords = (entry, status) => label(entry.actionId ? ACTION_STATUSES : RECOMMENDATION_STATUSES, status);

/** "In progress → Complete", or just "Not started" for the first entry. */
export const changeText = (entry) => (entry.from
  ? `${statusWords(entry, entry.from)} → ${statusWords(entry, entry.to)}`
  : statusWords(entry, entry.to));

/**
 * A dated status history as a GOV.UK table, oldest first: when, from → to, who, why; with
 * `subject`, what changed too (an action links to its page). Who is empty where the server leaves
 * it out (the tracker moved it, or the reader is a partner).
 */
export function statusHistoryTable(entries, id, { subject = false, caption } = {}) {
  return table({
    id,
    caption,
    rows: entries,
    empty: 'No change of status has been recorded yet.',
    columns: [
      { heading: 'Date', cell: (e) => formatDateTime(e.at) },
      subject ? { heading: 'What', cell: (e) => (e.actionId ? link(`/actions/${e.actionId}`, e.subject) : e.subject) } : null,
      { heading: 'Change', cell: (e) => el('span', { 'data-to': e.to }, changeText(e)) },
      { heading: 'Who', cell: (e) => e.by ?? '' },
      { heading: 'Why', cell: (e) => e.reason ?? '' },
    ].filter(Boolean),
  });
}
