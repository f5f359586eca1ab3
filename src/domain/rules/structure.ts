/**
 * Workbook structure W-01..W-07: product rules, not in the official statistics system. They report what the
 * recogniser noticed while reading the workbook, so the user knows what was ignored or skipped.
 */
import type { Said } from "../findings";
import type { StructureIssue } from "../register";
import { mergedRange } from "../recognise/mergedRows";
import { plainFinding } from "./context";
import type { RuleDef, RuleInfo } from "./types";
import { say, template } from "./texts";

const TABLE = "工作簿结构";

/** A rule that reports every structure issue of one kind, pointing at the cells the recogniser gave. */
function issueRule<const I extends RuleInfo>(info: I, kind: StructureIssue["kind"], message: (rule: I, issue: StructureIssue) => Said<I["id"]>): RuleDef {
  return {
    ...info,
    check(ctx) {
      return ctx.register.issues
        .filter((issue) => issue.kind === kind)
        .map((issue) => plainFinding(info, message(info, issue), issue.sheet, issue.cells));
    },
  };
}

const W01 = issueRule(
  {
    id: "W-01",
    severity: "info",
    table: TABLE,
    title: "有不认识的列，已忽略",
    explanation: "表里可以有自己加的列（备注、联系人等），本软件不认识的列不读取，也不影响审核。这里列出被忽略的列，万一其中有应当读取的数据（表头写法太特别），可以改成规范的表头。",
    example: "「学校基本情况」中有一列「校长电话」。",
    fix: "不需要的列无需处理；应当读取的列，把表头改成登记表规定的名称（如「学校标识码」「在校生数」）。",
    en: {
      title: "Unknown columns, ignored",
      explanation:
        "A sheet may hold columns of your own (notes, contact person and so on); columns Junheng does not know are not read and do not affect the check. They are listed here in case one of them holds data that should be read (a header written too unusually); you can then change it to the standard header.",
      example: "「学校基本情况」 has a column 「校长电话」 (head teacher's phone).",
      fix: "Columns you do not need can stay as they are; for a column that should be read, change its header to the name the register prescribes (such as 「学校标识码」 or 「在校生数」).",
    },
    texts: {
      "W-01": template<{ sheetName: string; detail: string }>(
        (p) => `工作表「${p.sheetName}」中这些列不认识，已忽略：${p.detail}`,
        (p) => `Sheet 「${p.sheetName}」 has columns Junheng does not know, ignored: ${p.detail}`,
      ),
    },
  },
  "unknownColumns",
  (rule, issue) => say(rule, "W-01", { sheetName: issue.sheet, detail: issue.detail }),
);

const W02 = issueRule(
  {
    id: "W-02",
    severity: "warning",
    table: TABLE,
    title: "工作表名称像登记表，但找不到表头",
    explanation: "工作表的名称看起来是某张登记表，但表里找不到「学校标识码」或「学校名称」这样的表头，整张表都没有读取。",
    example: "名为「教职工」的工作表里只有一张图片或一段文字说明。",
    fix: "在表的最上面加上规范的表头行（至少有「学校标识码」或「学校名称」）；不是登记表的工作表请改个名称。",
    en: {
      title: "A sheet named like a register sheet has no header",
      explanation:
        "The sheet's name looks like one of the register's sheets, but no header such as 「学校标识码」 or 「学校名称」 can be found in it, so the whole sheet was not read.",
      example: "A sheet named 「教职工」 holds only a picture or a paragraph of text.",
      fix: "Add the standard header row at the top of the sheet (with at least 「学校标识码」 or 「学校名称」); rename sheets that are not register sheets.",
    },
    texts: {
      "W-02": template<{ sheetName: string; detail: string }>(
        (p) => `工作表「${p.sheetName}」看起来是「${p.detail}」，但找不到「学校标识码」或「学校名称」表头，整张表未读取`,
        (p) => `Sheet 「${p.sheetName}」 looks like 「${p.detail}」, but has no 学校标识码 or 学校名称 header; the sheet was not read`,
      ),
    },
  },
  "unrecognisedSheet",
  (rule, issue) => say(rule, "W-02", { sheetName: issue.sheet, detail: issue.detail }),
);

