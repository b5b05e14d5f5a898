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
  // Move focus to the error summary so screen readers announce it.
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
});
