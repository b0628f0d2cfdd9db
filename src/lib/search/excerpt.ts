/**
 * Pagefind's excerpts are HTML: the page text with `<` and `>` escaped and the
 * matched words in `<mark>`. We never assign them with innerHTML; we split them
 * into text and marked parts and build DOM nodes, so a page's text can never
 * become markup in the results.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
};

function decode(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) {
      const text = decode(piece.replace(/<[^>]*>/g, ''));
      const last = parts[parts.length - 1];
      if (last && last.mark === mark) last.text += text;
      else if (text) parts.push({ text, mark });
    }
  }
  return parts;
}
