/**
 * The corpus of bad workbooks (issue 7): what users really send, each built by code at test time. A case says
 * how the command line must answer: refuse with one Chinese line (exit 2, no output), or read the file and report
 * findings that name the sheet and the cells. A text file named .xlsx, a zero-byte file, a bare OLE header and a
 * workbook without register sheets are in test/cli/badInput.test.ts.
 */
import type ExcelJS from "exceljs";
import { strToU8 } from "fflate";
import type { WorkbookGrid } from "../../src/domain/grid";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { primarySchool, records } from "../helpers/register";
import { compoundFile, zipOf } from "./containers";
import { bytesOf, edited, editable, twoSchools, SCHOOL_A, SCHOOL_B } from "./workbooks";

export interface ExpectedFinding {
  readonly rule: string;
  readonly severity: "error" | "warning" | "info";
  readonly sheet: string | null;
  readonly cells: readonly string[];
  readonly message: string;
}

export interface CorpusCase {
  readonly id: string;
  /** The file's name as the user has it; each case runs in a folder of its own. */
  readonly fileName: string;
  readonly bytes: () => Promise<Uint8Array>;
  /** Refused: the exact line printed after 错误：. */
  readonly refused?: string;
  /** Read: the exit status and findings that must be among the result's (exact message). */
  readonly exit?: 0 | 1;
  readonly findings?: readonly ExpectedFinding[];
  /** Rules that must not fire here (what a naive reader would report). */
  readonly quiet?: readonly string[];
}

const SAVE_AS = "请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再审核。";

/** exceljs cell values in a test edit. */
function put(ws: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue): void {
  ws.getCell(address).value = value;
}

function sheetCopy(workbook: ExcelJS.Workbook, from: string, to: string, state: ExcelJS.WorksheetState = "visible"): void {
  const copy = workbook.addWorksheet(to, { state });
  workbook.getWorksheet(from)!.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
}

async function gridBytes(grid: WorkbookGrid): Promise<Uint8Array> {
  return ExcelJsWorkbook.fromGrid(grid).toBuffer();
}

/** The ten-digit code whose leading 0 Excel drops when the cell is a number. */
const ZERO_CODE = "0532822001";

