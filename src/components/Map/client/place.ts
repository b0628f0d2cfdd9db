import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { PlaceMapConfig } from '../config';
import { directionsUrl } from '../../../lib/geo/directions';
import { placeZoom, uncertaintyRadiusMetres } from '../precision';
import { addBoundary, createMap, el, nameMarker, pinIcon } from './base-map';

/**
 * A small map of one place. An approximate point gets a circle, so the map
 * itself says "around here" and not only the caption.
 */
export async function mountPlaceMap(frame: HTMLElement, config: PlaceMapConfig): Promise<void> {
  const { strings } = config;
  const map = createMap(frame, config);
  const approximate = config.precision !== 'site';
  map.setView([config.lat, config.lon], config.zoom ?? placeZoom(config.precision));
  const radius = uncertaintyRadiusMetres(config.precision);
  if (radius > 0) {
    L.circle([config.lat, config.lon], {
      radius,
      interactive: false,
      color: '#8a4b08',
      weight: 1.5,
      dashArray: '4 4',
      fillOpacity: 0.08,
    }).addTo(map);
  }
  const marker = L.marker([config.lat, config.lon], {
    icon: pinIcon({ category: 'place', approximate }),
    keyboard: true,
  });
  marker.bindPopup(
    () =>
      el(
        'div',
        { class: 'map-popup' },
        el('p', { class: 'map-popup__title', tabindex: '-1' }, config.title),
        ...(approximate
          ? [
              el(
                'p',
                { class: 'map-popup__approx' },
                el('strong', {}, `${strings.approximate}: `),
                strings.precision[config.precision],
              ),
            ]
          : []),
        el(
          'p',
          { class: 'map-popup__directions' },
          el(
            'a',
            { href: directionsUrl(config.lat, config.lon), rel: 'external noopener noreferrer' },
            approximate ? strings.directionsApprox : strings.directions,
          ),
        ),
      ),
    { maxWidth: 280 },
  );
  marker.addTo(map);
  nameMarker(marker, approximate ? `${config.title} (${strings.approximate})` : config.title, {
    'data-place-count': '1',
  });
  // The outline last: the marker is what matters, and it must not wait for a fetch.
  await addBoundary(map, config);
}