const W03 = issueRule(
  {
    id: "W-03",
    severity: "warning",
    table: TABLE,
    title: "同一张登记表出现了两次",
    explanation: "工作簿里有两张工作表都是同一张登记表（例如复制出的「学生(2)」），本软件只读取第一张，另一张不读取。",
    example: "工作簿里既有「学生与班级」，又有一张复制出来的「学生与班级 (2)」。",
    fix: "删除多余的那张，或者把两张表的数据合并到一张里。",
    en: {
      title: "The same register sheet appears twice",
      explanation:
        "Two sheets of the workbook are the same register sheet (for example a copy such as 「学生(2)」); Junheng reads only the first and not the other.",
      example: "The workbook has both 「学生与班级」 and a copied 「学生与班级 (2)」.",
      fix: "Delete the extra sheet, or merge the data of the two sheets into one.",
    },
    texts: {
      "W-03": template<{ sheetName: string; detail: string }>(
        (p) => `工作表「${p.sheetName}」与另一张表重复，未读取：${p.detail}`,
        (p) => `Sheet 「${p.sheetName}」 repeats another sheet and was not read: ${p.detail}`,
      ),
    },
  },
  "duplicateSheet",
  (rule, issue) => say(rule, "W-03", { sheetName: issue.sheet, detail: issue.detail }),
);

const W04 = issueRule(
  {
    id: "W-04",
    severity: "warning",
    table: TABLE,
    title: "同一个栏目出现了两列",
    explanation: "一张表里有两列都对应同一个栏目（例如既有「学校标识码」又有「学校代码」），本软件只用其中一列，另一列不读取。两列内容不一致时，可能用错了列。",
    example: "「学校基本情况」中既有「学校标识码」列，又有「学校代码」列。",
    fix: "删除多余的列，只保留一列。",
    en: {
      title: "The same column appears twice",
      explanation:
        "Two columns of one sheet stand for the same column of the register (for example both 「学校标识码」 and 「学校代码」); Junheng uses only one of them and does not read the other. If the two differ, the wrong one may be in use.",
      example: "「学校基本情况」 has both a 「学校标识码」 column and a 「学校代码」 column.",
      fix: "Delete the extra column and keep only one.",
    },
    texts: {
      "W-04": template<{ sheetName: string; detail: string }>(
        (p) => `工作表「${p.sheetName}」中的列重复：${p.detail}`,
        (p) => `Sheet 「${p.sheetName}」 has repeated columns: ${p.detail}`,
      ),
    },
  },
  "duplicateColumn",
  (rule, issue) => say(rule, "W-04", { sheetName: issue.sheet, detail: issue.detail }),
);

const W05 = issueRule(
  {
    id: "W-05",
    severity: "info",
    table: TABLE,
    title: "合计行已跳过",
    explanation: "表中写着“合计”“总计”“小计”的行不是一所学校（或一个村）的数据，本软件跳过它，只按学校逐行计算。",
    example: "「学生与班级」最后一行的学校名称一栏写着「合计」。",
    fix: "不需要处理；如果这一行其实是一所学校，请补上学校标识码。",
    en: {
      title: "Total rows skipped",
      explanation:
        "Rows marked 「合计」, 「总计」 or 「小计」 (total, grand total, subtotal) are not the data of one school (or village); Junheng skips them and computes school by school, row by row.",
      example: "The school name cell of the last row of 「学生与班级」 reads 「合计」.",
      fix: "Nothing to do; if the row is in fact a school, fill in its school code.",
    },
    texts: {
      "W-05": template<{ sheetName: string; row: string; detail: string }>(
        (p) => `工作表「${p.sheetName}」${p.row ? `第 ${p.row} 行` : ""}是「${p.detail}」行，不是学校数据，已跳过`,
        (p) => `Sheet 「${p.sheetName}」${p.row ? `, row ${p.row},` : ""} is a 「${p.detail}」 row, not a school's data; skipped`,
      ),
    },
  },
  "totalRow",
  (rule, issue) => {
    const row = /\d+$/.exec(issue.cells[0] ?? "")?.[0];
    return say(rule, "W-05", { sheetName: issue.sheet, row: row ?? "", detail: issue.detail });
  },
);

