// Keeps an open report current (progressive enhancement: without this script the report is
// simply as it was when loaded). The server tells of each saved comment, vote or decision
// through server-sent events; the script then loads the report again and puts in place the
// parts of the decision, votes and comments that come before their forms, so that nothing a
// reader is typing is touched.
(() => {
  const status = document.getElementById('live-report');
  if (!status || !window.EventSource || !window.fetch || !window.DOMParser) return;
  const sections = ['decision', 'votes', 'comments'];
  let timer = null;
  let busy = false;
  let again = false;

  const holdsForm = (element) => element.matches('form') || element.querySelector('form') !== null;
  // The children of a section before its first form (all of them when it has none).
  const leading = (section) => {
    const children = Array.from(section.children);
    const form = children.findIndex(holdsForm);
    return { parts: form < 0 ? children : children.slice(0, form), anchor: form < 0 ? null : children[form] };
  };

  const replace = (current, next) => {
    if (!current || !next) return false;
    const now = leading(current);
    const fresh = leading(next).parts;
    if (now.parts.map((e) => e.outerHTML).join('') === fresh.map((e) => e.outerHTML).join('')) return false;
    now.parts.forEach((e) => e.remove());
    fresh.forEach((e) => current.insertBefore(document.importNode(e, true), now.anchor));
    return true;
  };

  const refresh = async () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      const response = await fetch(window.location.pathname + window.location.search,
        { credentials: 'same-origin', headers: { Accept: 'text/html' } });
      if (response.ok) {
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        let changed = false;
        sections.forEach((id) => {
          changed = replace(document.getElementById(id), page.getElementById(id)) || changed;
        });
        if (changed) {
          status.textContent = '';
          status.textContent = status.dataset.updated;
        }
      }
    } catch (e) {
      // the next change tries again
    } finally {
      busy = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  };

  new EventSource(status.dataset.events).addEventListener('change', schedule);
})();
