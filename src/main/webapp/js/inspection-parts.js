// Pieces of an inspection as pages show them: the ratings table with key-question bars, the
// disagreements with the rules, and the recommendations grouped by addressee.
import { el } from '/js/dom.js';
import { KINDS, RATINGS, label } from '/js/labels.js';
import { ratingBadge, ratingCellClass } from '/js/ratings.js';
import { bulletList, link, tag } from '/js/ui.js';

const BAND_MARKS = [50, 65, 80];

/** One key question as a bar coloured by its band, with the band boundaries marked. */
export function keyQuestionBar(question, code) {
  const id = `kq-${code}-${question.position}`;
  return el('div', { class: 'tracker-kq', id },
    el('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' },
      `${question.question}: `, el('strong', {}, `${question.percentYes}%`),
      question.band ? ` (${label(RATINGS, question.band)})` : ''),
    el('div', { class: 'tracker-bar', role: 'img', 'aria-label': `${question.percentYes}% of cases answered Yes` },
      el('div', { class: `tracker-bar__fill ${ratingCellClass(question.band)}`, 'data-percent': question.percentYes }),
      BAND_MARKS.map((mark) => el('span', { class: 'tracker-bar__mark', 'data-mark': mark }))),
    (question.prompts ?? []).length ? el('details', { class: 'govuk-details govuk-!-margin-bottom-2' },
      el('summary', { class: 'govuk-details__summary' }, el('span', { class: 'govuk-details__summary-text' }, `Prompts (${question.prompts.length})`)),
      el('div', { class: 'govuk-details__text' }, el('ul', { class: 'govuk-list govuk-body-s' },
        question.prompts.map((p) => el('li', {}, `${p.text}: `, el('strong', {}, `${p.percentYes}%`)))))) : null);
}

/** Widths come from data attributes, set as properties: the CSP forbids inline style attributes. */
export function sizeBars(root) {
  for (const fill of root.querySelectorAll('.tracker-bar__fill[data-percent]')) fill.style.width = `${fill.dataset.percent}%`;
  for (const mark of root.querySelectorAll('.tracker-bar__mark[data-mark]')) mark.style.left = `${mark.dataset.mark}%`;
}

function discretionNote(standard) {
  const d = standard.discretion;
  return el('p', { class: 'govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0', id: `discretion-${standard.code}` },
    el('strong', {}, 'Professional discretion: '),
    `moved from ${label(RATINGS, d.from)} to ${label(RATINGS, d.to)}`,
    d.reason ? `. ${d.reason}` : '');
}

function findings(standard) {
  const strengths = standard.strengths ?? [];
  const areas = standard.areasForImprovement ?? [];
  if (!strengths.length && !areas.length) return null;
  return el('details', { class: 'govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0' },
    el('summary', { class: 'govuk-details__summary' },
      el('span', { class: 'govuk-details__summary-text' }, `Strengths (${strengths.length}) and areas for improvement (${areas.length})`)),
    el('div', { class: 'govuk-details__text' },
      el('h4', { class: 'govuk-heading-s' }, 'Strengths'), bulletList(strengths),
      el('h4', { class: 'govuk-heading-s' }, 'Areas for improvement'), bulletList(areas)));
}

