// Search the knowledge base: entities by name, documents by the words they hold in any form.

import { h, clear, count, formatDate } from '../dom.js';
import { getJson, describeError } from '../api.js';
import { coarseOf, typeName } from '../labels.js';

export function searchPage(main) {
  document.title = 'Поиск — Фактограф';
  const params = new URLSearchParams(location.search);
  const input = h('input', { type: 'search', name: 'q', id: 'q', autocomplete: 'off', value: params.get('q') || '',
    placeholder: 'Имя, организация, место или слова: Кресс, Роснано, томская экономическая зона…' });
  const results = h('div', { id: 'results', class: 'stack' });
  const form = h('form', { class: 'search-form', role: 'search' }, input, h('button', { class: 'btn primary', type: 'submit' }, 'Найти'));
  clear(main).append(
    h('div', { class: 'page-head' }, h('h1', null, 'Поиск по базе'),
      h('p', null, 'Имена находятся в любом падеже (Кресса, кресс, Виктор Кресс), документы — по словам в любой форме: ' +
        '«Томской» найдёт и Томск, и Томскую область.')),
    h('div', { class: 'card' }, h('div', { class: 'card-body' }, form)),
    results);
  main.classList.add('stack');
  form.addEventListener('submit', e => {
    e.preventDefault();
    const q = input.value.trim();
    history.replaceState(null, '', q ? '/search?q=' + encodeURIComponent(q) : '/search');
    search(q, results);
  });
  if (input.value.trim()) search(input.value.trim(), results);
  else input.focus();
}

async function search(q, results) {
  if (!q) { clear(results); return; }
  clear(results).append(h('p', { class: 'loading' }, 'Поиск…'));
  try {
    const [entities, docs] = await Promise.all([
      getJson('/api/entities?limit=24&q=' + encodeURIComponent(q)),
      getJson('/api/search?limit=30&q=' + encodeURIComponent(q)),
    ]);
    clear(results).append(
      h('section', { class: 'card', id: 'entity-results' },
        h('div', { class: 'card-head' }, h('h2', null, 'Сущности'), h('span', { class: 'count' }, entities.entities.length)),
        h('div', { class: 'card-body' }, entities.entities.length
          ? h('div', { class: 'chips' }, entities.entities.map(e => {
            const c = coarseOf(e.entityClass);
            return h('a', { class: ['chip', 'c-' + c], href: '/entities/' + e.id,
              title: `${typeName(e.type)} · ${count(e.documentCount, 'документ', 'документа', 'документов')}` },
            e.name, h('span', { class: 'muted' }, ' ' + e.documentCount));
          }))
          : h('p', { class: 'empty' }, 'Ничего не нашлось.'))),
      h('section', { class: 'card', id: 'document-results' },
        h('div', { class: 'card-head' }, h('h2', null, 'Документы'), h('span', { class: 'count' }, docs.hits.length)),
        h('div', { class: 'card-body' }, docs.hits.length
          ? h('ul', { class: 'doc-list' }, docs.hits.map(hit => h('li', null,
            h('a', { class: 'doc-title', href: '/documents/' + encodeURIComponent(hit.document) }, hit.title || hit.document),
            h('div', { class: 'doc-meta' }, [formatDate(hit.date), hit.document].filter(Boolean).join(' · ')),
            h('div', { class: 'snippet' }, snippet(hit.snippet)))))
          : h('p', { class: 'empty' }, 'Ничего не нашлось.'))));
  } catch (e) {
    clear(results).append(h('div', { class: 'error-box', role: 'alert' }, describeError(e)));
  }
}

/** The server marks the matched word with [ ]: shown highlighted, the rest as text. */
function snippet(text) {
  const m = /\[([^\[\]\s][^\[\]]*)\]/.exec(text || '');
  if (!m) return text || '';
  return [text.slice(0, m.index), h('mark', null, m[1]), text.slice(m.index + m[0].length)];
}
