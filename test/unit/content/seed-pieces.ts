/**
 * Cuts a seed text into the pieces the checklist must account for: each line
 * is a heading, a list item or a paragraph; a paragraph is cut into sentences
 * at . ! or ? followed by a space and a capital letter or an opening quote.
 * Bullets (•) are dropped and whitespace folded, as line wrapping is not content.
 */
export function seedPieces(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    .filter((line) => line !== '')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[\p{Lu}"”])/u))
    .map((piece) => piece.replace(/\s+/gu, ' ').trim())
    .filter((piece) => piece !== '');
}
