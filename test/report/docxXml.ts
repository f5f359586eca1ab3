/**
 * Reads a .docx back for tests: the zip parts (with fflate, the zip library docx itself uses) and the body's
 * paragraphs, tables and sections as plain data. Needs a DOMParser: run the tests in the jsdom environment.
 */
import { strFromU8, unzipSync } from "fflate";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function docxParts(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, "application/xml");
}

const wAll = (el: Element | Document, name: string) => Array.from(el.getElementsByTagNameNS(W, name));
const wChildren = (el: Element, name: string) => Array.from(el.children).filter((c) => c.namespaceURI === W && c.localName === name);
const wAttr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? null;
/** As a reader sees it: the no-break spaces that keep a number together (keepNumbersTogether) read as spaces. */
const textOf = (el: Element) => wAll(el, "t").map((t) => (t.textContent ?? "").replaceAll("\u00a0", " ")).join("");

export interface DocCell {
  readonly text: string;
  readonly fill: string | null;
  readonly span: number;
}
export interface DocRow {
  readonly header: boolean;
  readonly cells: readonly DocCell[];
}
export interface DocTable {
  /** The text of the paragraph just before the table (its title). */
  readonly title: string;
  readonly rows: readonly DocRow[];
  /** Texts of the paragraphs straight after the table. */
  readonly after: readonly string[];
}
export interface DocParagraph {
  readonly style: string | null;
  readonly text: string;
}

export interface DocBody {
  readonly paragraphs: readonly DocParagraph[];
  readonly tables: readonly DocTable[];
  /** Each section's page size and the number of the paragraphs/tables it holds, in order. */
  readonly sections: readonly { readonly width: number; readonly height: number; readonly orient: string | null; readonly tables: readonly string[]; readonly footer: string | null }[];
}

function paragraphOf(p: Element): DocParagraph {
  const pPr = wChildren(p, "pPr")[0];
  return { style: wAttr(pPr && wChildren(pPr, "pStyle")[0], "val"), text: textOf(p) };
}

function tableOf(tbl: Element): Omit<DocTable, "title" | "after"> {
  return {
    rows: wChildren(tbl, "tr").map((tr) => {
      const trPr = wChildren(tr, "trPr")[0];
      return {
        header: trPr !== undefined && wChildren(trPr, "tblHeader").some((h) => !["off", "false", "0"].includes(wAttr(h, "val") ?? "")),
        cells: wChildren(tr, "tc").map((tc) => {
          const tcPr = wChildren(tc, "tcPr")[0];
          return { text: textOf(tc), fill: wAttr(tcPr && wChildren(tcPr, "shd")[0], "fill"), span: Number(wAttr(tcPr && wChildren(tcPr, "gridSpan")[0], "val") ?? 1) };
        }),
      };
    }),
  };
}

/** The body in reading order. A section ends at a paragraph carrying a sectPr, or at the body's own sectPr. */
export function readBody(documentXml: string): DocBody {
  const body = wAll(parseXml(documentXml), "body")[0];
  const blocks = Array.from(body.children).filter((c) => c.namespaceURI === W);
  const paragraphs: DocParagraph[] = [];
  const tables: DocTable[] = [];
  const sections: { width: number; height: number; orient: string | null; tables: string[]; footer: string | null }[] = [];
  let current: string[] = [];
  const closeSection = (sectPr: Element) => {
    const pgSz = wChildren(sectPr, "pgSz")[0];
    const footer = wChildren(sectPr, "footerReference")[0];
    sections.push({ width: Number(wAttr(pgSz, "w")), height: Number(wAttr(pgSz, "h")), orient: wAttr(pgSz, "orient"), tables: current, footer: footer?.getAttribute("r:id") ?? null });
    current = [];
  };
  blocks.forEach((block, i) => {
    if (block.localName === "p") {
      paragraphs.push(paragraphOf(block));
      const pPr = wChildren(block, "pPr")[0];
      const sectPr = pPr && wChildren(pPr, "sectPr")[0];
      if (sectPr) closeSection(sectPr);
    } else if (block.localName === "tbl") {
      const previous = blocks[i - 1];
      const title = previous?.localName === "p" ? textOf(previous) : "";
      const after: string[] = [];
      for (let j = i + 1; j < blocks.length && blocks[j].localName === "p" && paragraphOf(blocks[j]).style === "ReportNote"; j++) after.push(textOf(blocks[j]));
      tables.push({ title, after, ...tableOf(block) });
      current.push(title);
    } else if (block.localName === "sectPr") {
      closeSection(block);
    }
  });
  return { paragraphs, tables, sections };
}
