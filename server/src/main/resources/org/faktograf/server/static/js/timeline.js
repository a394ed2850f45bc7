// When an entity was written about: its documents by date, a bar for the mentions in each; the
// documents without a date in their own strip, in the order they were added.

import { s, h, count, formatDate } from './dom.js';

const W = 720, H = 200, LEFT = 34, RIGHT = 16, TOP = 14, BOTTOM = 30;

/** points: [{document, title, date, mentions}]; coarse: the class whose colour the bars take. */
export function mentionTimeline(points, coarse) {
  const dated = points.filter(p => p.date && !isNaN(Date.parse(p.date.slice(0, 10))));
  const undated = points.filter(p => !dated.includes(p));
  const box = h('div', { class: 'timeline c-' + coarse });
  if (dated.length) box.appendChild(datedChart(dated));
  if (undated.length) {
    box.appendChild(h('p', { class: 'small muted' }, dated.length
      ? `Ещё ${count(undated.length, 'документ', 'документа', 'документов')} без даты:`
      : `У документов нет даты публикации; упоминания по документам в порядке добавления:`));
    box.appendChild(indexChart(undated));
  }
  return box;
}

function frame(maxMentions) {
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Хронология упоминаний' });
  const y0 = H - BOTTOM;
  const scale = v => (v / maxMentions) * (H - TOP - BOTTOM);
  const step = maxMentions <= 5 ? 1 : Math.ceil(maxMentions / 4);
  for (let v = 0; v <= maxMentions; v += step) {
    const y = y0 - scale(v);
    svg.appendChild(s('line', { x1: LEFT, x2: W - RIGHT, y1: y, y2: y, stroke: '#e3e7ed' }));
    svg.appendChild(s('text', { x: LEFT - 8, y: y + 4, 'text-anchor': 'end', class: 'axis' }, v));
  }
  return { svg, y0, scale };
}

function bar(svg, x, width, y0, height, p) {
  const r = s('rect', { x: (x - width / 2).toFixed(1), y: (y0 - height).toFixed(1), width: width.toFixed(1),
    height: Math.max(1, height).toFixed(1), rx: Math.min(3, width / 2), class: 'bar' });
  r.appendChild(s('title', null, `${p.title || p.document}${p.date ? ' — ' + formatDate(p.date) : ''}: ${count(p.mentions, 'упоминание', 'упоминания', 'упоминаний')}`));
  const a = s('a', { href: '/documents/' + encodeURIComponent(p.document) }, r);
  svg.appendChild(a);
}

function datedChart(points) {
  const times = points.map(p => Date.parse(p.date.slice(0, 10)));
  let min = Math.min(...times), max = Math.max(...times);
  const pad = Math.max(15 * 864e5, (max - min) * 0.04);
  min -= pad; max += pad;
  const { svg, y0, scale } = frame(Math.max(...points.map(p => p.mentions), 1));
  const x = t => LEFT + ((t - min) / (max - min)) * (W - LEFT - RIGHT);
  // ticks: years, or months when the span is short
  const span = max - min;
  const start = new Date(min), end = new Date(max);
  const ticks = [];
  if (span > 2 * 365 * 864e5) {
    for (let y = start.getUTCFullYear() + 1; y <= end.getUTCFullYear(); y++) ticks.push([Date.UTC(y, 0, 1), String(y)]);
  } else {
    const months = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
    const every = span > 365 * 864e5 ? 3 : 1;
    for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); d.getTime() < max;
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + every, 1))) {
      ticks.push([d.getTime(), months[d.getUTCMonth()] + (d.getUTCMonth() === 0 || ticks.length === 0 ? ' ' + d.getUTCFullYear() : '')]);
    }
  }
  for (const [t, label] of ticks) {
    svg.appendChild(s('line', { x1: x(t), x2: x(t), y1: y0, y2: y0 + 5, stroke: '#9aa5b1' }));
    svg.appendChild(s('text', { x: x(t), y: H - 8, 'text-anchor': 'middle', class: 'axis' }, label));
  }
  const width = Math.max(4, Math.min(14, (W - LEFT - RIGHT) / (points.length * 1.6)));
  points.forEach((p, i) => bar(svg, x(times[i]), width, y0, scale(p.mentions), p));
  return svg;
}

function indexChart(points) {
  const { svg, y0, scale } = frame(Math.max(...points.map(p => p.mentions), 1));
  const slot = (W - LEFT - RIGHT) / Math.max(points.length, 1);
  const width = Math.max(3, Math.min(36, slot * 0.7));
  points.forEach((p, i) => bar(svg, LEFT + slot * (i + 0.5), width, y0, scale(p.mentions), p));
  if (points.length <= 12) {
    points.forEach((p, i) => {
      const label = (p.title || p.document);
      svg.appendChild(s('text', { x: LEFT + slot * (i + 0.5), y: H - 8, 'text-anchor': 'middle', class: 'axis' },
        label.length > 24 ? label.slice(0, 23) + '…' : label));
    });
  }
  return svg;
}
