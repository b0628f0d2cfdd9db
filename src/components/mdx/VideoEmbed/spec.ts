import type { KitComponent } from '../../../lib/content/check/kit';
import { MESSAGES as M } from '../../../lib/content/check/messages';

/** YouTube video ids: 11 characters of letters, digits, `-` and `_`. */
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

export const videoEmbed: KitComponent = {
  required: ['id', 'title'],
  optional: ['start'],
  numbers: ['start'],
  validate(element) {
    const id = element.attribute('id').text;
    return id && !VIDEO_ID.test(id) ? [M.videoId(id)] : [];
  },
};
