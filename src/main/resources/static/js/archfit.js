// Progressive enhancement only: every page works without this script.
document.addEventListener('DOMContentLoaded', () => {
  // Copy buttons next to the capability links.
  document.querySelectorAll('button.copy[data-copy]').forEach((button) => {
    button.addEventListener('click', async () => {
      const input = document.getElementById(button.dataset.copy);
      if (!input) return;
      input.select();
      try {
        await navigator.clipboard.writeText(input.value);
      } catch (e) {
        document.execCommand('copy');
      }
      const label = button.textContent;
      button.textContent = button.dataset.copied || '✓';
      setTimeout(() => { button.textContent = label; }, 1500);
    });
  });
  // Destructive actions ask first.
  document.querySelectorAll('button[data-confirm-text]').forEach((button) => {
    button.addEventListener('click', (event) => {
      if (!window.confirm(button.dataset.confirmText)) event.preventDefault();
    });
  });
  // A score in the heat map leads to its criterion's reasons: open them on the way.
  const openWhy = (hash) => {
    if (!hash || !hash.startsWith('#why-')) return;
    const row = document.getElementById(hash.slice(1));
    const details = row && row.querySelector('details');
    if (details) details.open = true;
  };
  document.querySelectorAll('a[href^="#why-"]').forEach((link) => {
    link.addEventListener('click', () => openWhy(link.getAttribute('href')));
  });
  window.addEventListener('hashchange', () => openWhy(window.location.hash));
  openWhy(window.location.hash);
  // Move focus to the error summary so screen readers announce it.
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
});
