// The confirmed themes of an inspection's recommendations, as tags linking to each theme's page,
// added beneath each recommendation that recommendationsByAddressee drew (li#recommendation-N).
import { get } from '/js/api.js';
import { el, link, tag } from '/js/ui.js';

export async function showThemeTags(inspectionId, root = document) {
  let view;
  try {
    view = await get(`/inspections/${inspectionId}/themes`);
  } catch (error) {
    return; // Themes are extra: the inspection reads the same without them.
  }
  for (const r of view.recommendations) {
    const item = root.querySelector(`#recommendation-${r.number}`);
    if (!item || !r.confirmed.length) continue;
    item.append(el('p', { class: 'govuk-body-s tracker-theme-tags', id: `themes-${r.number}` },
      el('span', { class: 'govuk-visually-hidden' }, 'Themes: '),
      r.confirmed.map((t) => [link(`/themes/${t.id}`, tag(t.name, 'purple'), { class: 'govuk-link tracker-theme-tag' }), ' '])));
  }
}
