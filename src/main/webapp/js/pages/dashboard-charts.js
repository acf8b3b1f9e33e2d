// Dashboards: a bar chart above each table marked data-chart, drawn from the figures the table
// itself holds (each row's th is the label, its [data-value] cell the figure). An enhancement only:
// the table stays and says the same, so the chart is hidden from screen readers.

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function draw(table) {
  const rows = [...table.tBodies[0]?.rows ?? []]
    .map((row) => ({ row, cell: row.querySelector('[data-value]') }))
    .filter(({ cell }) => cell && cell.dataset.value !== '')
    .map(({ row, cell }) => ({
      label: row.querySelector('th')?.textContent.trim() ?? '',
      value: Number(cell.dataset.value),
      kind: row.dataset.kind ?? '',
    }))
    .filter((r) => Number.isFinite(r.value));
  if (!rows.length) return;
  const max = Math.max(Number(table.dataset.chartMax) || 0, ...rows.map((r) => r.value), 1);
  const chart = element('div', 'tracker-bars govuk-body-s');
  chart.setAttribute('aria-hidden', 'true');
  chart.dataset.chartFor = table.id;
  for (const r of rows) {
    const line = element('div', 'tracker-bars__row');
    const track = element('div', 'tracker-bars__track');
    const fill = element('div', `tracker-bars__fill ${r.kind || 'tracker-bars__fill--plain'}`);
    fill.dataset.value = String(r.value);
    fill.style.width = `${(100 * r.value) / max}%`;
    track.append(fill);
    line.append(element('span', 'tracker-bars__label', r.label), track, element('span', 'tracker-bars__value', r.value.toLocaleString('en-GB')));
    chart.append(line);
  }
  table.after(chart);
}

document.querySelectorAll('table[data-chart]').forEach(draw);
