/**
 * The only map code a page loads up front (a few hundred bytes). Leaflet, its
 * CSS and our map code are fetched when a map comes within 400px of the
 * viewport, so a visitor who never scrolls to a place map never downloads them
 * and never requests a tile. Frames are `hidden` in the HTML: without JS no
 * empty box shows, and the text alternative stands on its own.
 */
const mapFrames = [...document.querySelectorAll<HTMLElement>('[data-map]')];

function start(frame: HTMLElement): void {
  frame.dataset.mapState = 'loading';
  import('./mount')
    .then(({ mountMap }) => mountMap(frame))
    .catch((error: unknown) => {
      // The text alternative is still on the page; say why the map is missing.
      frame.dataset.mapState = 'error';
      console.error('Map failed to load:', error);
    });
}

if (mapFrames.length > 0) {
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          start(entry.target as HTMLElement);
        }
      },
      { rootMargin: '400px 0px' },
    );
    for (const frame of mapFrames) {
      frame.hidden = false;
      observer.observe(frame);
    }
  } else {
    for (const frame of mapFrames) {
      frame.hidden = false;
      start(frame);
    }
  }
}

export {};
