// Dates and lists as the GOV.UK style guide writes them: "23 November 2026", "2:05pm".

const UK = 'Europe/London';
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: UK });

const parse = (value) => {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** "23 November 2026", or '' when there is no date. */
export function formatDate(value) {
  const date = parse(value);
  return date ? dateFormat.format(date) : '';
}

/** "2:05pm" (UK time). */
export function formatTime(value) {
  const date = parse(value);
  if (!date) return '';
  const parts = Object.fromEntries(timeFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute}${(parts.dayPeriod ?? '').toLowerCase().replace(/\s|\./g, '')}`;
}

/** "23 November 2026 at 2:05pm". */
export function formatDateTime(value) {
  const date = parse(value);
  return date ? `${formatDate(date)} at ${formatTime(date)}` : '';
}

/** "1 organisation", "3 organisations". */
export const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** A publication date as reports give it: "July 2024" for a month, "22 January 2014" for a day. */
export function publishedText(published) {
  if (!published) return 'Not yet published';
  if (/^\d{4}-\d{2}$/.test(published)) {
    const [year, month] = published.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return formatDate(published);
}
