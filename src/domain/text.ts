/** Text clean-up shared by header recognition and value reading. */

// Most cells hold nothing to clean up; a plain test finds that out without the replace's allocations, which adds up
// over the hundreds of thousands of text cells of a province.
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const SPACE = /[\s\u00A0\u200B]/;

/** Full-width ASCII (Ｆ, １, （, ，) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Removes every kind of white space, including line breaks inside a header cell. */
export function removeSpaces(text: string): string {
  if (!SPACE.test(text)) return text;
  return text.replace(/[\s\u00A0\u200B]+/g, "");
}

/** Names compare equal when they differ only in spaces or full-width letters and brackets. */
export function comparableName(name: string): string {
  return removeSpaces(toHalfWidth(name));
}

export function squeezeSpaces(text: string): string {
  if (!SPACE.test(text)) return text;
  return text.replace(/[\s\u00A0\u200B]+/g, " ").trim();
}
