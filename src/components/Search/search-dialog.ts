import { mountSearch, type SearchController } from './search-ui';

let controller: SearchController | undefined;

/**
 * Open the header search dialog. `<dialog>.showModal()` gives the focus trap,
 * the inert page behind and Escape-to-close; we add focus on the input and
 * focus back on the trigger when it closes (the browser would otherwise return
 * focus to <body> when the shortcut opened it).
 */
export function openSearchDialog(dialog: HTMLDialogElement, trigger: HTMLElement): void {
  const root = dialog.querySelector<HTMLElement>('[data-search]');
  if (!root) throw new Error('Search dialog: [data-search] is missing; SearchTrigger.astro must render <Search mode="dialog">.');
  if (!controller) {
    controller = mountSearch(root);
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => trigger.focus());
    // In a type=search field Chromium spends the first Escape on clearing the text; close at once instead.
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      }
    });
    // A click on the backdrop (outside the panel) closes, as people expect of an overlay.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
  if (!dialog.open) dialog.showModal();
  controller.input.focus();
  controller.input.select();
}
