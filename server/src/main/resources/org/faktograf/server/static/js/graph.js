// Who is connected to whom: the entity in the middle, the entities it appears with around it
// (line width: shared documents), and the facts that tie any two of them (coloured arcs:
// meetings, agreements, posts). Drawn as SVG; a node links to its entity page.

import { s } from './dom.js';
import { FACT_EDGE_NAMES, coarseOf } from './labels.js';

const W = 820, H = 480, CX = W / 2, CY = H / 2 + 4;

/**
 * center: {id, name, entityClass}; related: [{entity: {id, name, entityClass}, documents}];
 * facts: kb fact rows (their arguments' entityId tie nodes).
 */
export function relationGraph(center, related, facts) {
  const nodes = new Map();
  nodes.set(center.id, { id: center.id, name: center.name, cls: center.entityClass, x: CX, y: CY, r: 26, center: true });
  // entities a fact ties to the centre first, then the most shared documents
  const tied = new Set();
  for (const f of facts) {
    const ids = f.arguments.map(a => a.entityId);
    if (ids.includes(center.id)) ids.forEach(id => tied.add(id));
  }
  const ring = related
    .map((r, i) => ({ r, i, tied: tied.has(r.entity.id) }))
    .sort((a, b) => (b.tied - a.tied) || (b.r.documents - a.r.documents) || (a.i - b.i))
    .slice(0, 14)
    .sort((a, b) => (b.r.documents - a.r.documents) || (a.i - b.i))
    .map(x => x.r);
  const max = Math.max(1, ...ring.map(r => r.documents));
  const rx = W / 2 - 190, ry = H / 2 - 64;
  ring.forEach((r, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(ring.length, 1);
    nodes.set(r.entity.id, {
      id: r.entity.id, name: r.entity.name, cls: r.entity.entityClass, weight: r.documents, angle,
      x: CX + rx * Math.cos(angle), y: CY + ry * Math.sin(angle), r: 9 + 9 * Math.sqrt(r.documents / max),
    });
  });

  // fact ties between nodes on the graph, merged by pair and type
  const ties = new Map();
  for (const f of facts) {
    const ids = [...new Set(f.arguments.map(a => a.entityId).filter(id => id != null && nodes.has(id)))];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = ids[i] < ids[j] ? [ids[i], ids[j]] : [ids[j], ids[i]];
        const key = `${a}-${b}-${f.type}`;
        if (!ties.has(key)) ties.set(key, { a, b, type: f.type, n: 0 });
        ties.get(key).n++;
      }
    }
  }

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Граф связей' });
  const edges = s('g', { class: 'edges' });
  const arcs = s('g', { class: 'arcs' });
  const labels = s('g', { class: 'arc-labels' });
  const drawn = s('g', { class: 'nodes' });
  svg.append(edges, arcs, drawn, labels);

  for (const n of nodes.values()) {
    if (n.center) continue;
    edges.appendChild(s('line', {
      x1: CX, y1: CY, x2: n.x, y2: n.y, stroke: '#b8c2ce', 'stroke-opacity': 0.75,
      'stroke-width': (1 + 4 * (n.weight / max)).toFixed(1), 'stroke-linecap': 'round',
    }));
  }
  const pairCount = new Map();
  const placed = [];
  for (const t of ties.values()) {
    const pair = `${t.a}-${t.b}`;
    const k = pairCount.get(pair) || 0;
    pairCount.set(pair, k + 1);
    const p = nodes.get(t.a), q = nodes.get(t.b);
    // bend each tie of a pair its own way, so several facts between two nodes stay apart
    const bend = 0.18 + 0.14 * k;
    const mx = (p.x + q.x) / 2, my = (p.y + q.y) / 2;
    const dx = q.x - p.x, dy = q.y - p.y;
    const cx = mx - dy * bend, cy = my + dx * bend;
    const colour = `var(--${t.type}, #64748b)`;
    arcs.appendChild(s('path', {
      d: `M${p.x.toFixed(1)},${p.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${q.x.toFixed(1)},${q.y.toFixed(1)}`,
      fill: 'none', stroke: colour, 'stroke-width': 2.2 + Math.min(3, t.n - 1), 'stroke-opacity': 0.9,
      'data-type': t.type,
    }));
    const text = (FACT_EDGE_NAMES[t.type] || t.type.toLowerCase()) + (t.n > 1 ? ' ×' + t.n : '');
    const lx = 0.25 * p.x + 0.5 * cx + 0.25 * q.x, w = text.length * 6;
    let ly = 0.25 * p.y + 0.5 * cy + 0.25 * q.y;
    // ties that run close together would print their labels over each other: step down a line until clear
    for (let i = 0; i < 6 && placed.some(b => Math.abs(b.x - lx) < (b.w + w) / 2 && Math.abs(b.y - ly) < 12); i++) ly += 12;
    placed.push({ x: lx, y: ly, w });
    labels.appendChild(s('text', { x: lx.toFixed(1), y: ly.toFixed(1), 'text-anchor': 'middle', class: 'edge-label', fill: colour }, text));
  }
  for (const n of nodes.values()) {
    const c = coarseOf(n.cls);
    const g = s('a', { href: n.center ? null : '/entities/' + n.id, class: 'node c-' + c, 'data-id': n.id });
    g.appendChild(s('title', null, n.name + (n.weight ? ` — общих документов: ${n.weight}` : '')));
    g.appendChild(s('circle', {
      cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: n.r.toFixed(1),
      fill: `var(--${c}-bg)`, stroke: `var(--${c})`, 'stroke-width': n.center ? 3 : 2,
    }));
    const name = n.name.length > 24 ? n.name.slice(0, 23) + '…' : n.name;
    let tx = n.x, ty = n.y + n.r + 15, anchor = 'middle';
    if (!n.center) {
      const cos = Math.cos(n.angle), sin = Math.sin(n.angle);
      if (Math.abs(cos) > 0.35) {
        anchor = cos > 0 ? 'start' : 'end';
        tx = n.x + (n.r + 6) * Math.sign(cos);
        ty = n.y + 4;
      } else {
        ty = sin < 0 ? n.y - n.r - 7 : n.y + n.r + 15;
      }
    }
    g.appendChild(s('text', { x: tx.toFixed(1), y: ty.toFixed(1), 'text-anchor': anchor,
      class: n.center ? 'node-label center-label' : 'node-label' }, name));
    drawn.appendChild(g);
  }
  return svg;
}

/** The legend of the arcs drawn. */
export function graphLegend(svg) {
  const types = new Set([...svg.querySelectorAll('path[data-type]')].map(p => p.dataset.type));
  const out = document.createElement('div');
  out.className = 'graph-legend';
  const line = (label, type) => {
    const span = document.createElement('span');
    const i = document.createElement('i');
    if (type) i.style.setProperty('--ft', `var(--${type})`);
    span.append(i, label);
    return span;
  };
  out.appendChild(line('общие документы (толщина — сколько)', null));
  for (const t of types) out.appendChild(line(FACT_EDGE_NAMES[t] || t.toLowerCase(), t));
  return out;
}
