// A text with its mentions highlighted: nested spans for nested mentions, one colour per class,
// the canonical name in a tooltip. Offsets are Unicode code points, as the API gives them.

import { h } from './dom.js';
import { CLASSES, typeName } from './labels.js';

/**
 * Renders text into container.
 * mentions: [{start, end, coarse, type, name, key, href}] — key groups the mentions of one entity,
 * href (optional) makes the mention a link.
 */
export function renderHighlighted(container, text, mentions) {
  const chars = Array.from(text);
  const sorted = mentions
    .filter(m => m.end > m.start && m.start >= 0 && m.end <= chars.length)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const root = { start: 0, end: chars.length, children: [] };
  const stack = [root];
  for (const m of sorted) {
    while (stack.length > 1 && m.start >= stack[stack.length - 1].end) stack.pop();
    const top = stack[stack.length - 1];
    if (m.end > top.end) continue; // crosses a mention it starts inside: cannot nest, left out
    const node = { m, start: m.start, end: m.end, children: [] };
    top.children.push(node);
    stack.push(node);
  }
  const slice = (a, b) => chars.slice(a, b).join('');
  // a line break ends a paragraph: a block with a little space instead of the bare character
  const appendText = (a, b, parent) => {
    const parts = slice(a, b).split(/\r\n|\n|\r/);
    parts.forEach((part, i) => {
      if (i > 0) parent.appendChild(h('span', { class: 'pb' }));
      if (part) parent.appendChild(document.createTextNode(part));
    });
  };
  const emit = (node, parent) => {
    let pos = node.start;
    for (const child of node.children) {
      if (child.start > pos) appendText(pos, child.start, parent);
      const el = markOf(child.m);
      emit(child, el);
      parent.appendChild(el);
      pos = child.end;
    }
    if (pos < node.end) appendText(pos, node.end, parent);
  };
  emit(root, container);
  attachTooltip(container);
}

function markOf(m) {
  const attrs = {
    class: ['ent', 'c-' + m.coarse],
    'data-coarse': m.coarse,
    'data-type': m.type,
    'data-name': m.name || null,
    'data-key': m.key || null,
  };
  if (m.href) return h('a', { ...attrs, href: m.href });
  return h('mark', attrs);
}

/** One floating tooltip for the innermost mention under the pointer. */
function attachTooltip(container) {
  const tip = document.getElementById('tooltip');
  if (!tip) return;
  container.addEventListener('mouseover', e => {
    const el = e.target.closest('.ent');
    if (!el || !container.contains(el)) { tip.hidden = true; return; }
    const cls = CLASSES[el.dataset.coarse];
    tip.replaceChildren(
      h('div', { class: 'tip-name' }, el.dataset.name || el.textContent),
      h('div', { class: 'tip-type' }, typeName(el.dataset.type) + (cls ? ' · ' + cls.one.toLowerCase() : '')),
    );
    tip.hidden = false;
    const r = el.getBoundingClientRect();
    const w = tip.offsetWidth;
    const left = Math.max(8, Math.min(window.innerWidth - w - 8, r.left + r.width / 2 - w / 2));
    const above = r.top - tip.offsetHeight - 8;
    tip.style.left = left + 'px';
    tip.style.top = (above > 8 ? above : r.bottom + 8) + 'px';
  });
  container.addEventListener('mouseleave', () => { tip.hidden = true; });
}

/** A legend of the classes present, with counts; a click hides or shows a class's highlights. */
export function legend(article, mentions) {
  const counts = {};
  for (const m of mentions) counts[m.coarse] = (counts[m.coarse] || 0) + 1;
  const bar = h('div', { class: 'legend' });
  for (const c of Object.keys(CLASSES)) {
    if (!counts[c]) continue;
    const b = h('button', { type: 'button', class: 'c-' + c, 'data-coarse': c, title: 'Показать или скрыть' },
      h('span', { class: 'dot' }), CLASSES[c].many, h('span', { class: 'n' }, counts[c]));
    b.addEventListener('click', () => {
      b.classList.toggle('off');
      article.classList.toggle('hide-' + c);
    });
    bar.appendChild(b);
  }
  return bar;
}

/** Outlines every mention of an entity and scrolls to the first. */
export function focusEntity(article, key) {
  for (const el of article.querySelectorAll('.ent.focus')) el.classList.remove('focus');
  const marks = [...article.querySelectorAll('.ent')].filter(el => el.dataset.key === key);
  for (const el of marks) el.classList.add('focus');
  if (marks.length) marks[0].scrollIntoView({ behavior: 'smooth', block: 'center' });
}
