/**
 * Every colour Junheng paints into a workbook, in one place, as RGB hex ("D9E1F2"). The adapters only spell a
 * colour their way — Office.js `#D9E1F2`, OOXML and exceljs ARGB `FFD9E1F2`, WPS a BGR integer (wps/etApi `bgr`) —
 * and never name one themselves, so the checked workbook looks the same from the CLI, the web page, Excel and WPS.
 */
import type { CellStyle, HighlightKind } from "./writePlan";

/** Light red, light yellow, light orange (docs/workbook-format.md §2). */
export const HIGHLIGHT_COLOURS: Record<HighlightKind, string> = { error: "FFC7CE", warning: "FFEB9C", below: "FCD5B4" };

/**
 * A light blue, distinct from the highlight colours (red, yellow, orange). Not Excel's default 638EC6: the bars are
 * solid and drawn behind the figures, and black digits on that darker blue were hard to read in print.
 */
export const DATA_BAR_COLOUR = "B4C7E7";

/** The font colour and fill of each output-sheet style that has one (writePlan `CellStyle`). */
export interface StyleColours {
  readonly font?: string;
  readonly fill?: string;
}

export const STYLE_COLOURS = {
  title: {},
  // Grey, the note under a sheet's title.
  subtitle: { font: "595959" },
  // Office's pale blue-grey table header.
  header: { fill: "D9E1F2" },
  error: { fill: HIGHLIGHT_COLOURS.error },
  warning: { fill: HIGHLIGHT_COLOURS.warning },
  below: { fill: HIGHLIGHT_COLOURS.below },
  info: {},
  // Office's hyperlink blue.
  link: { font: "0563C1" },
} as const satisfies Readonly<Record<CellStyle, StyleColours>>;

/** The light grey of the header rows of a register Junheng makes (layout, sample, merge). */
export const REGISTER_HEADER_FILL = "F2F2F2";
