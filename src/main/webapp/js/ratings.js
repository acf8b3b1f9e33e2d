// Ratings shown as the inspectorate's reports colour them: dark green Outstanding, green Good,
// amber Requires improvement, red Inadequate.
import { el } from '/js/dom.js';
import { RATINGS, label } from '/js/labels.js';

const slug = (rating) => (rating ?? 'none').toLowerCase().replace(/_/g, '-');

/** A coloured badge for a rating; "Not given" when there is none. */
export function ratingBadge(rating, { id } = {}) {
  if (!rating) return el('span', { class: 'tracker-rating tracker-rating--none', id }, 'Not given');
  return el('span', { class: `tracker-rating tracker-rating--${slug(rating)}`, id, 'data-rating': rating }, label(RATINGS, rating));
}

/** "28 out of 36" or '' when there is no score. */
export const scoreText = (score, max = 36) => (score === null || score === undefined ? '' : `${score} out of ${max ?? 36}`);

/** The class a table cell takes to be coloured like the rating. */
export const ratingCellClass = (rating) => `tracker-rating-cell tracker-rating-cell--${slug(rating)}`;
