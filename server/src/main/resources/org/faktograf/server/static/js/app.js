// The pages: one shell, the page chosen by the address.

import { h, clear, count } from './dom.js';
import { getJson } from './api.js';
import { analysePage } from './pages/analyse.js';
import { entityPage } from './pages/entity.js';
import { searchPage } from './pages/search.js';
import { documentPage } from './pages/document.js';

function route(path) {
  let m;
  if ((m = /^\/entities\/([^/]+)$/.exec(path))) return ['search', main => entityPage(main, decodeURIComponent(m[1]))];
  if ((m = /^\/documents\/([^/]+)$/.exec(path))) return ['search', main => documentPage(main, decodeURIComponent(m[1]))];
  if (path === '/search') return ['search', searchPage];
  return ['analyse', analysePage];
}

async function showStats() {
  const box = document.getElementById('kb-stats');
  try {
    const st = await getJson('/api/stats');
    clear(box).append('В базе: ',
      h('b', null, count(st.documents, 'документ', 'документа', 'документов')), ' · ',
      h('b', null, count(st.entities, 'сущность', 'сущности', 'сущностей')), ' · ',
      h('b', null, count(st.facts, 'факт', 'факта', 'фактов')));
  } catch (e) {
    box.textContent = '';
  }
}

const [nav, render] = route(location.pathname);
for (const a of document.querySelectorAll('.nav a')) a.classList.toggle('active', a.dataset.nav === nav);
render(document.getElementById('main'));
showStats();
