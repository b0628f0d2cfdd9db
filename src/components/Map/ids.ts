/**
 * Element ids for map frames. Counting per build (not per coordinates) keeps
 * them unique when a page holds two maps of the same point, e.g. its place map
 * and an editor's <PlaceMapEmbed>.
 */
let next = 0;

export function nextMapId(prefix: string): string {
  next += 1;
  return `${prefix}-${next}`;
}
