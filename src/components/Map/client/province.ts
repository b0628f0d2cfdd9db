import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { ProvinceMapConfig } from '../config';
import type { PlaceCollection, PlaceFeature } from '../../../lib/geo/places-geojson';
import { groupByPoint, type PointGroup } from '../../../lib/geo/group-by-point';
import { framingBounds } from '../../../lib/geo/framing';
import { directionsUrl } from '../../../lib/geo/directions';
import { fill, markerLabel } from '../labels';
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
export async function mountProvinceMap(frame: HTMLElement, config: ProvinceMapConfig): Promise<void> {
  const map = createMap(frame, config);
  const [collection] = await Promise.all([fetchJson<PlaceCollection>(config.placesUrl), addBoundary(map, config)]);
  const items: Item[] = collection.features.map((feature) => ({ lat: feature.geometry.coordinates[1], lon: feature.geometry.coordinates[0], feature }));
  map.fitBounds(framingBounds(config.provinceBounds, items), { padding: [16, 16] });

  const markers = L.layerGroup().addTo(map);
  const layers = frame.querySelector<HTMLElement>('[data-map-part="layers"]');
  const shown = () => {
    if (!layers) return new Set(items.map((i) => i.feature.properties.category));
    return new Set([...layers.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((box) => box.checked).map((box) => box.value));
  };

  const render = () => {
    map.closePopup();
    markers.clearLayers();
    const visible = shown();
    for (const group of groupByPoint(items.filter((item) => visible.has(item.feature.properties.category)))) {
      addGroupMarker(markers, group, config);
    }
  };
  render();
  layers?.addEventListener('change', render);
}

function addGroupMarker(target: L.LayerGroup, group: PointGroup<Item>, config: ProvinceMapConfig): void {
  const { strings } = config;
  const places = group.items.map((item) => item.feature.properties);
  const first = places[0]!;
  const approximate = places.every((p) => p.approximate);
  const marker = L.marker([group.lat, group.lon], {
    icon: pinIcon({ category: places.length > 1 && places.some((p) => p.category !== first.category) ? 'mixed' : first.category, approximate, count: places.length }),
    keyboard: true,
    riseOnHover: true,
  });
  marker.bindPopup(() => popupContent(group, config), { maxWidth: 320, autoPanPadding: [24, 24] });
  marker.addTo(target);
  nameMarker(marker, markerLabel(places.map((p) => ({ name: p.name, category: p.category, approximate: p.approximate })), strings), {
    'data-place-count': String(places.length),
  });
}

/** Title linked to the page (same language: the GeoJSON is per language), summary, precision, directions. */
function popupContent(group: PointGroup<Item>, config: ProvinceMapConfig): HTMLElement {
  const { strings } = config;
  const places = group.items.map((item) => item.feature.properties);
  const anyApprox = places.some((p) => p.approximate);
  const entry = (p: (typeof places)[number]) =>
    el(
      'div',
      { class: 'map-popup__place' },
      el('p', { class: 'map-popup__title' }, el('a', { href: p.url }, p.name)),
      el('p', { class: 'map-popup__meta' }, [strings.categories[p.category], p.commune, p.outsideProvince ? strings.outsideProvince : null].filter(Boolean).join(' · ')),
      el('p', { class: 'map-popup__summary' }, p.summary),
      ...(p.approximate ? [el('p', { class: 'map-popup__approx' }, el('strong', {}, `${strings.approximate}: `), strings.precision[p.precision])] : []),
    );
  const body =
    places.length === 1
      ? entry(places[0]!)
      : el('div', {}, el('p', { class: 'map-popup__group' }, fill(strings.groupTitle, { count: places.length })), el('ul', { class: 'map-popup__list' }, ...places.map((p) => el('li', {}, entry(p)))));
  return el(
    'div',
    { class: 'map-popup' },
    body,
    el('p', { class: 'map-popup__directions' }, el('a', { href: directionsUrl(group.lat, group.lon), rel: 'external noopener noreferrer' }, anyApprox ? strings.directionsApprox : strings.directions)),
  );
}
