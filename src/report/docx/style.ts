/**
 * Page geometry, fonts and paragraph styles of the Word report. Formatting lives in named styles rather than on each
 * run, so a user who edits the document in Word can restyle it through 样式 in one place.
 */
import { AlignmentType, BorderStyle, LineRuleType, type IBorderOptions, type IFontAttributesProperties, type IStylesOptions } from "docx";

/** A4 in twips (1/20 pt); Word writes exactly these numbers for A4, and they are what tests look for. */
export const A4 = { width: 11906, height: 16838 } as const;
/**
 * Portrait: 2.54 cm top and bottom, 2.2 cm left and right, the margins of the provincial report templates. Landscape
 * pages hold the long tables (表Ⅱ-2), so they give 2 cm top and bottom to fit a few more rows on the page.
 */
export const MARGIN = {
  portrait: { top: 1440, bottom: 1440, left: 1247, right: 1247, header: 851, footer: 851 },
  landscape: { top: 1134, bottom: 1134, left: 1247, right: 1247, header: 567, footer: 567 },
} as const;
/** Usable width for a table on a portrait and a landscape page. */
export const TEXT_WIDTH = {
  portrait: A4.width - MARGIN.portrait.left - MARGIN.portrait.right,
  landscape: A4.height - MARGIN.landscape.left - MARGIN.landscape.right,
} as const;

/** Below standard: the light orange of the workbook's highlights and of the 指标计算 sheet. */
export const SHADED_FILL = "FCD5B4";
export const HEADER_FILL = "F2F2F2";
/** A fired veto: the light red the workbook uses for errors. */
export const VETO_FILL = "FFC7CE";
export const VETO_BORDER = "C00000";

/**
 * Latin text in Times New Roman, Chinese in 宋体 / 黑体: the names Chinese Word installs know. Other hosts substitute
 * their own CJK font (LibreOffice on Linux falls back to Noto CJK per glyph).
 */
const font = (eastAsia: string, latin = "Times New Roman"): IFontAttributesProperties => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia });
export const BODY_FONT = font("宋体");
export const HEADING_FONT = font("黑体", "Arial");

/** Sizes in half-points, named by the Chinese type sizes (字号) report templates specify. */
export const SIZE = { 小二: 36, 三号: 32, 四号: 28, 小四: 24, 五号: 21, 小五: 18, 六号: 15 } as const;

export const STYLE = { body: "ReportBody", cell: "ReportCell", note: "ReportNote", veto: "ReportVeto", footer: "ReportFooter" } as const;

const vetoBorder: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: VETO_BORDER, space: 4 };

export const REPORT_STYLES: IStylesOptions = {
  default: {
    // Chinese text is zh-CN, Latin text (digits among it) en-US, as Chinese Word writes it: LibreOffice breaks lines
    // in Latin text by its language, and with zh-CN there it split numbers anywhere ("10" / "0%", "9" / "9.24%").
    document: { run: { font: BODY_FONT, size: SIZE.小四, language: { value: "en-US", eastAsia: "zh-CN" } } },
    title: {
      run: { font: HEADING_FONT, size: SIZE.小二, bold: false, color: "000000" },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360 } },
    },
    heading1: {
      run: { font: HEADING_FONT, size: SIZE.三号, bold: false, color: "000000" },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: HEADING_FONT, size: SIZE.四号, bold: false, color: "000000" },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
    },
  },
  paragraphStyles: [
    {
      // 首行缩进两字, 1.5 倍行距: how Chinese report body text is set.
      id: STYLE.body,
      name: "报告正文",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: { indent: { firstLine: 480, firstLineChars: 200 }, spacing: { line: 360, lineRule: LineRuleType.AUTO, after: 0 } },
    },
    { id: STYLE.cell, name: "表格文字", basedOn: "Normal", run: { size: SIZE.五号 }, paragraph: { spacing: { before: 0, after: 0, line: 260, lineRule: LineRuleType.AUTO } } },
    { id: STYLE.note, name: "表注", basedOn: "Normal", run: { size: SIZE.小五 }, paragraph: { spacing: { before: 60, after: 60 } } },
    {
      // Consecutive paragraphs with the same border share one box, so all vetoes stand in a single framed block.
      id: STYLE.veto,
      name: "一票否决",
      basedOn: "Normal",
      run: { color: VETO_BORDER },
      paragraph: {
        shading: { fill: VETO_FILL },
        border: { top: vetoBorder, bottom: vetoBorder, left: vetoBorder, right: vetoBorder },
        spacing: { before: 0, after: 0, line: 360, lineRule: LineRuleType.AUTO },
        keepNext: true,
      },
    },
    { id: STYLE.footer, name: "报告页脚", basedOn: "Normal", run: { size: SIZE.小五 }, paragraph: { alignment: AlignmentType.CENTER } },
  ],
};