const W06 = issueRule(
  {
    id: "W-06",
    severity: "warning",
    table: TABLE,
    title: "合并单元格跨了几行数据",
    explanation:
      "数据区里把几所学校的同一栏合并成了一个单元格（例如几所学校同属一个村委会，只写了一次）。Excel 只把内容存在合并区域最上面的一格，排序、筛选和上报系统都会把其余几行当成空的。本软件按看到的样子，给合并区域的每一行都读入这个值。",
    example: "「学校基本情况」中 F2:F4 合并成一格，写着「勐往」。",
    fix: "取消合并单元格（开始 → 合并后居中 → 取消单元格合并），再在每一行分别填写。",
    en: {
      title: "A merged cell spans several data rows",
      explanation:
        "In the data area the same column of several schools was merged into one cell (for example several schools belong to one village committee, written only once). Excel keeps the content only in the top cell of a merged area, so sorting, filtering and the reporting system treat the other rows as empty. Junheng reads the value into every row of the merged area, as it looks on screen.",
      example: "In 「学校基本情况」, F2:F4 are merged into one cell reading 「勐往」.",
      fix: "Unmerge the cells (Home → Merge & Center → Unmerge Cells), then fill in each row on its own.",
    },
    texts: {
      "W-06": template<{ sheetName: string; range: string; rows: number; detail: string }>(
        (p) => `工作表「${p.sheetName}」的 ${p.range} 是合并单元格，跨 ${p.rows} 行数据，每一行都按「${p.detail}」读取；请取消合并，逐行填写`,
        (p) => `On sheet 「${p.sheetName}」, ${p.range} is a merged cell across ${p.rows} data rows, each read as “${p.detail}”; unmerge it and fill in every row`,
      ),
    },
  },
  "mergedData",
  (rule, issue) => {
    const { range, rows } = mergedRange(issue);
    return say(rule, "W-06", { sheetName: issue.sheet, range, rows, detail: issue.detail });
  },
);

const W07 = issueRule(
  {
    id: "W-07",
    severity: "warning",
    table: TABLE,
    title: "登记表只有表头，没有数据",
    explanation: "找到了这张登记表的表头，但表头下面没有任何一行数据，这张表的栏目全部无法核对，用到它的指标也算不出来。",
    example: "「场地与装备」只剩表头，数据行被误删或还没有粘贴进来。",
    fix: "把各学校的数据填写或粘贴到表头下面，每所学校一行。",
    en: {
      title: "A register sheet has a header but no data",
      explanation:
        "The sheet's header was found, but there is no data row below it, so none of its columns can be checked and the indicators that use it cannot be computed.",
      example: "「场地与装备」 has only its header left: the data rows were deleted by mistake or have not been pasted in yet.",
      fix: "Fill in or paste the schools' data below the header, one row per school.",
    },
    texts: {
      "W-07": template<{ sheetName: string; detail: string }>(
        (p) => `工作表「${p.sheetName}」${p.detail === p.sheetName ? "" : `（${p.detail}）`}只有表头，下面没有任何数据行，这张表的数据全部缺失`,
        (p) => `Sheet 「${p.sheetName}」${p.detail === p.sheetName ? "" : ` (${p.detail})`} has headers but no data rows; all its data is missing`,
      ),
    },
  },
  "noData",
  (rule, issue) => say(rule, "W-07", { sheetName: issue.sheet, detail: issue.detail }),
);

export const STRUCTURE_RULES: readonly RuleDef[] = [W01, W02, W03, W04, W05, W06, W07];
