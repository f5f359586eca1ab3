/**
 * Test helper: a checked copy looked at as parts. Written independently of src/workbook/package (only fflate and
 * regular expressions), so a defect there cannot hide itself here.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";

export type Parts = Record<string, Uint8Array>;

export const partsOf = (bytes: Uint8Array): Parts => unzipSync(bytes);
export const textOfPart = (parts: Parts, name: string): string => strFromU8(parts[name]);

/** Sheet name → worksheet part, through workbook.xml and its relationships (targets relative to xl/). */
export function sheetParts(parts: Parts): Map<string, string> {
  const workbook = textOfPart(parts, "xl/workbook.xml");
  const rels = textOfPart(parts, "xl/_rels/workbook.xml.rels");
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2].replace(/^\/?xl\//, "").replace(/^\//, "")]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*>/g)) {
    const id = /r:id="([^"]+)"/.exec(m[0])![1];
    out.set(m[1].replace(/&amp;/g, "&").replace(/&apos;/g, "'"), `xl/${targets.get(id)}`);
  }
  return out;
}

/** A sheet part without the conditional formats Junheng adds (one rule whose formula is ISTEXT("junheng:…")). */
export function withoutJunhengRules(xml: string): string {
  return xml.replace(/<conditionalFormatting [^>]*>(?:(?!<\/conditionalFormatting>)[\s\S])*?junheng:(?:(?!<\/conditionalFormatting>)[\s\S])*<\/conditionalFormatting>/g, "");
}

/** The highlight colours (RGB) Junheng's rules give, by sheet and cell. */
export function junhengHighlights(bytes: Uint8Array): Map<string, Map<string, string>> {
  const parts = partsOf(bytes);
  const dxfs = (/<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(textOfPart(parts, "xl/styles.xml"))?.[1] ?? "").match(/<dxf>[\s\S]*?<\/dxf>/g) ?? [];
  const out = new Map<string, Map<string, string>>();
  for (const [sheet, part] of sheetParts(parts)) {
    if (!parts[part]) continue;
    const cells = new Map<string, string>();
    // Always on (ISTEXT of the marker), or live: AND(<the rule's own test>, ISTEXT of the marker) over a rectangle.
    for (const m of textOfPart(parts, part).matchAll(/<conditionalFormatting sqref="([^"]+)"><cfRule [^>]*dxfId="(\d+)"[^>]*><formula>(?:AND\((?:(?!<\/formula>).)*,)?ISTEXT\(&quot;junheng:\w+&quot;\)\)?<\/formula><\/cfRule><\/conditionalFormatting>/g)) {
      const rgb = /<fgColor rgb="FF([0-9A-F]{6})"/.exec(dxfs[Number(m[2])] ?? "")?.[1] ?? "?";
      for (const ref of m[1].split(" ")) for (const cell of cellsOf(ref)) cells.set(cell, rgb);
    }
    if (cells.size > 0) out.set(sheet, cells);
  }
  return out;
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const columnLetters = (n: number): string => (n > 26 ? columnLetters(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));

/** The cells of "C4" or "C4:E6". */
function cellsOf(ref: string): string[] {
  const [from, to = from] = ref.split(":");
  const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(from)!;
  const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(to)!;
  const out: string[] = [];
  for (let r = Number(r1); r <= Number(r2); r++) for (let c = columnNumber(c1); c <= columnNumber(c2); c++) out.push(`${columnLetters(c)}${r}`);
  return out;
}

/** The colour a user sees on a cell: a Junheng rule's, else the cell's own solid fill (RGB), else null. */
export async function shownFill(bytes: Uint8Array, sheet: string, address: string): Promise<string | null> {
  const rule = junhengHighlights(bytes).get(sheet)?.get(address);
  if (rule) return rule;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const fill = workbook.getWorksheet(sheet)!.getCell(address).fill;
  return fill?.type === "pattern" && fill.pattern === "solid" ? (fill.fgColor?.argb?.slice(2) ?? null) : null;
}
