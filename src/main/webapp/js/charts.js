// Small SVG charts built with DOM calls (no library, nothing inline for the CSP to refuse).
// Each chart is aria-hidden: the page puts a table with the same figures beside it.

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return node;
}

function frame(id, width, height, label) {
  return svg('svg', {
    id, class: 'tracker-chart', viewBox: `0 0 ${width} ${height}`, width: '100%',
    role: 'img', 'aria-label': label, focusable: 'false', preserveAspectRatio: 'xMinYMin meet',
  });
}

/**
 * Horizontal bars: bars = [{ label, value, className }]. Each bar is labelled with its value.
 */
export function barChart({ id, label, bars }) {
  const rowHeight = 34;
  const labelWidth = 190;
  const width = 440;
  const height = bars.length * rowHeight + 10;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const chart = frame(id, width, height, label);
  bars.forEach((bar, i) => {
    const y = 5 + i * rowHeight;
    const length = Math.round(((width - labelWidth - 60) * bar.value) / max);
    chart.append(
      svg('text', { x: labelWidth - 8, y: y + 20, 'text-anchor': 'end', class: 'tracker-chart__label' }, bar.label),
      svg('rect', { x: labelWidth, y, width: Math.max(length, bar.value ? 2 : 0), height: rowHeight - 8, class: `tracker-chart__bar ${bar.className ?? ''}`, 'data-value': bar.value }),
      svg('text', { x: labelWidth + length + 6, y: y + 20, class: 'tracker-chart__value' }, bar.value));
  });
  return chart;
}

const PLOT = { left: 50, right: 45, top: 15, bottom: 45, width: 640, height: 260 };

function axes(chart, labels, max, unit) {
  const { left, top, bottom, width, height, right } = PLOT;
  const plotHeight = height - top - bottom;
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const y = top + plotHeight * (1 - tick);
    chart.append(
      svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'tracker-chart__grid' }),
      svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'tracker-chart__tick' }, `${Math.round(max * tick)}${unit}`));
  }
  const step = Math.max(1, Math.ceil(labels.length / 8));
  labels.forEach((text, i) => {
    if (i % step !== 0 && i !== labels.length - 1) return;
    chart.append(svg('text', { x: xAt(i, labels.length), y: height - bottom + 18, 'text-anchor': 'middle', class: 'tracker-chart__tick' }, text));
  });
}

function xAt(i, count) {
  const { left, right, width } = PLOT;
  const plotWidth = width - left - right;
  return left + (count <= 1 ? plotWidth / 2 : (plotWidth * (i + 0.5)) / count);
}

/** A line with a dot per point: points = [{ label, value }] (value null leaves a gap). */
export function lineChart({ id, label, points, max = 100, unit = '%' }) {
  const chart = frame(id, PLOT.width, PLOT.height, label);
  axes(chart, points.map((p) => p.label), max, unit);
  const plotHeight = PLOT.height - PLOT.top - PLOT.bottom;
  const yAt = (v) => PLOT.top + plotHeight * (1 - v / max);
  let path = '';
  points.forEach((p, i) => {
    if (p.value === null || p.value === undefined) return;
    path += `${path ? 'L' : 'M'}${xAt(i, points.length).toFixed(1)},${yAt(p.value).toFixed(1)}`;
  });
  if (path) chart.append(svg('path', { d: path, class: 'tracker-chart__line' }));
  points.forEach((p, i) => {
    if (p.value === null || p.value === undefined) return;
    chart.append(svg('circle', { cx: xAt(i, points.length), cy: yAt(p.value), r: 3, class: 'tracker-chart__dot', 'data-value': p.value }));
  });
  return chart;
}

/** Stacked columns: columns = [{ label, parts: [{ value, className }] }]. */
export function stackedColumns({ id, label, columns }) {
  const chart = frame(id, PLOT.width, PLOT.height, label);
  const totals = columns.map((c) => c.parts.reduce((sum, p) => sum + p.value, 0));
  // A multiple of 4, so the five ticks are whole numbers of actions.
  const max = Math.max(4, Math.ceil(Math.max(...totals, 0) / 4) * 4);
  axes(chart, columns.map((c) => c.label), max, '');
  const plotHeight = PLOT.height - PLOT.top - PLOT.bottom;
  const plotWidth = PLOT.width - PLOT.left - PLOT.right;
  const barWidth = Math.max(2, (plotWidth / Math.max(1, columns.length)) * 0.7);
  columns.forEach((column, i) => {
    let y = PLOT.top + plotHeight;
    for (const part of column.parts) {
      if (!part.value) continue;
      const h = (plotHeight * part.value) / max;
      y -= h;
      chart.append(svg('rect', { x: xAt(i, columns.length) - barWidth / 2, y, width: barWidth, height: h, class: `tracker-chart__bar ${part.className}` }));
    }
  });
  return chart;
}
