// An entity of the knowledge base: its names, posts and Wikidata id, who it is connected to, when
// it was written about, its facts and the documents that mention it.

import { h, clear, count, formatDate } from '../dom.js';
import { getJson, describeError } from '../api.js';
import { CLASSES, coarseOf, typeName } from '../labels.js';
import { factsTable, kbFacts } from '../facts.js';
import { relationGraph, graphLegend } from '../graph.js';
import { mentionTimeline } from '../timeline.js';

export async function entityPage(main, id) {
  clear(main).append(h('p', { class: 'loading' }, 'Загрузка…'));
  let p;
  try {
    p = await getJson('/api/entities/' + encodeURIComponent(id));
  } catch (e) {
    clear(main).append(h('div', { class: 'error-box', role: 'alert' }, describeError(e)));
    return;
  }
  const e = p.entity;
  const c = coarseOf(e.entityClass);
  document.title = `${e.name} — Фактограф`;

  const classes = new Map([[e.id, e.entityClass], ...p.related.map(r => [r.entity.id, r.entity.entityClass])]);
  const otherNames = p.aliases.filter(a => a.name !== e.name);
  const head = h('section', { class: 'card entity-head', id: 'entity-head', 'data-class': e.entityClass },
    h('div', null,
      h('span', { class: ['badge', 'c-' + c] }, (CLASSES[c] || CLASSES.MISC).one),
      h('h1', { id: 'entity-name' }, e.name),
      h('div', { class: 'meta' },
        h('span', null, typeName(e.type)),
        e.wikidata ? h('span', null, 'Wikidata: ', h('a', { href: 'https://www.wikidata.org/wiki/' + encodeURIComponent(e.wikidata),
          rel: 'noopener noreferrer', target: '_blank', id: 'wikidata' }, e.wikidata)) : h('span', { class: 'muted' }, 'нет в Wikidata'),
        h('span', { class: 'muted' }, '#' + e.id)),
      h('div', { class: 'facts-line' },
        h('div', { class: 'row' }, h('span', null, 'Другие имена'),
          otherNames.length ? h('div', { class: 'chips', id: 'aliases' }, otherNames.map(a =>
            h('span', { class: 'chip', title: count(a.occurrences, 'раз', 'раза', 'раз') }, a.name))) : h('span', { class: 'muted' }, '—')),
        h('div', { class: 'row' }, h('span', null, 'Должности'),
          p.posts.length ? h('div', { class: 'chips', id: 'posts' }, p.posts.map(x => h('span', { class: 'chip c-POS' }, x)))
            : h('span', { class: 'muted' }, '—')))),
    h('div', { class: 'stat-tiles' },
      tile(e.documentCount, 'документ', 'документа', 'документов'),
      tile(e.mentionCount, 'упоминание', 'упоминания', 'упоминаний'),
      tile(p.facts.length, 'факт', 'факта', 'фактов')));

  const graph = relationGraph(e, p.related, p.facts);
  const graphCard = h('section', { class: 'card', id: 'graph' },
    h('div', { class: 'card-head' }, h('h2', null, 'Связи'), h('span', { class: 'count' }, 'с кем упоминается и какие факты связывают')),
    h('div', { class: 'card-body graph' }, p.related.length ? [graph, graphLegend(graph)] : h('p', { class: 'empty' }, 'Связей пока нет.')));
  const timelineCard = h('section', { class: 'card', id: 'timeline' },
    h('div', { class: 'card-head' }, h('h2', null, 'Хронология упоминаний'),
      h('span', { class: 'count' }, count(p.timeline.length, 'документ', 'документа', 'документов'))),
    h('div', { class: 'card-body' }, p.timeline.length ? mentionTimeline(p.timeline, c) : h('p', { class: 'empty' }, 'Нет документов.')));

  const factsCard = h('section', { class: 'card', id: 'facts' },
    h('div', { class: 'card-head' }, h('h2', null, 'Факты'), h('span', { class: 'count' }, p.facts.length)),
    h('div', { class: 'card-body' }, factsTable(kbFacts(p.facts, id2 => classes.get(id2)), true)));

  const dates = new Map(p.timeline.map(t => [t.document, t.date]));
  const docs = h('section', { class: 'card', id: 'documents' },
    h('div', { class: 'card-head' }, h('h2', null, 'Документы'),
      h('span', { class: 'count' }, p.documentCount > p.mentions.length
        ? `первые ${p.mentions.length} из ${p.documentCount}` : p.documentCount)),
    h('div', { class: 'card-body' }, h('ul', { class: 'doc-list' }, p.mentions.map(m => h('li', null,
      h('a', { class: 'doc-title', href: '/documents/' + encodeURIComponent(m.document) }, m.title || m.document),
      h('div', { class: 'doc-meta' }, [formatDate(dates.get(m.document)), `как «${m.name}»`,
        count(m.mentionCount, 'упоминание', 'упоминания', 'упоминаний')].filter(Boolean).join(' · '),
        m.rule ? h('span', { class: 'rule', title: m.reason || '' }, ' · ' + (RULES[m.rule] || m.rule)) : null),
      h('div', { class: 'chips' }, [...new Set(m.mentions.map(x => x.text))].map(t => h('span', { class: ['chip', 'c-' + c] }, t))))))));

  clear(main).append(h('div', { class: 'stack' }, head, h('div', { class: 'grid-graph' }, graphCard, timelineCard), factsCard, docs));
}

/** How cross-document resolution put a document's entity here (kb rules; the reason in the tooltip). */
const RULES = {
  new: 'первое упоминание', 'full-name': 'совпали имя и фамилия', 'fuller-name': 'полное имя к известной фамилии',
  initials: 'по инициалам', 'surname-unique': 'единственный с этой фамилией', context: 'по общему контексту',
  ambiguous: 'неоднозначно', namesake: 'тёзка', 'same-name': 'то же название', correction: 'исправлено вручную',
};

function tile(n, one, few, many) {
  return h('div', { class: 'stat-tile' }, h('b', null, n.toLocaleString('ru-RU')), h('span', null, count(n, one, few, many).replace(/^[\d\s ]+/, '')));
}