export const CORPUS: readonly CorpusCase[] = [
  {
    id: "Word 文档改名为 .xlsx",
    fileName: "登记表.xlsx",
    bytes: async () => zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
    refused: "文件「登记表.xlsx」是 Word 文档，不是 Excel 工作簿。请选择统计登记表的 .xlsx 文件。",
  },
  {
    id: "WPS/LibreOffice 的 .ods 表格",
    fileName: "登记表.ods",
    bytes: async () => zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" }),
    refused: `文件「登记表.ods」是 OpenDocument 表格（.ods），无法读取。${SAVE_AS}`,
  },
  {
    id: "Excel 二进制工作簿 .xlsb",
    fileName: "登记表.xlsb",
    bytes: async () => zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "\u0083\u0001" }),
    refused: `文件「登记表.xlsb」是 Excel 二进制工作簿（.xlsb），无法读取。${SAVE_AS}`,
  },
  {
    id: "业务系统导出的网页格式“.xls”",
    fileName: "登记表.xls",
    bytes: async () => strToU8('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>学校标识码</td></tr></table></body></html>'),
    refused: `文件「登记表.xls」不是 Excel 工作簿（.xlsx），而是网页（HTML）格式的表格，常见于从业务系统导出的“.xls”。${SAVE_AS}`,
  },
  {
    id: "CSV 文本",
    fileName: "登记表.csv",
    bytes: async () => strToU8("学校标识码,学校名称,在校生数\r\n5328220001,甲小学,180\r\n"),
    refused: `文件「登记表.csv」不是 Excel 工作簿（.xlsx），而是文本（CSV）文件。${SAVE_AS}`,
  },
  {
    id: "没有下载完的工作簿",
    fileName: "登记表.xlsx",
    bytes: async () => {
      const whole = await bytesOf(await editable());
      return whole.slice(0, Math.floor(whole.length / 2));
    },
    refused: "无法读取工作簿「登记表.xlsx」：文件不完整或已损坏（可能没有下载完，或复制时中断）。请重新导出或复制一份完整的工作簿。",
  },
  {
    id: "设置了打开密码（加密）的工作簿",
    fileName: "登记表.xlsx",
    bytes: async () => compoundFile({ EncryptionInfo: new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]), EncryptedPackage: new Uint8Array(64) }),
    refused: "文件「登记表.xlsx」设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开，取消打开密码并保存后再审核。",
  },
  {
    id: "旧版 .xls",
    fileName: "登记表.xls",
    bytes: async () => compoundFile({ Workbook: new Uint8Array([0x09, 0x08, 0x10, 0, 0, 6, 5, 0]), "\u0005SummaryInformation": new Uint8Array(48) }),
    refused: `文件「登记表.xls」是旧版 .xls 工作簿（Excel 97-2003），无法读取。${SAVE_AS}`,
  },
  {
    id: "第 1 048 576 行有一个误填的数",
    fileName: "登记表.xlsx",
    bytes: () => edited((wb) => put(wb.getWorksheet("学生与班级")!, "C1048576", 7)),
    exit: 1,
    findings: [{ rule: "D07", severity: "error", sheet: "学生与班级", cells: ["A1048576"], message: "「学校标识码」未填写，这是必填项" }],
  },
  {
    id: "格式一直设到第 1 048 576 行",
    fileName: "登记表.xlsx",
    bytes: () =>
      edited((wb) => {
        const ws = wb.getWorksheet("学生与班级")!;
        ws.getRow(1048576).font = { bold: true };
        ws.getCell("A1048576").numFmt = "@";
      }),
    exit: 0,
    findings: [],
    quiet: ["D07"],
  },
  {
    id: "300 列",
    fileName: "登记表.xlsx",
    bytes: () =>
      edited((wb) => {
        const ws = wb.getWorksheet("学校基本情况")!;
        for (let c = 10; c <= 300; c++) {
          ws.getCell(1, c).value = `备注${c}`;
          ws.getCell(2, c).value = c;
        }
      }),
    exit: 0,
    findings: [
      {
        rule: "W-01",
        severity: "info",
        sheet: "学校基本情况",
        cells: [],
        message: `工作表「学校基本情况」中这些列不认识，已忽略：${Array.from({ length: 20 }, (_, i) => `备注${i + 10}`).join("、")} 等 291 列`,
      },
    ],
  },
  {
    id: "隐藏和深度隐藏的工作表",
    fileName: "登记表.xlsx",
    bytes: async () => {
      // An old copy, very hidden, comes first in the workbook; the register sheets themselves are partly hidden.
      const grid = layoutRegister(twoSchools()).grid;
      const students = grid.sheets.find((s) => s.name === "学生与班级")!;
      const stale = { ...students, name: "学生与班级(旧)", visibility: "veryHidden" as const, rows: students.rows.map((row, r) => (r >= 2 ? row.map((v, c) => (c === 8 ? 999 : v)) : row)) };
      const sheets = grid.sheets.map((s) => (s.name === "场地与装备" ? { ...s, visibility: "hidden" as const } : s));
      return gridBytes({ ...grid, sheets: [stale, ...sheets] });
    },
    exit: 0,
    findings: [
      {
        rule: "W-03",
        severity: "warning",
        sheet: "学生与班级(旧)",
        cells: [],
        message: "工作表「学生与班级(旧)」与另一张表重复，未读取：学生与班级（已使用工作表「学生与班级」，这一张是隐藏的工作表）",
      },
    ],
    quiet: ["X-01", "312-01"],
  },
  {
    id: "数据区的合并单元格",
    fileName: "登记表.xlsx",
    bytes: () => edited((wb) => wb.getWorksheet("学校基本情况")!.mergeCells("F2:F3")),
    exit: 0,
    findings: [
      {
        rule: "W-06",
        severity: "warning",
        sheet: "学校基本情况",
        cells: ["F2", "F3"],
        message: "工作表「学校基本情况」的 F2:F3 是合并单元格，跨 2 行数据，每一行都按「勐往」读取；请取消合并，逐行填写",
      },
    ],
  },
  {
    id: "只有表头的工作表",
    fileName: "登记表.xlsx",
    bytes: async () => bytesOf(await editable({ ...twoSchools(), sheets: { ...twoSchools().sheets, facilities: [] } })),
    exit: 1,
    findings: [
      { rule: "W-07", severity: "warning", sheet: "场地与装备", cells: ["A1"], message: "工作表「场地与装备」只有表头，下面没有任何数据行，这张表的数据全部缺失" },
      { rule: "X-01", severity: "error", sheet: "学校基本情况", cells: ["A2"], message: "学校标识码「5328220001」的学校在「场地与装备」中没有数据" },
    ],
  },
  {
    id: "人数栏里的日期和没有计算结果的公式",
    fileName: "登记表.xlsx",
    bytes: () =>
      edited((wb) => {
        const ws = wb.getWorksheet("场地与装备")!;
        put(ws, "G3", new Date(Date.UTC(2016, 8, 1)));
        put(ws, "H3", { formula: "G3*2" } as ExcelJS.CellFormulaValue);
        // A formula with its cached result, as Excel and WPS save it, is read as its value.
        put(ws, "H2", { formula: "20+5", result: 25 } as ExcelJS.CellFormulaValue);
      }),
    exit: 1,
    findings: [
      { rule: "D01", severity: "error", sheet: "场地与装备", cells: ["G3"], message: "「计算机」填写了「日期 2016-09-01」，不能识别为数字" },
      { rule: "D01", severity: "error", sheet: "场地与装备", cells: ["H3"], message: "「其中教学用计算机」填写了「=G3*2」，不能识别为数字" },
    ],
  },
  {
    id: "学校标识码丢了开头的 0",
    fileName: "登记表.xlsx",
    bytes: async () => {
      const input = records(primarySchool(ZERO_CODE, SCHOOL_A), primarySchool("5328220002", SCHOOL_B));
      const grid = layoutRegister(input).grid;
      const sheets = grid.sheets.map((s) => (s.name === "学校基本情况" ? { ...s, rows: s.rows.map((row) => row.map((v) => (v === ZERO_CODE ? Number(ZERO_CODE) : v))) } : s));
      return gridBytes({ ...grid, sheets });
    },
    exit: 0,
    findings: [
      {
        rule: "D08",
        severity: "warning",
        sheet: "学校基本情况",
        cells: ["A2"],
        message: "「学校标识码」为「532822001」，不是 10 位数字（单元格是数字格式，开头的 0 被去掉了，已按「0532822001」读取；请把单元格设为文本并补上 0）",
      },
    ],
    quiet: ["X-01", "X-02"],
  },
  {
    id: "同一张表按别名出现两次",
    fileName: "登记表.xlsx",
    bytes: () => edited((wb) => sheetCopy(wb, "学生与班级", "表2 学生情况")),
    exit: 0,
    findings: [
      {
        rule: "W-03",
        severity: "warning",
        sheet: "表2 学生情况",
        cells: [],
        message: "工作表「表2 学生情况」与另一张表重复，未读取：学生与班级（已使用工作表「学生与班级」）",
      },
    ],
  },
  {
    id: "用户自己建的“审核结果”工作表",
    fileName: "登记表.xlsx",
    bytes: () =>
      edited((wb) => {
        const own = wb.addWorksheet("审核结果");
        put(own, "A1", "我自己的审核记录");
        put(own, "B2", { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue);
      }),
    exit: 0,
    findings: [],
  },
];
