// Analyse: paste or upload a text; see it with its entities highlighted, the entities by class,
// the facts; export the analysis as JSON, CoNLL or brat.

import { h, clear, count } from '../dom.js';
import { post, describeError } from '../api.js';
import { CLASSES } from '../labels.js';
import { renderHighlighted, legend, focusEntity } from '../highlight.js';
import { factsTable, analysisFacts } from '../facts.js';

export function analysePage(main) {
  document.title = 'Анализ текста — Фактограф';
  const textarea = h('textarea', { id: 'text', name: 'text', spellcheck: 'false',
    placeholder: 'Вставьте текст новости на русском языке…' });
  const analyseButton = h('button', { type: 'submit', class: 'btn primary', id: 'analyse' }, 'Анализировать');
  const file = h('input', { type: 'file', id: 'file', class: 'file-input', accept: '.txt,.text,.html,.htm,text/plain,text/html' });
  const status = h('div', { id: 'status' });
  const result = h('div', { id: 'result' });
  const composer = h('form', { class: 'card composer', id: 'composer' },
    h('div', { class: 'card-body' },
      textarea,
      h('div', { class: 'composer-bar' },
        analyseButton,
        h('label', { class: 'btn', for: 'file' }, 'Загрузить файл…', file),
        h('span', { class: 'hint' }, 'Текст или HTML до 5 МБ; кодировка определяется автоматически.'))));
  const intro = h('div', { class: 'page-head', id: 'intro' },
    h('h1', null, 'Анализ текста'),
    h('p', null, 'Фактограф найдёт в новости людей, организации, места и даты, приведёт имена к начальной форме ' +
      'и соберёт факты: кто какую должность занимает, кто с кем встречался и что подписал.'));
  clear(main).append(intro, composer, status, result);

  let lastBody = null;
  const run = async (body, contentType, query) => {
    analyseButton.disabled = true;
    clear(status).append(h('p', { class: 'loading' }, 'Анализ…'));
    try {
      const started = performance.now();
      const analysis = await post('/api/extract' + (query || ''), body, contentType);
      lastBody = { body: analysis.document.text, contentType: 'text/plain; charset=utf-8', id: analysis.document.id };
      clear(status);
      showResult(result, analysis, performance.now() - started, () => {
        intro.hidden = false;
        composer.hidden = false;
        clear(result);
        textarea.focus();
      }, lastBody);
      intro.hidden = true;
      composer.hidden = true;
    } catch (e) {
      clear(status).append(h('div', { class: 'error-box', role: 'alert' }, describeError(e)));
    } finally {
      analyseButton.disabled = false;
    }
  };
  composer.addEventListener('submit', e => {
    e.preventDefault();
    if (!textarea.value.trim()) {
      clear(status).append(h('div', { class: 'error-box', role: 'alert' }, 'Вставьте текст или загрузите файл.'));
      return;
    }
    run(textarea.value, 'text/plain; charset=utf-8');
  });
  file.addEventListener('change', () => {
    const f = file.files[0];
    if (!f) return;
    if (f.size > 5 * 1024 * 1024) {
      clear(status).append(h('div', { class: 'error-box', role: 'alert' }, 'Файл больше 5 МБ: сервер его не примет.'));
      return;
    }
    run(f, 'application/octet-stream', '?name=' + encodeURIComponent(f.name));
    file.value = '';
  });
}

function showResult(result, a, millis, edit, lastBody) {
  const names = new Map(a.names.map(n => [n.mention, n.text]));
  const entityOf = new Map();
  for (const e of a.entities) for (const m of e.mentions) entityOf.set(m, e);
  const mentions = a.mentions.map(m => {
    const e = entityOf.get(m.id);
    return { start: m.start, end: m.end, coarse: m.coarse, type: m.type,
      name: e ? e.name : names.get(m.id) || m.text, key: e ? e.id : m.id };
  });
  const article = h('div', { class: 'article', id: 'article', lang: 'ru' });
  renderHighlighted(article, a.document.text, mentions);

  const exportButton = (label, format, extension, type) => h('button', { type: 'button', class: 'btn small', 'data-format': format,
    'on:click': async ev => {
      ev.currentTarget.disabled = true;
      try {
        const body = await post('/api/extract?format=' + format + (format === 'json' ? '&pretty=true' : ''),
          lastBody.body, lastBody.contentType);
        download(`${lastBody.id || 'text'}.${extension}`, typeof body === 'string' ? body : JSON.stringify(body, null, 2), type);
      } catch (e) {
        alert(describeError(e));
      } finally {
        ev.currentTarget.disabled = false;
      }
    } }, label);

  const head = h('div', { class: 'result-head' },
    h('div', { class: 'title-block' },
      h('div', { class: 'kicker' }, 'Результат анализа'),
      h('h1', null, a.document.title || 'Текст без заголовка'),
      h('div', { class: 'figures' },
        h('span', null, h('b', null, count(a.entities.length, 'сущность', 'сущности', 'сущностей'))),
        h('span', null, h('b', null, count(a.facts.length, 'факт', 'факта', 'фактов'))),
        h('span', null, count(a.mentions.length, 'упоминание', 'упоминания', 'упоминаний')),
        h('span', { class: 'muted' }, `${(millis / 1000).toFixed(2).replace('.', ',')} с`))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'btn', id: 'edit', 'on:click': edit }, 'Новый текст'),
      h('span', { class: 'label' }, 'Экспорт:'),
      h('div', { class: 'btn-group' },
        exportButton('JSON', 'json', 'json', 'application/json'),
        exportButton('CoNLL', 'conll', 'conll', 'text/plain'),
        exportButton('brat', 'brat', 'ann', 'text/plain'))));

  const groups = h('div', { class: 'entity-groups' });
  for (const c of Object.keys(CLASSES)) {
    const list = a.entities.filter(e => e.coarse === c);
    if (!list.length) continue;
    groups.appendChild(h('div', { class: 'entity-group c-' + c },
      h('h3', null, h('span', { class: 'dot' }), CLASSES[c].many),
      h('ul', null, list.map(e => h('li', { 'data-key': e.id, 'on:click': () => focusEntity(article, e.id) },
        h('span', { class: 'name' }, e.name), h('span', { class: 'n' }, e.mentions.length))))));
  }
  if (!a.entities.length) groups.appendChild(h('p', { class: 'empty' }, 'Сущностей не найдено.'));

  clear(result).append(
    head,
    h('div', { class: 'grid-main' },
      h('section', { class: 'card' }, legend(article, mentions), article),
      h('aside', { class: 'card' },
        h('div', { class: 'card-head' }, h('h2', null, 'Сущности'), h('span', { class: 'count' }, a.entities.length)),
        groups)),
    h('section', { class: 'card', id: 'facts' },
      h('div', { class: 'card-head' }, h('h2', null, 'Факты'), h('span', { class: 'count' }, a.facts.length)),
      h('div', { class: 'card-body' }, factsTable(analysisFacts(a), false))));
  result.classList.add('stack');
  window.scrollTo(0, 0);
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type: type + ';charset=utf-8' }));
  const link = h('a', { href: url, download: name });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
