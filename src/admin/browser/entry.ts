import CMS from '@sveltia/cms';
import { editorComponents, type EditorKitData } from './editor-components';
import { formatFile, parseFile, type FileSpec } from './mdx-file';

/**
 * The editor page's script (bundled with Sveltia CMS into dist/admin/ by
 * src/integrations/admin.ts). What depends on the site — the MDX kit, the
 * site's stylesheets — is read from site.json, written by the same build, so
 * this bundle only changes when Sveltia or these files change.
 */
interface SiteData extends EditorKitData {
  /** The site's own stylesheets (URLs) and its components' CSS (text), for the preview pane. */
  previewStyles: { href?: string; css?: string }[];
  /** The custom file format's name and what it needs from the schemas. */
  format: { name: string; spec: FileSpec };
}

const site = (await (await fetch(new URL('site.json', import.meta.url))).json()) as SiteData;

CMS.registerCustomFormat(site.format.name, 'mdx', {
  fromFile: parseFile,
  toFile: (value) => formatFile(value as Record<string, unknown>, site.format.spec),
});
for (const style of site.previewStyles) {
  if (style.href) CMS.registerPreviewStyle(style.href);
  else if (style.css) CMS.registerPreviewStyle(style.css, { raw: true });
}
for (const component of editorComponents(site)) CMS.registerEditorComponent(component);

// For the browser tests and the screenshot script: the page says when the CMS has started.
document.documentElement.dataset.editorReady = 'true';
await CMS.init();
