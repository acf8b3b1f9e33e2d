// Pieces of improvement plans as pages show them: RAG badges (the owner's beside the one the dates
// suggest), the flags an action raises, status tags and target dates counted in days.
import { el } from '/js/dom.js';
import { formatDate, plural } from '/js/format.js';
import { ACTION_STATUSES, PLAN_STATUSES, RAGS, RECOMMENDATION_STATUSES, label } from '/js/labels.js';
import { tag } from '/js/ui.js';

const DAY = 24 * 60 * 60 * 1000;
const ukToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Days from the ISO date `from` (YYYY-MM-DD) to today in the UK; null without a date. */
export function daysSince(from) {
  if (!from) return null;
  const today = Date.parse(`${ukToday.format(new Date())}T00:00:00Z`);
  const then = Date.parse(`${String(from).slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(then) ? null : Math.round((today - then) / DAY);
}

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
    const days = daysSince(action.lastActivity);
    tags.push(el('strong', { class: 'govuk-tag govuk-tag--orange', 'data-flag': 'stale' },
      days === null ? 'No recent update' : `No update for ${plural(days, 'day')}`));
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

/** "31 March 2027 (in 12 days)", "… (3 days ago)", or "No target date". */
export function targetText(action) {
  if (!action.targetDate) return 'No target date';
  const days = action.flags?.daysToTarget;
  const closed = action.status === 'COMPLETE' || action.status === 'CANCELLED';
  if (days === null || days === undefined || closed) return formatDate(action.targetDate);
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
