import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { builtPages } from '../support/dist';

/**
 * html-validate's recommended rules, minus style-only rules: the markup is generated
 * by Astro, so doctype spelling, void-element and boolean-attribute style and
 * trailing whitespace are formatting with no effect on users.
 */
const CONFIG = {
  extends: ['html-validate:recommended'],
  rules: {
    'doctype-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Titles are "<topic> | Sơn La"; long topic names are useful, not an error.
    'long-title': 'off',
    // Heading ids come from Vietnamese headings ("17-hoạt-động-trọng-tâm"): valid HTML5 ids.
    'valid-id': ['error', { relaxed: true }],
  },
} satisfies ConfigData;

describe('html-validate', () => {
  it('finds no error on any built page', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(CONFIG));
    const problems: string[] = [];
    for (const page of builtPages()) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2)
            problems.push(
              `${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
            );
        }
      }
    }
    expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
  });
});
