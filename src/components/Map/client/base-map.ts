import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { MapConfig, MapStrings } from '../config';
import { part } from './frame-part';

/**
 * What both maps share: a Leaflet map with translated controls, the tile layer
 * with its failure notice, the province outline, and keyboard handling that
 * Leaflet leaves out (Escape from a popup, focus back to the marker).
 */

export function createMap(frame: HTMLElement, config: MapConfig): L.Map {
  const canvas = part(frame, 'canvas');
  const map = L.map(canvas, {
    zoomControl: false,
    // The page scrolls with the wheel; zoom is on the buttons, +/− keys and pinch.
    scrollWheelZoom: false,
    maxZoom: config.tiles.maxZoom,
  });
  L.control
    .zoom({ zoomInTitle: config.strings.zoomIn, zoomOutTitle: config.strings.zoomOut })
    .addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  addTiles(map, frame, config);
  accessiblePopups(map, canvas, config.strings);
  return map;
}

/**
 * The tile layer, watched: if no tile has loaded when one fails (offline, a
 * blocked host, a firewall) or after 8 s, hide the broken tiles and say so.
 * The outline and markers are vector layers and stay on the plain background.
 * No prefetching and no referrer policy: the tile server sees an ordinary
 * Referer, as OpenStreetMap's tile policy asks.
 */
function addTiles(map: L.Map, frame: HTMLElement, config: MapConfig): void {
  const notice = part(frame, 'notice');
  const layer = L.tileLayer(config.tiles.url, {
    attribution: config.tiles.attribution,
    maxZoom: config.tiles.maxZoom,
  });
  let loaded = 0;
  const fail = () => {
    if (loaded > 0 || frame.classList.contains('map--no-tiles')) return;
    frame.classList.add('map--no-tiles');
    notice.textContent = config.strings.tilesUnavailable;
    notice.hidden = false;
  };
  layer.on('tileload', () => {
    loaded += 1;
    if (frame.classList.contains('map--no-tiles')) {
      frame.classList.remove('map--no-tiles');
      notice.hidden = true;
      notice.textContent = '';
    }
  });
  layer.on('tileerror', fail);
  window.setTimeout(fail, 8000);
  layer.addTo(map);
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Map data ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The outline of Sơn La, not interactive: it is context, not a target. */
export async function addBoundary(map: L.Map, config: MapConfig): Promise<L.GeoJSON> {
  const data = await fetchJson<GeoJSON.FeatureCollection>(config.boundaryUrl);
  return L.geoJSON(data, {
    interactive: false,
    attribution: config.strings.boundaryAttribution,
    style: {
      color: '#0b5d4b',
      weight: 2.5,
      opacity: 0.9,
      fillColor: '#0b5d4b',
      fillOpacity: 0.05,
      dashArray: '6 4',
    },
  }).addTo(map);
}

/**
 * Leaflet opens a marker's popup on Enter but leaves focus on the marker and
 * only closes on Escape while the map container itself has focus. Here focus
 * moves into the popup when it opens, Escape closes it from anywhere inside the
 * map, and focus returns to the marker that opened it. Tab still leaves the
 * map: nothing here traps it.
 */
function accessiblePopups(map: L.Map, canvas: HTMLElement, strings: MapStrings): void {
  let opener: HTMLElement | null = null;
  map.on('popupopen', (event) => {
    const popup = event.popup.getElement();
    const source = (event.popup as unknown as { _source?: L.Layer })._source;
    opener = source instanceof L.Marker ? (source.getElement() ?? null) : null;
    if (!popup) return;
    const close = popup.querySelector<HTMLElement>('.leaflet-popup-close-button');
    if (close) {
      close.setAttribute('aria-label', strings.closePopup);
      close.title = strings.closePopup;
    }
    const first = popup.querySelector<HTMLElement>(
      '.leaflet-popup-content a, .leaflet-popup-content [tabindex]',
    );
    first?.focus({ preventScroll: true });
  });
  map.on('popupclose', (event) => {
    const popup = event.popup.getElement();
    const active = document.activeElement;
    const focusWasInPopup =
      !active || active === document.body || (popup?.contains(active) ?? false);
    if (opener && focusWasInPopup && opener.isConnected) opener.focus({ preventScroll: true });
  });
  canvas.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && canvas.querySelector('.leaflet-popup')) {
      map.closePopup();
      event.stopPropagation();
    }
  });
}

/** Our own marker (an inline SVG pin): no image requests, colour per layer via CSS. */
export function pinIcon({
  category,
  approximate,
  count = 1,
}: {
  category: string;
  approximate: boolean;
  count?: number;
}): L.DivIcon {
  const badge =
    count > 1 ? `<span class="map-marker__count" aria-hidden="true">${count}</span>` : '';
  return L.divIcon({
    className: `map-marker map-marker--${category}${approximate ? ' map-marker--approx' : ''}${count > 1 ? ' map-marker--group' : ''}`,
    html: `<svg viewBox="0 0 28 40" width="28" height="40" aria-hidden="true" focusable="false"><path class="map-marker__pin" d="M14 1.5C7.1 1.5 1.5 7.1 1.5 14c0 9.3 12.5 24.5 12.5 24.5S26.5 23.3 26.5 14C26.5 7.1 20.9 1.5 14 1.5z"/><circle class="map-marker__dot" cx="14" cy="14" r="5"/></svg>${badge}`,
    iconSize: [28, 40],
    iconAnchor: [14, 40],
    popupAnchor: [0, -36],
  });
}

/** Give a marker's element its accessible name once Leaflet has created it. */
export function nameMarker(
  marker: L.Marker,
  label: string,
  extra: Record<string, string> = {},
): void {
  const element = marker.getElement();
  if (!element) return;
  element.setAttribute('aria-label', label);
  element.title = label;
  for (const [key, value] of Object.entries(extra)) element.setAttribute(key, value);
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props))
    if (value !== undefined) node.setAttribute(key, value);
  node.append(...children);
  return node;
}
