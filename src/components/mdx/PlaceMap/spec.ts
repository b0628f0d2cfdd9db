import type { KitComponent } from '../../../lib/content/check/kit';
import { MESSAGES as M } from '../../../lib/content/check/messages';
import { issueToMessages } from '../../../lib/content/check/zod-issues';
import { PLACE_PRECISIONS, placeSchema } from '../../../lib/content/schemas';

export const placeMap: KitComponent = {
  required: ['lat', 'lon', 'precision', 'label'],
  optional: ['basis', 'outsideProvince'],
  numbers: ['lat', 'lon'],
  choices: { precision: PLACE_PRECISIONS },
  // The same rules as a page's `place`: inside Sơn La unless marked as abroad.
  validate(element) {
    const lat = element.attribute('lat').number;
    const lon = element.attribute('lon').number;
    if (lat === undefined || lon === undefined) return [];
    const outside = element.attribute('outsideProvince');
    const result = placeSchema.safeParse({
      lat,
      lon,
      precision: element.attribute('precision').text,
      outsideProvince: outside.present && outside.text !== 'false',
    });
    return (result.success ? [] : result.error.issues)
      .filter((issue) => issue.path[0] !== 'precision') // worded by `choices` above
      .flatMap((issue) => issueToMessages(issue, { lat, lon }))
      .map((m) => M.inComponent('PlaceMap', m));
  },
};
