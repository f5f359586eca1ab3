/**
 * The checked copy as the user's package plus Junheng's additions. Every entry it does not change is copied as it
 * was stored (same compressed bytes, CRC and time); the parts it changes are patched as text, never re-serialised:
 * - highlighted sheets get conditional formats (highlights.ts), and lose the ones an earlier check added;
 * - the styles part gets the output sheets' formats and the highlight fills appended (styleBook.ts);
 * - output sheets (outputSheetXml.ts) replace Junheng's earlier ones in place (same part, same position) or are
 *   added at the end, with their relationship, content type, <sheet> entry and print titles.
 * The calculation chain is dropped only when a sheet is replaced (Excel rebuilds it; a stale one makes it repair).
 */
import { InputError } from "../../domain/errors";
import type { HighlightGroup, HighlightKind, OutputSheet } from "../../domain/outputs/writePlan";
import { MARKER_SHEET } from "../port";
import { addRules, removeOwnRules, type HighlightRule } from "./highlights";
import { liveRanges } from "../liveRanges";
import { markerSheetXml, writeOutputSheet } from "./outputSheetXml";
import { StyleBook } from "./styleBook";
import { relsPartOf, typeIs, type PackageSheet, type WorkbookPackage } from "./workbookPackage";
import { newEntry, PartWriter, writeZip, type ZipEntry } from "./zip";
import { attribute, bytesOf, escapeXml, rootPrefix } from "./xml";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export interface PackagePlan {
  readonly highlights: readonly HighlightGroup[];
  /** Output sheets in the order first written; each replaces an existing sheet of its name. */
  readonly sheets: readonly OutputSheet[];
  /** Every sheet Junheng owns after this write, for the hidden marker sheet. */
  readonly owned: readonly string[];
}

/** Changed or new parts by name: their content, an entry already compressed, or null to remove the part. */
type Changes = Map<string, Uint8Array | ZipEntry | null>;

