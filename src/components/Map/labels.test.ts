import { describe, expect, it } from 'vitest';
import { markerLabel } from './labels';
import en from '../../i18n/ui/en.json';
import vi from '../../i18n/ui/vi.json';

const strings = (ui: typeof en) => ({
  markerLabel: ui.map.markerLabel,
  markerLabelApprox: ui.map.markerLabelApprox,
  groupLabel: ui.map.groupLabel,
  categories: ui.map.categories,
});

describe('markerLabel', () => {
  it('names a single place with its layer and says when the point is approximate', () => {
    expect(
      markerLabel(
        [{ name: 'Nà Sản Airport', category: 'investment', approximate: false }],
        strings(en),
      ),
    ).toBe('Nà Sản Airport (Investment)');
    expect(
      markerLabel(
        [{ name: 'Lao Khô relic', category: 'heritage', approximate: true }],
        strings(en),
      ),
    ).toBe('Lao Khô relic (Heritage sites, approximate location)');
    expect(
      markerLabel(
        [{ name: 'Di tích Lao Khô', category: 'heritage', approximate: true }],
        strings(vi),
      ),
    ).toBe('Di tích Lao Khô (Di tích, vị trí gần đúng)');
  });

  it('lists every place of a shared point', () => {
    const label = markerLabel(
      [
        { name: 'Lao Khô relic', category: 'heritage', approximate: true },
        { name: 'Chi Đảy cave', category: 'tourism', approximate: true },
      ],
      strings(en),
    );
    expect(label).toBe('2 places here: Lao Khô relic; Chi Đảy cave');
  });

  it('refuses an empty marker', () => {
    expect(() => markerLabel([], strings(en))).toThrow(/at least one place/);
  });
});
