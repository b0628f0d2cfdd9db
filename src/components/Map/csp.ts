import { TILE_SOURCE } from '../../site.config';

/**
 * Map pages may load tile images; every other page keeps `img-src 'self' data:`
 * (astro.config.mjs). Astro writes the CSP <meta> when the layout renders
 * <head>, before the body (and so any map component) renders: the directive
 * must be added from the view's frontmatter, not from inside MapFrame.
 */
export const TILE_IMG_DIRECTIVE = `img-src ${TILE_SOURCE.origin}` as const;

interface WithCsp {
  csp?: { insertDirective: (directive: typeof TILE_IMG_DIRECTIVE) => void } | undefined;
}

export function allowMapTiles(astro: WithCsp): void {
  astro.csp?.insertDirective(TILE_IMG_DIRECTIVE);
}

/** Does an MDX body use a map component (the editors' PlaceMap or PlaceMapEmbed)? Then its page needs the tile origin too. */
export function contentUsesMap(body: string | undefined): boolean {
  return body !== undefined && /<PlaceMap(?:Embed)?\b/.test(body);
}
