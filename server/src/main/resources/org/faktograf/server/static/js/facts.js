// The facts table, for facts of an analysis (arguments name entities of the document) and for
// facts of the knowledge base (arguments name kb entities; a document column).

import { h } from './dom.js';
import { FACT_TYPES, MODALITY, coarseOf, roleName, valueName } from './labels.js';

/**
 * facts: [{type, modality, args: [{role, value, coarse, href}], evidence, document}]
 * withSource: add the column of the document a fact comes from.
 */
export function factsTable(facts, withSource) {
  if (!facts.length) return h('p', { class: 'empty' }, 'Фактов не найдено.');
  const rows = facts.map(f => {
    const byRole = new Map();
    const args0 = f.args.filter(a => !(a.role === 'status' && a.value === 'current'));
    args0.sort((a, b) => roleRank(a.role) - roleRank(b.role));
    for (const a of args0) {
      if (!byRole.has(a.role)) byRole.set(a.role, []);
      byRole.get(a.role).push(a);
    }
    const args = h('dl', { class: 'args' });
    for (const [role, values] of byRole) {
      args.appendChild(h('dt', null, roleName(role)));
      args.appendChild(h('dd', null, values.map(valueChip)));
    }
    const modality = MODALITY[f.modality];
    return h('tr', { class: 'fact', 'data-type': f.type },
      h('td', { class: 'kind' },
        h('span', { class: ['fact-type', 'f-' + f.type] }, FACT_TYPES[f.type] || f.type),
        modality ? h('div', { class: ['modality', f.modality] }, modality) : null),
      h('td', { class: 'arguments' }, args),
      h('td', { class: 'evidence' }, evidence(f.evidence || '')),
      withSource ? h('td', { class: 'source' }, f.document
        ? h('a', { href: '/documents/' + encodeURIComponent(f.document) }, f.documentTitle || f.document) : '') : null);
  });
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'facts' },
      h('thead', null, h('tr', null, h('th', null, 'Факт'), h('th', null, 'Участники и детали'),
        h('th', null, 'Фрагмент текста'), withSource ? h('th', null, 'Документ') : null)),
      h('tbody', null, rows)));
}

const ROLE_ORDER = ['who', 'participant', 'owner', 'name', 'position', 'organization', 'organisation', 'where', 'kind',
  'type', 'subject', 'property', 'share', 'amount', 'place', 'date', 'period', 'status'];

/** Who first, then what, where and when; roles not listed after those. */
function roleRank(role) {
  const i = ROLE_ORDER.indexOf(role);
  return i < 0 ? ROLE_ORDER.length : i;
}

/** The evidence, five lines at most until asked for more. */
function evidence(text) {
  const box = h('div', { class: 'clamp' }, text);
  if (text.length < 260) return box;
  const more = h('button', { type: 'button', class: 'more' }, 'весь фрагмент');
  more.addEventListener('click', () => {
    const open = box.classList.toggle('open');
    more.textContent = open ? 'свернуть' : 'весь фрагмент';
  });
  return [box, more];
}

function valueChip(a) {
  const attrs = { class: ['chip', a.coarse ? 'c-' + a.coarse : null, 'arg'], 'data-role': a.role, title: a.title || null };
  if (a.href) return h('a', { ...attrs, href: a.href }, a.value);
  if (a.coarse) return h('span', attrs, a.value);
  return h('span', { class: 'value arg', 'data-role': a.role }, valueName(a.role, a.value));
}

/** Facts of an analysis JSON (the output of /api/extract) in the table's shape. */
export function analysisFacts(analysis) {
  const entities = new Map(analysis.entities.map(e => [e.id, e]));
  const chars = Array.from(analysis.document.text);
  return analysis.facts.map(f => ({
    type: f.type,
    modality: f.modality,
    evidence: f.evidence ? f.evidence.text || chars.slice(f.evidence.start, f.evidence.end).join('') : '',
    args: f.arguments.map(a => {
      const e = a.entity ? entities.get(a.entity) : null;
      return { role: a.role, value: e ? e.name : a.value, coarse: e ? e.coarse : null, key: a.entity };
    }),
  }));
}

/** Facts of the knowledge base (FactRow) in the table's shape; arguments link to entity pages. */
export function kbFacts(rows, classOf) {
  return rows.map(f => ({
    type: f.type,
    modality: f.modality,
    evidence: f.evidence,
    document: f.document,
    args: f.arguments.map(a => ({
      role: a.role,
      value: a.entityName || a.value,
      coarse: a.entityId != null && classOf(a.entityId) ? coarseOf(classOf(a.entityId)) : null,
      href: a.entityId != null ? '/entities/' + a.entityId : null,
      title: a.entityName && a.value && a.entityName !== a.value ? a.value : null,
    })),
  }));
}
