// A stored document: its text with the mentions highlighted (each a link to its entity), the
// entities it mentions and its facts.

import { h, clear, count, formatDate, safeUrl } from '../dom.js';
import { getJson, describeError } from '../api.js';
import { CLASSES, coarseOf } from '../labels.js';
import { renderHighlighted, legend } from '../highlight.js';
import { factsTable, kbFacts } from '../facts.js';

export async function documentPage(main, id) {
  clear(main).append(h('p', { class: 'loading' }, 'Загрузка…'));
  let d;
  try {
    d = await getJson('/api/documents/' + encodeURIComponent(id));
  } catch (e) {
    clear(main).append(h('div', { class: 'error-box', role: 'alert' }, describeError(e)));
    return;
  }
  document.title = `${d.title || d.id} — Фактограф`;
  const mentions = d.mentions.map(m => ({
    start: m.start, end: m.end, coarse: coarseOf(m.type), type: m.type,
    name: m.entityName || m.canonical || m.surface,
    key: m.entityId != null ? 'kb' + m.entityId : null,
    href: m.entityId != null ? '/entities/' + m.entityId : null,
  }));
  const article = h('div', { class: 'article', id: 'article', lang: 'ru' });
  renderHighlighted(article, d.text, mentions);

  const entities = new Map();
  for (const m of d.mentions) {
    if (m.entityId == null) continue;
    const e = entities.get(m.entityId) || { id: m.entityId, name: m.entityName, coarse: coarseOf(m.type), n: 0 };
    e.n++;
    entities.set(m.entityId, e);
  }
  const groups = h('div', { class: 'entity-groups' });
  for (const c of Object.keys(CLASSES)) {
    const list = [...entities.values()].filter(e => e.coarse === c);
    if (!list.length) continue;
    groups.appendChild(h('div', { class: 'entity-group c-' + c },
      h('h3', null, h('span', { class: 'dot' }), CLASSES[c].many),
      h('ul', null, list.map(e => h('li', null,
        h('a', { href: '/entities/' + e.id }, e.name), h('span', { class: 'n' }, e.n))))));
  }
  const classes = new Map([...entities.values()].map(e => [e.id, e.coarse]));
  clear(main).append(h('div', { class: 'stack' },
    h('div', { class: 'result-head' }, h('div', { class: 'title-block' },
      h('div', { class: 'kicker' }, 'Документ базы'),
      h('h1', null, d.title || d.id),
      h('div', { class: 'figures' }, [
        d.date ? h('span', null, formatDate(d.date)) : null,
        h('span', { class: 'muted' }, d.id),
        safeUrl(d.url) ? h('a', { href: safeUrl(d.url), rel: 'noopener noreferrer nofollow', target: '_blank' }, 'источник') : null,
        h('span', null, count(entities.size, 'сущность', 'сущности', 'сущностей')),
        h('span', null, count(d.facts.length, 'факт', 'факта', 'фактов'))]))),
    h('div', { class: 'grid-main' },
      h('section', { class: 'card' }, legend(article, mentions), article),
      h('aside', { class: 'card' },
        h('div', { class: 'card-head' }, h('h2', null, 'Сущности'), h('span', { class: 'count' }, entities.size)),
        entities.size ? groups : h('p', { class: 'empty' }, 'Нет сущностей.'))),
    h('section', { class: 'card', id: 'facts' },
      h('div', { class: 'card-head' }, h('h2', null, 'Факты'), h('span', { class: 'count' }, d.facts.length)),
      h('div', { class: 'card-body' }, factsTable(kbFacts(d.facts, x => classes.get(x)), false)))));
}
