/**
 * UI strings reach the browser as data- attributes (no inline JSON: the CSP
 * forbids inline scripts without a hash). These helpers fill them in the way
 * i18next does at build time: `{{name}}` placeholders, `_one`/`_other` plurals.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Pick the plural form for `count` by the language's CLDR rules ("vi" has only "other"). */
export function plural(
  forms: { one?: string | undefined; other: string },
  count: number,
  lang: string,
): string {
  const category = new Intl.PluralRules(lang).select(count);
  return category === 'one' && forms.one !== undefined ? forms.one : forms.other;
}
