// Live feedback in the wizard: as answers change, score all answers so far with the
// evaluation API and show how the four architectures rank. Progressive enhancement only:
// without this script the box stays hidden and the wizard works as before.
(() => {
  const box = document.querySelector('aside.live-ranking');
  const form = document.querySelector('form.wizard-form');
  if (!box || !form || !window.fetch) return;
  const result = box.querySelector('.live-result');
  let stored = {};
  try {
    stored = JSON.parse(box.dataset.answers || '{}') || {};
  } catch (e) {
    stored = {};
  }
  let previous = null;
  let shown = '';
  let timer = null;
  let pending = null;

  // The stored answers, overridden by what this step's fields say now.
  const collect = () => {
    const answers = Object.assign({}, stored);
    const data = new FormData(form);
    const seen = new Set();
    form.querySelectorAll('[name^="t."]').forEach((field) => seen.add(field.name));
    seen.forEach((name) => {
      const trait = name.slice(2);
      const value = data.get(name);
      if (value === null) return; // a radio group with nothing chosen keeps the stored answer
      const text = String(value).trim();
      const numberField = form.querySelector('input[type=text][name="' + CSS.escape(name) + '"]');
      if (text === '') {
        delete answers[trait];
      } else if (numberField) {
        const plain = text.replace(/[\s,_'\u00a0\u202f]/g, '');
        if (/^-?\d+(\.\d+)?$/.test(plain)) answers[trait] = plain;
        else delete answers[trait];
      } else {
        answers[trait] = text;
      }
    });
    const priorities = data.getAll('priorities').filter((p) => p);
    const body = { answers, priorities };
    // in a workspace with its own catalogue, score with it through the assessment's view key
    if (box.dataset.assessment) body.assessment = box.dataset.assessment;
    return body;
  };

  const element = (tag, className, text) => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const render = (ranking) => {
    const ranks = {};
    ranking.forEach((r, i) => { ranks[r.architecture] = i; });
    const list = element('ol', 'live-list');
    ranking.forEach((r, i) => {
      const item = element('li', 'arch-' + r.architecture + (r.viable ? '' : ' not-viable'));
      const score = Math.round(r.score);
      item.appendChild(element('span', 'live-name', r.name));
      const track = element('span', 'live-track');
      const bar = element('span', 'live-bar');
      bar.style.width = Math.max(2, Math.min(100, score)) + '%';
      track.appendChild(bar);
      item.appendChild(track);
      item.appendChild(element('span', 'live-score', r.viable ? String(score) : score + ' – ' + box.dataset.notViable));
      if (previous && previous[r.architecture] !== undefined && previous[r.architecture] !== i) {
        const up = previous[r.architecture] > i;
        const move = element('span', 'live-move ' + (up ? 'up' : 'down'), up ? '▲' : '▼');
        move.setAttribute('aria-hidden', 'true');
        item.appendChild(move);
        item.appendChild(element('span', 'visually-hidden', ' (' + (up ? box.dataset.up : box.dataset.down) + ')'));
      }
      list.appendChild(item);
    });
    const text = ranking.map((r) => r.architecture + ':' + Math.round(r.score) + ':' + r.viable).join('|');
    if (text !== shown) {
      result.replaceChildren(list);
      shown = text;
    }
    previous = ranks;
  };

  const update = () => {
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(box.dataset.endpoint || '/api/v1/evaluations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(collect()),
      signal: pending.signal,
    })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((evaluation) => {
        box.classList.remove('stale');
        render(evaluation.ranking || []);
      })
      .catch((error) => {
        if (error && error.name === 'AbortError') return;
        box.classList.add('stale');
        const note = element('p', 'live-failed', box.dataset.failed);
        if (!result.querySelector('.live-failed')) result.appendChild(note);
        shown = '';
      });
  };

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  };

  form.addEventListener('change', soon);
  form.addEventListener('input', soon);
  box.hidden = false;
  update();
})();
