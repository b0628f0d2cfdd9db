/** RenderOnce's HTML by key, for the whole build (a component's frontmatter runs per page). */
export const renderedHtml = new Map<string, string>();
