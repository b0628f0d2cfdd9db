/**
 * A named part of a map frame (`data-map-part`, rendered by MapFrame.astro).
 * Tiny and free of Leaflet, so the lazy loader and the map code share it.
 */
export function findPart<T extends HTMLElement = HTMLElement>(
  frame: HTMLElement,
  name: string,
): T | null {
  return frame.querySelector<T>(`[data-map-part="${name}"]`);
}

/** The part, or an error naming it: the map code cannot work without it. */
export function part<T extends HTMLElement = HTMLElement>(frame: HTMLElement, name: string): T {
  const element = findPart<T>(frame, name);
  if (!element)
    throw new Error(
      `Map frame is missing [data-map-part="${name}"]: render it through MapFrame.astro.`,
    );
  return element;
}
