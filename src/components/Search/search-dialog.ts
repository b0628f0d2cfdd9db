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
  if (!root)
    throw new Error(
      'Search dialog: [data-search] is missing; SearchTrigger.astro must render <Search mode="dialog">.',
    );
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
    // (The target is the dialog itself for its padding too, so compare with its box.)
    dialog.addEventListener('click', (event) => {
      const box = dialog.getBoundingClientRect();
      const outside =
        event.clientX < box.left ||
        event.clientX > box.right ||
        event.clientY < box.top ||
        event.clientY > box.bottom;
      if (event.target === dialog && outside && event.detail > 0) dialog.close();
    });
    // Words typed while this module loaded (the trigger opens the dialog first) are searched now.
    if (controller.input.value) void controller.run(controller.input.value);
  }
  if (!dialog.open) dialog.showModal();
  if (document.activeElement !== controller.input) {
    controller.input.focus();
    controller.input.select();
  }
}
