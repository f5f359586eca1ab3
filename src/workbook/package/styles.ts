/**
 * Sections of a workbook's styles part, appended to without touching what they hold: existing indexes stay valid,
 * counts are updated, and a missing section is created in its place.
 */

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