function relativeTarget(fromPart: string, target: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

/** The rules each sheet gets: a plain kind's cells in one rule, a live group's rectangles one rule each. */
function highlightsBySheet(groups: readonly HighlightGroup[]): Map<string, HighlightRule[]> {
  const bySheet = new Map<string, HighlightRule[]>();
  const plain = new Map<string, string[]>();
  for (const g of groups) {
    const rules = bySheet.get(g.sheet) ?? [];
    bySheet.set(g.sheet, rules);
    if (g.live === undefined) {
      const key = `${g.sheet}\u0000${g.kind}`;
      const cells = plain.get(key);
      if (cells) cells.push(...g.cells);
      else {
        const fresh = [...g.cells];
        plain.set(key, fresh);
        rules.push({ kind: g.kind, refs: fresh });
      }
      continue;
    }
    for (const { range, condition } of liveRanges(g.cells, g.live)) rules.push({ kind: g.kind, refs: [range], condition });
  }
  return bySheet;
}

/** User sheets: earlier rules out, this plan's in; a sheet without either keeps its bytes. */
function patchHighlights(pkg: WorkbookPackage, sheets: readonly PackageSheet[], groups: readonly HighlightGroup[], changes: Changes, dxfOf: (kind: HighlightKind) => number, writer: PartWriter): void {
  const wanted = highlightsBySheet(groups);
  for (const sheet of sheets) {
    if (!sheet.part) continue;
    const cells = wanted.get(sheet.name);
    const original = pkg.text(sheet.part);
    const hasOwn = original.includes("junheng:");
    if (!cells && !hasOwn) continue;
    const prefix = rootPrefix(original);
    const cleaned = hasOwn ? removeOwnRules(original, prefix) : original;
    addRules(cleaned, prefix, cells ?? [], dxfOf, (text) => writer.write(text));
    changes.set(sheet.part, writer.entry(sheet.part));
  }
}

interface NewSheet {
  readonly name: string;
  readonly veryHidden: boolean;
  /** The sheet part, compressed as soon as it was written: a province's sheets are never all held as text at once. */
  readonly entry: ZipEntry;
  readonly printTitles: string | null;
}

/** Output sheets into the workbook: in place for a sheet of the same name, else a new part at the end. */
function patchSheets(pkg: WorkbookPackage, sheets: readonly PackageSheet[], parts: readonly NewSheet[], changes: Changes): void {
  const workbookPart = pkg.workbookPart;
  let workbook = pkg.text(workbookPart);
  const prefix = rootPrefix(workbook);
  const relsPart = relsPartOf(workbookPart);
  let rels = pkg.has(relsPart) ? pkg.text(relsPart) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let types = pkg.text("[Content_Types].xml");
  const existingRels = pkg.relationships(workbookPart);
  const worksheetType = existingRels.find((r) => typeIs(r, "worksheet"))?.type ?? `${TRANSITIONAL_REL}/worksheet`;
  const relNamespace = worksheetType.startsWith("http://purl.oclc.org") ? STRICT_REL : TRANSITIONAL_REL;
  const relPrefix = new RegExp(`xmlns:([\\w.-]+)="${relNamespace.replace(/[./]/g, "\\$&")}"`).exec(workbook)?.[1];
  const relIds = new Set(existingRels.map((r) => r.id));
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  let sheetId = Math.max(0, ...sheets.map((s) => s.sheetId));
  let partNumber = 1;
  const titles: { index: number; text: string }[] = [];
  const replaced: number[] = [];
  const order = sheets.map((s) => s.name);

  for (const out of parts) {
    const at = sheets.findIndex((s) => s.name === out.name && s.part !== null);
    let part: string;
    if (at >= 0) {
      part = sheets[at].part!;
      replaced.push(at);
    } else {
      while (pkg.has(`${folder}worksheets/sheet${partNumber}.xml`) || changes.has(`${folder}worksheets/sheet${partNumber}.xml`)) partNumber++;
      part = `${folder}worksheets/sheet${partNumber}.xml`;
      let relId = `rIdJunheng${partNumber}`;
      for (let n = 2; relIds.has(relId); n++) relId = `rIdJunheng${partNumber}_${n}`;
      relIds.add(relId);
      rels = rels.replace(/<\/([\w.-]+:)?Relationships>\s*$/, (close) => `<Relationship Id="${relId}" Type="${worksheetType}" Target="${relativeTarget(workbookPart, part)}"/>${close}`);
      types = types.replace(/<\/([\w.-]+:)?Types>\s*$/, (close) => `<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/>${close}`);
      sheetId += 1;
      const idAttribute = relPrefix ? `${relPrefix}:id="${relId}"` : `r:id="${relId}" xmlns:r="${relNamespace}"`;
      const state = out.veryHidden ? ' state="veryHidden"' : "";
      workbook = workbook.replace(new RegExp(`</${prefix}sheets>`), `<${prefix}sheet name="${escapeXml(out.name)}" sheetId="${sheetId}"${state} ${idAttribute}/></${prefix}sheets>`);
      order.push(out.name);
    }
    changes.set(part, out.entry);
    // A replaced sheet's relationships belonged to what it held before.
    if (pkg.has(relsPartOf(part))) changes.set(relsPartOf(part), null);
    if (out.printTitles) titles.push({ index: order.indexOf(out.name), text: out.printTitles });
  }
  workbook = patchPrintTitles(workbook, prefix, replaced, titles);
  if (replaced.length > 0) ({ types, rels } = dropCalcChain(pkg, workbookPart, changes, types, rels));
  changes.set(workbookPart, bytesOf(workbook));
  changes.set(relsPart, bytesOf(rels));
  changes.set("[Content_Types].xml", bytesOf(types));
}

/** Print titles of the replaced sheets out, those of the written sheets in (<definedNames>, created when missing). */
function patchPrintTitles(workbook: string, prefix: string, replaced: readonly number[], titles: readonly { index: number; text: string }[]): string {
  const names = new RegExp(`<${prefix}definedName\\b[^>]*>[^<]*</${prefix}definedName>`, "g");
  let xml = workbook.replace(names, (whole) => {
    const tag = /^<[^>]*>/.exec(whole)![0];
    return attribute(tag, "name") === "_xlnm.Print_Titles" && replaced.includes(Number(attribute(tag, "localSheetId"))) ? "" : whole;
  });
  if (titles.length === 0) return xml;
  const added = titles.map((t) => `<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${t.index}">${escapeXml(t.text)}</${prefix}definedName>`).join("");
  const close = `</${prefix}definedNames>`;
  if (xml.includes(close)) return xml.replace(close, `${added}${close}`);
  xml = xml.replace(new RegExp(`<${prefix}definedNames\\s*/>`), "");
  const later = new RegExp(`<${prefix}(?:calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)[\\s/>]`);
  const afterSheets = xml.indexOf(`</${prefix}sheets>`);
  const match = later.exec(xml.slice(afterSheets));
  const at = match ? afterSheets + match.index : xml.lastIndexOf(`</${prefix}workbook>`);
  return `${xml.slice(0, at)}<${prefix}definedNames>${added}</${prefix}definedNames>${xml.slice(at)}`;
}

function dropCalcChain(pkg: WorkbookPackage, workbookPart: string, changes: Changes, types: string, rels: string): { types: string; rels: string } {
  const chain = pkg.relationships(workbookPart).find((r) => typeIs(r, "calcChain"));
  if (!chain) return { types, rels };
  changes.set(chain.target, null);
  return {
    rels: rels.replace(new RegExp(`<(?:[\\w.-]+:)?Relationship\\b[^>]*Id="${chain.id}"[^>]*/>`), ""),
    types: types.replace(new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${chain.target.replace(/[./]/g, "\\$&")}"[^>]*/>`, "i"), ""),
  };
}

/** The checked copy's bytes. */
export async function patchPackage(pkg: WorkbookPackage, plan: PackagePlan): Promise<Uint8Array> {
  const changes: Changes = new Map();
  const sheets = pkg.sheets();
  const stylesPart = pkg.workbookPartOf("styles");
  if (!stylesPart) throw new InputError(`工作簿「${pkg.fileName}」没有样式部分，无法写出审核结果。请在 Excel 或 WPS 中打开并保存后再审核。`, { kind: "unreadableWorkbook", file: pkg.fileName });
  const stylesXml = pkg.text(stylesPart);
  const book = new StyleBook(stylesXml, rootPrefix(stylesXml));
  const writer = new PartWriter();
  const outputs: NewSheet[] = plan.sheets.map((sheet) => {
    const printTitles = writeOutputSheet(sheet, book, (text) => writer.write(text));
    return { name: sheet.name, veryHidden: false, entry: writer.entry(sheet.name), printTitles };
  });
  outputs.push({ name: MARKER_SHEET, veryHidden: true, entry: newEntry(MARKER_SHEET, bytesOf(markerSheetXml(plan.owned))), printTitles: null });
  const styles = book.finish();
  changes.set(stylesPart, bytesOf(styles.xml));
  patchHighlights(pkg, sheets, plan.highlights, changes, styles.dxfOf, writer);
  patchSheets(pkg, sheets, outputs, changes);

  const entries: ZipEntry[] = [];
  const placed = new Set<string>();
  const changed = new Map([...changes.keys()].map((name) => [name.toLowerCase(), name]));
  // isView, not instanceof: bytes made in another realm (a worker, a test sandbox) are still bytes.
  const entryOf = (name: string, content: Uint8Array | ZipEntry) => (ArrayBuffer.isView(content) ? newEntry(name, content) : { ...content, name });
  for (const entry of pkg.entries) {
    const key = changed.get(entry.name.toLowerCase());
    if (key === undefined) entries.push(entry);
    else {
      placed.add(key);
      const content = changes.get(key);
      if (content) entries.push(entryOf(entry.name, content));
    }
  }
  for (const [name, content] of changes) if (!placed.has(name) && content) entries.push(entryOf(name, content));
  return writeZip(entries);
}
