// As URLs, not CSS imports: Astro would otherwise hoist the CSS of this lazy
// chunk into every page that has the loader script, and even into pages without.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import mapCss from './map.css?url';
import type { MapConfig } from '../config';
import { mountProvinceMap } from './province';
import { mountPlaceMap } from './place';

/** Entry of the lazily loaded chunk: read the frame's config and build its map. */
export async function mountMap(frame: HTMLElement): Promise<void> {
  await Promise.all([leafletCss, mapCss].map(stylesheet));
  const raw = frame.dataset.mapConfig;
  if (!raw) throw new Error('Map frame has no data-map-config: render it through MapFrame.astro.');
  const config = JSON.parse(raw) as MapConfig;
  if (config.kind === 'province') await mountProvinceMap(frame, config);
  else await mountPlaceMap(frame, config);
  frame.dataset.mapState = 'ready';
}

const loading = new Map<string, Promise<void>>();

/** Add a stylesheet once per page and wait for it, so Leaflet measures a styled container. */
function stylesheet(href: string): Promise<void> {
  let done = loading.get(href);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () =>
        reject(new Error(`Map stylesheet ${href} failed to load`)),
      );
      document.head.append(link);
    });
    loading.set(href, done);
  }
  return done;
}
