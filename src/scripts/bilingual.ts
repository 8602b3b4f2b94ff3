// Remembers the side-by-side page's reading options across visits (CSS applies them).
const KEY = 'story-bilingual';
const form = document.querySelector<HTMLFormElement>('#bi-controls');
if (form) {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, string>;
    for (const [name, value] of Object.entries(saved)) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
      if (input) input.checked = true;
    }
  } catch {
    /* nothing saved or no storage */
  }
  form.addEventListener('change', () => {
    const data = Object.fromEntries(new FormData(form).entries());
    try {
      localStorage.setItem(KEY, JSON.stringify(data));
    } catch {
      /* no storage: options last for this visit */
    }
  });
}
