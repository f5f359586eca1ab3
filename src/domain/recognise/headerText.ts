import { removeSpaces, toHalfWidth } from "../text";

/** Unit words that may follow a header in brackets; only these brackets are dropped. */
const UNIT_WORDS = new Set(["㎡", "m2", "m²", "平方米", "平米", "册", "台", "间", "人", "个", "所", "元", "万元", "班", "本", "名", "%"]);

export interface HeaderLevel {
  readonly text: string;
  /** A unit the header declared in brackets, e.g. 万元. */
  readonly unit?: string;
}

/**
 * Normalises one header level: full-width to half-width, no spaces or line breaks, one kind of dash,
 * and a trailing unit in brackets removed but remembered (`图书（册）` → `图书`, unit 册).
 */
export function normaliseHeaderLevel(raw: string): HeaderLevel {
  let text = removeSpaces(toHalfWidth(raw)).replace(/[~～—–‐−]/g, "-").replace(/[【[]/g, "(").replace(/[】\]]/g, ")");
  let unit: string | undefined;
  for (;;) {
    const match = /^(.*)\(([^()]*)\)$/.exec(text);
    if (!match) break;
    const inner = match[2].replace(/^单位[:：]/, "");
    if (!UNIT_WORDS.has(inner)) break;
    unit = unit ?? inner;
    text = match[1];
  }
  return unit === undefined ? { text } : { text, unit };
}
