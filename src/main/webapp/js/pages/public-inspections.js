// /public: published inspections for anybody, no sign-in: search by service name and region.
import { get } from '/js/api.js';
import { $ } from '/js/dom.js';
import { publishedText, plural } from '/js/format.js';
import { REGIONS, label } from '/js/labels.js';
import { bindFilters, pageFromUrl, showListError, showResults } from '/js/list.js';
import { ratingBadge, scoreText } from '/js/ratings.js';
import { fillOptions, link, table } from '/js/ui.js';

const form = $('#filters');

const inspectionsTable = (items) => table({
  id: 'public-inspections-table',
  caption: 'Published inspections',
  rows: items,
  empty: 'No published inspections match your search.',
  columns: [
    { heading: 'Service', cell: (i) => link(`/public/inspections/${i.id}`, i.service) },
    { heading: 'Published', cell: (i) => publishedText(i.published) },
    { heading: 'Region', cell: (i) => label(REGIONS, i.region) },
    { heading: 'Score', cell: (i) => scoreText(i.score) || '–' },
    { heading: 'Overall rating', cell: (i) => (i.overallRating ? ratingBadge(i.overallRating) : '–') },
  ],
});

try {
  fillOptions($('#region'), Object.entries(REGIONS), { empty: 'Any region' });
  const filters = bindFilters(form);
  const result = await get('/public/inspections', { ...filters, page: pageFromUrl(), size: 25 });
  showResults($('#results'), $('#result-count'), result, {
    table: inspectionsTable,
    countText: (n) => plural(n, 'published inspection'),
  });
} catch (error) {
  showListError(form, $('#results'), error);
}
