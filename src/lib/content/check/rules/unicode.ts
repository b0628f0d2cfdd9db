import { MESSAGES as M } from '../messages';
import type { PageRule } from '../rule';

/**
 * Vietnamese text is stored precomposed (Unicode NFC): "ệ" as one character.
 * A "Unicode tổ hợp" keyboard, or text pasted from a PDF, gives "e" followed by
 * two combining marks instead. It looks the same, but search, sorting and the
 * font subset see other characters, so the build refuses it, naming the line
 * and the words (shown as they should be).
 */
export const unicodeRule: PageRule = {
  name: 'unicode',
  checkPage(page, _context, report) {
    if (page.text === page.text.normalize('NFC')) return;
    page.text.split('\n').forEach((line, i) => {
      if (line === line.normalize('NFC')) return;
      const words = line.split(/\s+/).filter((word) => word !== word.normalize('NFC'));
      const shown = [
        ...new Set(words.map((word) => word.normalize('NFC').replace(/^\p{P}+|\p{P}+$/gu, ''))),
      ].slice(0, 3);
      report(`line ${i + 1}`, M.decomposedText(shown));
    });
  },
};
