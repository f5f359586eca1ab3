/**
 * The formats Junheng's sheets and highlights need, added to the user's styles part: each (style, number format)
 * pair gets one cell format appended after the user's (their indexes stay valid), reusing the user's default font,
 * fill and border where a style has none, so output sheets look like the rest of the workbook. Highlight fills are
 * differential formats (dxf), found again when an earlier check added them.
 */
import { type CellStyle, type HighlightKind } from "../../domain/outputs/writePlan";
import { HIGHLIGHT_COLOURS, STYLE_COLOURS } from "../../domain/outputs/palette";
import { appendToSection, children, withPrefix } from "./styles";
import { attribute, escapeXml } from "./xml";

const solid = (rgb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;

const FONTS: Partial<Record<CellStyle, string>> = {
  title: '<font><b/><sz val="14"/></font>',
  subtitle: `<font><color rgb="FF${STYLE_COLOURS.subtitle.font}"/></font>`,
  header: "<font><b/></font>",
  link: `<font><u/><color rgb="FF${STYLE_COLOURS.link.font}"/></font>`,
};
const FILLS: Partial<Record<CellStyle, string>> = {
  header: solid(STYLE_COLOURS.header.fill),
  error: solid(STYLE_COLOURS.error.fill),
  warning: solid(STYLE_COLOURS.warning.fill),
  below: solid(STYLE_COLOURS.below.fill),
};
const ALIGNMENT: Partial<Record<CellStyle, string>> = { header: '<alignment vertical="center" wrapText="1"/>' };

/** Number formats every workbook has under these ids (ECMA-376 §18.8.30). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
const FIRST_CUSTOM_FORMAT = 164;

/** A highlight's dxf: the colour as a solid fill, written as the styles part's other elements are. */
export function highlightDxf(kind: HighlightKind, prefix: string): string {
  const rgb = `FF${HIGHLIGHT_COLOURS[kind]}`;
  return withPrefix(`<dxf><fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor rgb="${rgb}"/></patternFill></fill></dxf>`, prefix);
}

export class StyleBook {
  private readonly fonts: string[] = [];
  private readonly fills: string[] = [];
  private readonly formats: string[] = [];
  private readonly xfs: string[] = [];
  private readonly xfByKey = new Map<string, number>();
  private readonly fontOf = new Map<CellStyle, number>();
  private readonly fillOf = new Map<CellStyle, number>();
  private readonly formatOf = new Map<string, number>();
  private readonly base: { fonts: number; fills: number; xfs: number };
  private nextFormat: number;

  constructor(
    private readonly xml: string,
    private readonly prefix: string,
  ) {
    this.base = { fonts: children(xml, prefix, "fonts").length, fills: children(xml, prefix, "fills").length, xfs: children(xml, prefix, "cellXfs").length };
    const existing = children(xml, prefix, "numFmts").map((tag) => ({ id: Number(attribute(tag, "numFmtId")), code: attribute(tag, "formatCode") ?? "" }));
    for (const f of existing) if (!this.formatOf.has(f.code)) this.formatOf.set(f.code, f.id);
    this.nextFormat = Math.max(FIRST_CUSTOM_FORMAT - 1, ...existing.map((f) => f.id)) + 1;
  }

  /** The cell format index for a style and number format; null when the cell needs none (the workbook's default). */
  xf(style: CellStyle | undefined, numberFormat: string | undefined, wrap = false): number | null {
    if (!style && !numberFormat && !wrap) return null;
    const key = `${style ?? ""}|${numberFormat ?? ""}|${wrap ? "wrap" : ""}`;
    const known = this.xfByKey.get(key);
    if (known !== undefined) return known;
    const fontId = style && FONTS[style] ? this.fontId(style) : 0;
    const fillId = style && FILLS[style] ? this.fillId(style) : 0;
    const formatId = numberFormat ? this.formatId(numberFormat) : 0;
    // Wrapped table text reads from the top of its (taller) row, as the exceljs adapter writes it.
    const alignment = wrap ? '<alignment vertical="top" wrapText="1"/>' : style ? ALIGNMENT[style] : undefined;
    const applies = [formatId ? ' applyNumberFormat="1"' : "", fontId ? ' applyFont="1"' : "", fillId ? ' applyFill="1"' : "", alignment ? ' applyAlignment="1"' : ""].join("");
    const open = `<xf numFmtId="${formatId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applies}`;
    this.xfs.push(withPrefix(alignment ? `${open}>${alignment}</xf>` : `${open}/>`, this.prefix));
    const index = this.base.xfs + this.xfs.length - 1;
    this.xfByKey.set(key, index);
    return index;
  }

  /** The styles part with what was asked for appended, and the highlight dxfs' ids. */
  finish(): { xml: string; dxfOf: (kind: HighlightKind) => number } {
    let xml = appendToSection(this.xml, this.prefix, "numFmts", this.formats).xml;
    xml = appendToSection(xml, this.prefix, "fonts", this.fonts).xml;
    xml = appendToSection(xml, this.prefix, "fills", this.fills).xml;
    xml = appendToSection(xml, this.prefix, "cellXfs", this.xfs).xml;
    const existing = children(xml, this.prefix, "dxfs");
    const ids = new Map<HighlightKind, number>();
    const missing: HighlightKind[] = [];
    for (const kind of ["error", "warning", "below"] as const) {
      const at = existing.indexOf(highlightDxf(kind, this.prefix));
      if (at >= 0) ids.set(kind, at);
      else missing.push(kind);
    }
    const dxfs = appendToSection(xml, this.prefix, "dxfs", missing.map((kind) => highlightDxf(kind, this.prefix)));
    missing.forEach((kind, i) => ids.set(kind, dxfs.first + i));
    return { xml: dxfs.xml, dxfOf: (kind) => ids.get(kind)! };
  }

  private fontId(style: CellStyle): number {
    if (!this.fontOf.has(style)) {
      this.fonts.push(withPrefix(FONTS[style]!, this.prefix));
      this.fontOf.set(style, this.base.fonts + this.fonts.length - 1);
    }
    return this.fontOf.get(style)!;
  }

  private fillId(style: CellStyle): number {
    if (!this.fillOf.has(style)) {
      this.fills.push(withPrefix(FILLS[style]!, this.prefix));
      this.fillOf.set(style, this.base.fills + this.fills.length - 1);
    }
    return this.fillOf.get(style)!;
  }

  private formatId(code: string): number {
    if (Object.hasOwn(BUILT_IN_FORMATS, code)) return BUILT_IN_FORMATS[code];
    if (!this.formatOf.has(code)) {
      this.formats.push(withPrefix(`<numFmt numFmtId="${this.nextFormat}" formatCode="${escapeXml(code)}"/>`, this.prefix));
      this.formatOf.set(code, this.nextFormat++);
    }
    return this.formatOf.get(code)!;
  }
}
