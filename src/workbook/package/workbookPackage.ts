/**
 * An .xlsx (or .xlsm) package as Open Packaging Conventions describe it: parts found through relationships, not
 * through the file names Excel happens to use. Targets may be relative or absolute (openpyxl, pandas), part names
 * are compared without case, and relationship types are matched by their last word so strict OOXML
 * (purl.oclc.org) finds its parts as transitional does.
 */
import { InputError } from "../../domain/errors";
import { inflateEntry, readZip, type ZipEntry } from "./zip";
import { attribute, tags, textOf } from "./xml";

/** The largest part inflated: a province's biggest sheet is far below, a zip bomb far above. */
export const MAX_PART_BYTES = 768 * 1024 * 1024;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Part name without the leading slash, or the target as written when external. */
  readonly target: string;
  readonly external: boolean;
}

export interface PackageSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly relId: string;
  /** Part name of the worksheet, or null for a chart sheet or dialog sheet (nothing to read or highlight). */
  readonly part: string | null;
}

/** The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target resolved against the folder of the part that names it; a leading slash means the package root. */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** Whether a relationship type ends in this word (…/officeDocument, …/worksheet, …/styles). */
export const typeIs = (rel: Relationship, word: string) => rel.type.endsWith(`/${word}`);

export class WorkbookPackage {
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    readonly fileName: string,
    readonly entries: readonly ZipEntry[],
  ) {
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  static open(bytes: Uint8Array, fileName: string): WorkbookPackage {
    return new WorkbookPackage(fileName, readZip(bytes, fileName));
  }

  entry(part: string): ZipEntry | undefined {
    return this.byName.get(part.toLowerCase());
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase());
  }

  bytes(part: string): Uint8Array {
    const entry = this.entry(part);
    if (!entry) throw new InputError(`无法读取工作簿「${this.fileName}」：缺少「${part}」部分，文件可能已损坏。`, { kind: "unreadableWorkbook", file: this.fileName });
    return inflateEntry(entry, this.fileName, MAX_PART_BYTES);
  }

  text(part: string): string {
    return textOf(this.bytes(part));
  }

  relationships(part: string): Relationship[] {
    const rels = relsPartOf(part);
    if (!this.has(rels)) return [];
    return tags(this.text(rels), "Relationship").map((tag) => {
      const external = attribute(tag, "TargetMode") === "External";
      const target = attribute(tag, "Target") ?? "";
      return { id: attribute(tag, "Id") ?? "", type: attribute(tag, "Type") ?? "", target: external ? target : resolveTarget(part, target), external };
    });
  }

  /** The workbook part (xl/workbook.xml in Excel's files), from the package's own relationships. */
  get workbookPart(): string {
    const main = this.relationships("").find((r) => typeIs(r, "officeDocument") && !r.external);
    if (main && this.has(main.target)) return main.target;
    if (this.has("xl/workbook.xml")) return "xl/workbook.xml";
    throw new InputError(`无法读取工作簿「${this.fileName}」：找不到工作簿的主体部分，文件可能已损坏。`, { kind: "unreadableWorkbook", file: this.fileName });
  }

  /** The part the workbook links with a relationship of this type (styles, sharedStrings), if any. */
  workbookPartOf(word: string): string | null {
    const rel = this.relationships(this.workbookPart).find((r) => typeIs(r, word) && !r.external);
    return rel && this.has(rel.target) ? rel.target : null;
  }

  sheets(): PackageSheet[] {
    const workbook = this.workbookPart;
    const rels = new Map(this.relationships(workbook).map((r) => [r.id, r]));
    const sheetsXml = /<(?:[\w.-]+:)?sheets[\s>][\s\S]*?<\/(?:[\w.-]+:)?sheets>/.exec(this.text(workbook))?.[0] ?? "";
    return tags(sheetsXml, "sheet").map((tag) => {
      const relId = attribute(tag, ":id") ?? "";
      const rel = rels.get(relId);
      const state = attribute(tag, "state");
      return {
        name: attribute(tag, "name") ?? "",
        sheetId: Number(attribute(tag, "sheetId") ?? 0),
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
        relId,
        part: rel && typeIs(rel, "worksheet") && this.has(rel.target) ? rel.target : null,
      };
    });
  }
}