/** The ratings table, one row per standard, grouped by domain, coloured as reports colour it. */
export function ratingsTable(standards) {
  const rows = [];
  let domain = null;
  for (const s of standards) {
    if (s.domain !== domain) {
      domain = s.domain;
      rows.push(el('tr', { class: 'govuk-table__row' },
        el('th', { class: 'govuk-table__header', colspan: 3, scope: 'colgroup' }, domain)));
    }
    const differs = s.derivedRating && s.rating !== s.derivedRating;
    rows.push(el('tr', { class: 'govuk-table__row', id: `standard-${s.code}` },
      el('th', { class: 'govuk-table__header', scope: 'row' },
        `${s.code} ${s.name}`, s.scored ? null : el('span', { class: 'govuk-hint govuk-body-s' }, ' (not scored)'),
        s.discretion ? discretionNote(s) : null, findings(s)),
      el('td', { class: `govuk-table__cell ${ratingCellClass(s.rating)}`, 'data-rating': s.rating }, label(RATINGS, s.rating)),
      el('td', { class: 'govuk-table__cell' },
        s.keyQuestions.length
          ? [s.keyQuestions.map((q) => keyQuestionBar(q, s.code)),
            el('p', { class: 'govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0' },
              'From the lowest key question: ', s.derivedRating ? ratingBadge(s.derivedRating) : 'not enough results',
              differs && !s.discretion ? [' ', tag('Differs from the published rating', 'red')] : null)]
          : el('span', { class: 'govuk-hint govuk-body-s' }, 'Judged on the evidence, not from key questions'))));
  }
  return el('table', { class: 'govuk-table', id: 'ratings-table' },
    el('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, 'Ratings'),
    el('thead', { class: 'govuk-table__head' }, el('tr', { class: 'govuk-table__row' },
      el('th', { class: 'govuk-table__header', scope: 'col' }, 'Standard'),
      el('th', { class: 'govuk-table__header', scope: 'col' }, 'Published rating'),
      el('th', { class: 'govuk-table__header', scope: 'col' }, 'Key questions (% of cases answered Yes)'))),
    el('tbody', { class: 'govuk-table__body' }, rows));
}

/** The disagreements with the framework's rules as a warning, or nothing when there are none. */
export function disagreementsWarning(disagreements, id = 'disagreements') {
  if (!disagreements?.length) return null;
  return el('div', { class: 'govuk-warning-text', id },
    el('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    el('div', { class: 'govuk-warning-text__text' },
      el('span', { class: 'govuk-visually-hidden' }, 'Warning'),
      el('p', { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1' },
        disagreements.length === 1 ? 'The recorded figures disagree with the framework\'s rules in 1 place' : `The recorded figures disagree with the framework's rules in ${disagreements.length} places`),
      el('ul', { class: 'govuk-list govuk-list--bullet tracker-warnings govuk-!-font-weight-regular' },
        disagreements.map((d) => el('li', { 'data-kind': d.kind }, d.message))),
      el('p', { class: 'govuk-body-s govuk-!-font-weight-regular' }, 'Published values are kept as published.')));
}

/** Recommendations under their addressee headings, in number order. */
export function recommendationsByAddressee(recommendations) {
  if (!recommendations.length) return el('p', { class: 'govuk-body', id: 'recommendations' }, 'No recommendations recorded.');
  const groups = [];
  for (const r of [...recommendations].sort((a, b) => a.number - b.number)) {
    const heading = r.heading || 'Recommendations';
    const last = groups[groups.length - 1];
    if (last && last.heading === heading) last.items.push(r);
    else groups.push({ heading, items: [r] });
  }
  return el('div', { id: 'recommendations' }, groups.map((g) => el('section', { class: 'tracker-recommendation-group' },
    el('h3', { class: 'govuk-heading-s' }, g.heading),
    el('ol', { class: 'govuk-list govuk-list--number', start: g.items[0].number },
      g.items.map((r) => el('li', { id: `recommendation-${r.number}`, value: r.number },
        el('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, r.text),
        el('p', { class: 'govuk-body-s govuk-!-margin-bottom-3' },
          (r.ownerKinds ?? []).map((k) => [el('strong', { class: 'govuk-tag govuk-tag--blue tracker-owner-tag' }, label(KINDS, k)), ' ']),
          (r.owners ?? []).length ? ['Owned by ', r.owners.map((o, i) => [i ? ', ' : '', link(`/organisations/${o.id}`, o.name)]), '. '] : null,
          (r.standards ?? []).length ? `Relates to ${r.standards.join(', ')}.` : null)))))));
}
