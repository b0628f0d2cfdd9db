/**
 * The map components other code may use. Editors' MDX gets PlaceMapEmbed
 * through src/components/mdx/index.ts; see README.md for its props.
 */
export { default as PlaceMapEmbed } from './PlaceMapEmbed.astro';
export { default as ProvinceMap } from './ProvinceMap.astro';
