import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { ProvinceMapConfig } from '../config';
import type { PlaceCollection, PlaceFeature } from '../../../lib/geo/places-geojson';
import {
  groupByPoint,
  mergeCloseGroups,
  type MarkerCluster,
} from '../../../lib/geo/group-by-point';
import { framingBounds } from '../../../lib/geo/framing';
import { directionsUrl } from '../../../lib/geo/directions';
import { fill } from '../../../lib/format/template';
import { markerLabel } from '../labels';
import { addBoundary, createMap, el, fetchJson, nameMarker, pinIcon } from './base-map';

interface Item {
  lat: number;
  lon: number;
  feature: PlaceFeature;
}

/**
 * The province map: outline, one marker per point (places sharing a point are
 * one marker, see group-by-point.ts), layers toggled by the checkboxes of the
 * legend, which sit outside the map so they are ordinary form controls.
 */
export async function mountProvinceMap(
  frame: HTMLElement,
  config: ProvinceMapConfig,
): Promise<void> {
  const map = createMap(frame, config);
  const [collection] = await Promise.all([
    fetchJson<PlaceCollection>(config.placesUrl),
    addBoundary(map, config),
  ]);
  const items: Item[] = collection.features.map((feature) => ({
    lat: feature.geometry.coordinates[1],
    lon: feature.geometry.coordinates[0],
    feature,
  }));
  map.fitBounds(framingBounds(config.provinceBounds, items), { padding: [16, 16] });

  const markers = L.layerGroup().addTo(map);
  const layers = frame.querySelector<HTMLElement>('[data-map-part="layers"]');
  const shown = () => {
    if (!layers) return new Set(items.map((i) => i.feature.properties.category));
    return new Set(
      [...layers.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
        .filter((box) => box.checked)
        .map((box) => box.value),
    );
  };

  const render = () => {
    map.closePopup();
    markers.clearLayers();
    const visible = shown();
    const groups = groupByPoint(
      items.filter((item) => visible.has(item.feature.properties.category)),
    );
    const project = (lat: number, lon: number) => map.latLngToLayerPoint([lat, lon]);
    for (const cluster of mergeCloseGroups(groups, project, MIN_MARKER_SPACING)) {
      addGroupMarker(markers, cluster, config);
    }
  };
  render();
  layers?.addEventListener('change', render);
  // Spacing depends on the zoom: markers merged at the province view separate when zoomed in.
  map.on('zoomend', render);
}

/** Pixels between marker centres: the 28 px pin plus room, above WCAG 2.2's 24 px target spacing. */
const MIN_MARKER_SPACING = 32;

function addGroupMarker(
  target: L.LayerGroup,
  group: MarkerCluster<Item>,
  config: ProvinceMapConfig,
): void {
  const { strings } = config;
  const places = group.items.map((item) => item.feature.properties);
  const first = places[0]!;
  const approximate = places.every((p) => p.approximate);
  const marker = L.marker([group.lat, group.lon], {
    icon: pinIcon({
      category:
        places.length > 1 && places.some((p) => p.category !== first.category)
          ? 'mixed'
          : first.category,
      approximate,
      count: places.length,
    }),
    keyboard: true,
    riseOnHover: true,
  });
  marker.bindPopup(() => popupContent(group, config), { maxWidth: 320, autoPanPadding: [24, 24] });
  marker.addTo(target);
  nameMarker(
    marker,
    markerLabel(
      places.map((p) => ({ name: p.name, category: p.category, approximate: p.approximate })),
      strings,
    ),
    {
      'data-place-count': String(places.length),
    },
  );
}

/** Title linked to the page (same language: the GeoJSON is per language), summary, precision, directions. */
function popupContent(group: MarkerCluster<Item>, config: ProvinceMapConfig): HTMLElement {
  const { strings } = config;
  const places = group.items.map((item) => item.feature.properties);
  const anyApprox = places.some((p) => p.approximate);
  // A marker that merges nearby but distinct points gives each place its own directions.
  const distinctPoints = group.groups.length > 1;
  const directions = (lat: number, lon: number, approximate: boolean) =>
    el(
      'p',
      { class: 'map-popup__directions' },
      el(
        'a',
        { href: directionsUrl(lat, lon), rel: 'external noopener noreferrer' },
        approximate ? strings.directionsApprox : strings.directions,
      ),
    );
  const entry = (p: (typeof places)[number], index: number) =>
    el(
      'div',
      { class: 'map-popup__place' },
      el('p', { class: 'map-popup__title' }, el('a', { href: p.url }, p.name)),
      el(
        'p',
        { class: 'map-popup__meta' },
        [
          strings.categories[p.category],
          p.commune,
          p.outsideProvince ? strings.outsideProvince : null,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
      el('p', { class: 'map-popup__summary' }, p.summary),
      ...(p.approximate
        ? [
            el(
              'p',
              { class: 'map-popup__approx' },
              el('strong', {}, `${strings.approximate}: `),
              strings.precision[p.precision],
            ),
          ]
        : []),
      ...(distinctPoints
        ? [directions(group.items[index]!.lat, group.items[index]!.lon, p.approximate)]
        : []),
    );
  const body =
    places.length === 1
      ? entry(places[0]!, 0)
      : el(
          'div',
          {},
          el(
            'p',
            { class: 'map-popup__group' },
            fill(strings.groupTitle, { count: places.length }),
          ),
          el(
            'ul',
            { class: 'map-popup__list' },
            ...places.map((p, i) => el('li', {}, entry(p, i))),
          ),
        );
  return el(
    'div',
    { class: 'map-popup' },
    body,
    ...(distinctPoints ? [] : [directions(group.lat, group.lon, anyApprox)]),
  );
}
