/**
 * Adds formats to a workbook's styles part without touching the ones it has: new fonts, fills, borders, number
 * formats and cell formats are appended (existing indexes stay valid), and their counts updated.
 */
import { attribute } from "./xml";

/** The sections of a styles part, in the order ECMA-376 (CT_Stylesheet) fixes. */
const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type Section = (typeof SECTIONS)[number];
const CHILD: Partial<Record<Section, string>> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellStyleXfs: "xf", cellXfs: "xf", dxfs: "dxf" };

/** A fragment written without prefix (`<font><b/></font>`) with the part's prefix on every element. */
export function withPrefix(fragment: string, prefix: string): string {
  return prefix === "" ? fragment : fragment.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`);
}

function sectionPattern(prefix: string, section: string): RegExp {
  return new RegExp(`<${prefix}${section}(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${prefix}${section}>)`);
}

/** The children of a section, each as its XML: `<font>…</font>` or `<numFmt …/>`. */
export function children(xml: string, prefix: string, section: Section): string[] {
  const body = sectionPattern(prefix, section).exec(xml)?.[1] ?? "";
  const child = CHILD[section]!;
  return body.match(new RegExp(`<${prefix}${child}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${prefix}${child}>)`, "g")) ?? [];
}

/**
 * The styles part with `added` (already prefixed) appended to a section, created in its place when missing;
 * returns the index the first added child has.
 */
export function appendToSection(xml: string, prefix: string, section: Section, added: readonly string[]): { xml: string; first: number } {
  const first = children(xml, prefix, section).length;
  if (added.length === 0) return { xml, first };
  const count = first + added.length;
  const match = sectionPattern(prefix, section).exec(xml);
  if (match) {
    const whole = match[0];
    const open = /^<[^>]*?(?=\/?>)/.exec(whole)![0].replace(/\s+count\s*=\s*"[^"]*"/, "").replace(/\s*\/$/, "");
    const replaced = `${open} count="${count}">${match[1] ?? ""}${added.join("")}</${prefix}${section}>`;
    return { xml: xml.slice(0, match.index) + replaced + xml.slice(match.index + whole.length), first };
  }
  const created = `<${prefix}${section} count="${count}">${added.join("")}</${prefix}${section}>`;
  const later = SECTIONS.slice(SECTIONS.indexOf(section) + 1).map((s) => sectionPattern(prefix, s).exec(xml)?.index ?? -1).filter((i) => i >= 0);
  const at = later.length > 0 ? Math.min(...later) : xml.lastIndexOf(`</${prefix}styleSheet>`);
  return { xml: xml.slice(0, at) + created + xml.slice(at), first };
}

export interface ScratchStyles {
  readonly numFmts: readonly { readonly id: number; readonly code: string }[];
  readonly fonts: readonly string[];
  readonly fills: readonly string[];
  readonly borders: readonly string[];
  readonly cellXfs: readonly string[];
}

/** The formats of a styles part that exceljs wrote (no prefix). */
export function scratchStyles(xml: string): ScratchStyles {
  return {
    numFmts: children(xml, "", "numFmts").map((tag) => ({ id: Number(attribute(tag, "numFmtId")), code: attribute(tag, "formatCode") ?? "" })),
    fonts: children(xml, "", "fonts"),
    fills: children(xml, "", "fills"),
    borders: children(xml, "", "borders"),
    cellXfs: children(xml, "", "cellXfs"),
  };
}

/** Excel's first custom number format id; lower ids are built in and mean the same in every workbook. */
const FIRST_CUSTOM_FORMAT = 164;

/**
 * Appends the scratch workbook's formats to the user's styles part; returns the part and, for each scratch cell
 * format index, the index it has in the user's part.
 */
export function mergeStyles(target: string, prefix: string, scratch: ScratchStyles): { xml: string; xfIndex: readonly number[] } {
  const existing = children(target, prefix, "numFmts").map((tag) => ({ id: Number(attribute(tag, "numFmtId")), code: attribute(tag, "formatCode") ?? "" }));
  let nextId = Math.max(FIRST_CUSTOM_FORMAT - 1, ...existing.map((f) => f.id)) + 1;
  const formatId = new Map<number, number>();
  const newFormats: string[] = [];
  for (const f of scratch.numFmts) {
    const same = existing.find((e) => e.code === f.code);
    if (same) formatId.set(f.id, same.id);
    else {
      formatId.set(f.id, nextId);
      newFormats.push(withPrefix(`<numFmt numFmtId="${nextId}" formatCode="${f.code.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"/>`, prefix));
      nextId++;
    }
  }
  let xml = appendToSection(target, prefix, "numFmts", newFormats).xml;
  const fonts = appendToSection(xml, prefix, "fonts", scratch.fonts.map((f) => withPrefix(f, prefix)));
  const fills = appendToSection(fonts.xml, prefix, "fills", scratch.fills.map((f) => withPrefix(f, prefix)));
  const borders = appendToSection(fills.xml, prefix, "borders", scratch.borders.map((f) => withPrefix(f, prefix)));
  xml = borders.xml;
  const remap = (tag: string, name: string, map: (n: number) => number) => tag.replace(new RegExp(`(\\s${name}=")(\\d+)(")`), (_m, a: string, n: string, b: string) => `${a}${map(Number(n))}${b}`);
  const xfs = scratch.cellXfs.map((xf) => {
    let out = remap(xf, "numFmtId", (n) => formatId.get(n) ?? n);
    out = remap(out, "fontId", (n) => n + fonts.first);
    out = remap(out, "fillId", (n) => n + fills.first);
    out = remap(out, "borderId", (n) => n + borders.first);
    return withPrefix(out.replace(/\sxfId="\d+"/, ' xfId="0"'), prefix);
  });
  const cellXfs = appendToSection(xml, prefix, "cellXfs", xfs);
  return { xml: cellXfs.xml, xfIndex: xfs.map((_x, i) => cellXfs.first + i) };
}
