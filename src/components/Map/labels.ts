import type { MapCategory } from '../../lib/geo/places-geojson';
import type { MapStrings } from './config';
import { fill } from '../../lib/format/template';

export interface LabelledPlace {
  name: string;
  category: MapCategory;
  approximate: boolean;
}

/**
 * A marker's accessible name. A marker standing for several places names them
 * all, so a screen-reader user knows what Enter will open before opening it.
 */
export function markerLabel(
  places: readonly LabelledPlace[],
  strings: Pick<MapStrings, 'markerLabel' | 'markerLabelApprox' | 'groupLabel' | 'categories'>,
): string {
  if (places.length === 0) throw new Error('markerLabel: a marker needs at least one place.');
  if (places.length === 1) {
    const [place] = places as [LabelledPlace];
    return fill(place.approximate ? strings.markerLabelApprox : strings.markerLabel, {
      name: place.name,
      category: strings.categories[place.category],
    });
  }
  return fill(strings.groupLabel, {
    count: places.length,
    names: places.map((p) => p.name).join('; '),
  });
}
