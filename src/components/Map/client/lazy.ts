import { findPart as part } from './frame-part';

/**
 * The only map code a page loads up front (~2 KB). Leaflet, its CSS and our
 * map code are fetched:
 * - for `data-map-load="near"` (the province map), when the frame comes within
 *   400px of the viewport. Until then (and without JS) a static SVG overview
 *   fills the same box, so nothing shifts when Leaflet takes over;
 * - for `data-map-load="request"` (place maps), when the visitor presses
 *   "Show interactive map". Until then the page shows a static SVG locator,
 *   loads no Leaflet and asks no tile server for anything.
 */
const mapFrames = [...document.querySelectorAll<HTMLElement>('[data-map]')];

function start(frame: HTMLElement): Promise<void> {
  frame.dataset.mapState = 'loading';
  return import('./mount')
    .then(({ mountMap }) => mountMap(frame))
    .catch((error: unknown) => {
      // The text alternative is still on the page; say why the map is missing.
      frame.dataset.mapState = 'error';
      console.error('Map failed to load:', error);
    });
}

const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer?.unobserve(entry.target);
            reveal(entry.target as HTMLElement);
            void start(entry.target as HTMLElement);
          }
        },
        { rootMargin: '400px 0px' },
      )
    : undefined;

/** Swap the static drawing for the (empty) Leaflet canvas, which has the same size. */
function reveal(frame: HTMLElement): HTMLElement | null {
  part(frame, 'static')?.setAttribute('hidden', '');
  part(frame, 'help')?.removeAttribute('hidden');
  const canvas = part(frame, 'canvas');
  canvas?.removeAttribute('hidden');
  return canvas;
}

for (const frame of mapFrames) {
  if (frame.dataset.mapLoad === 'request') {
    const button = part(frame, 'load');
    if (!button) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      button.hidden = true;
      const canvas = reveal(frame);
      // Focus follows the swap: the button is gone, the map is what was asked for.
      void start(frame).then(() => canvas?.focus({ preventScroll: true }));
    });
  } else if (observer) {
    observer.observe(frame);
  } else {
    reveal(frame);
    void start(frame);
  }
}

export {};
