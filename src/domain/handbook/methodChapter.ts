/**
 * The handbook's method chapter (计算方法): the indicator formulas, the student-weighted difference coefficient with
 * the official worked example, the split of mixed schools and the enrolment and dropout rates. Every number comes
 * from the engine — thresholds and weights from the rule packs, the worked example computed by weightedCoefficient,
 * field names from the dictionary — so the chapter cannot say something the code does not do. Pure.
 */
import { weightedCoefficient, splitShares } from "../evaluation/coefficient";
import { DROPOUT_TARGETS, dropoutFields, ENROLMENT_FIELDS } from "../evaluation/targets";
import { fieldDef, STAGE_LABEL } from "../fields/dictionary";
import { indicatorName } from "../packs/indicatorNames";
import { packById } from "../packs/registry";
import type { RulePack } from "../packs/schema";
import type { FieldId } from "../fields/types";

/**
 * How each indicator is computed, in words (P = the unit's students). A test evaluates every formula of the
 * engine on unit inputs and checks its × 100 against the text.
 */
export const FORMULA_TEXT: Readonly<Record<string, string>> = {
  B1: "教学及辅助用房面积 ÷ P",
  B2: "（运动场地面积 + 体育馆面积）÷ P",
  B3: "教学仪器设备值（万元换算为元）÷ P",
  B4: "计算机台数 × 100 ÷ P",
  B5: "图书册数 ÷ P",
  B6: "专任教师数 ÷ P",
  B7: "高于规定学历的专任教师数 ÷ P（小学：专科及以上；初中：本科及以上）",
  B8: "中级及以上职称的专任教师数 ÷ P",
  Q1: "高于规定学历的专任教师数 × 100 ÷ P",
  Q2: "县级以上骨干教师数 × 100 ÷ P",
  Q3: "（体育专任教师数 + 艺术专任教师数）× 100 ÷ P",
  Q4: "教学及辅助用房面积 ÷ P",
  Q5: "（运动场地面积 + 体育馆面积）÷ P",
  Q6: "教学仪器设备值（万元换算为元）÷ P",
  Q7: "网络多媒体教室间数 × 100 ÷ P",
  S1: "占地面积 ÷ 全校在校生数",
  S2: "校舍建筑面积 ÷ 全校在校生数",
  S3: "绿化用地面积 ÷ 全校在校生数",
  S4: "（运动场地面积 + 体育馆面积）÷ P",
  S5: "教学仪器设备值（万元换算为元）÷ P",
  S6: "图书册数 ÷ P",
  S7: "计算机台数 × 100 ÷ P",
  S8: "全校在校生数 ÷ 教职工数（即 1 : n 中的 n，不超过标准）",
  S9: "学历合格的专任教师数 ÷ 专任教师数",
  S10: "在校生数 ÷ 班数（不超过标准）",
};

/** The official worked example: 生均图书册数 of five primary schools. */
export const WORKED_EXAMPLE = {
  students: [45, 37, 89, 76, 55],
  books: [279, 137, 935, 160, 402],
} as const;

/** The mixed-school example: a 九年一贯制 school's books split between its stages. */
export const SPLIT_EXAMPLE = { primary: 166, junior: 210, books: 23226 } as const;

type Escape = (text: string) => string;

const fixed = (n: number, digits: number) => n.toFixed(digits);
const percent = (n: number) => `${+(n * 100).toFixed(2)}%`;

function pack(id: string): RulePack {
  const found = packById(id);
  if (!found) throw new Error(`no pack ${id}`);
  return found;
}

function thresholdText(p: RulePack, indicator: string): string {
  const values = (["primary", "junior"] as const).map((stage) => {
    const own = p.thresholds.filter((t) => t.indicator === indicator && t.stage === stage);
    const shown = [...new Set(own.map((t) => (t.value === null ? "未设定" : `${t.area ? `${t.area} ` : ""}${t.value}`)))];
    return `${STAGE_LABEL[stage]} ${shown.join("、") || "—"}`;
  });
  return values.join("；");
}

function indicatorTable(e: Escape, p: RulePack, ids: readonly string[], withThresholds: boolean): string {
  const rows = ids.map((id) => {
    const name = indicatorName(id);
    const threshold = withThresholds ? `<td>${e(thresholdText(p, id))}</td>` : "";
    return `<tr><td>${e(id)}</td><td>${e(name.name)}</td><td>${e(name.unit)}</td><td>${e(FORMULA_TEXT[id] ?? "")}</td>${threshold}</tr>`;
  });
  return [
    "<table>",
    `<thead><tr><th>编号</th><th>指标</th><th>单位</th><th>计算公式</th>${withThresholds ? "<th>标准</th>" : ""}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody>`,
    "</table>",
  ].join("\n");
}

function workedExample(e: Escape): string {
  const { students, books } = WORKED_EXAMPLE;
  const values = students.map((p, i) => ({ id: `学校${i + 1}`, students: p, value: books[i] / p }));
  const weighted = weightedCoefficient(values);
  const unweighted = weightedCoefficient(values.map((v) => ({ ...v, students: 1 })));
  const n = values.length;
  const P = weighted.students;
  const mean = weighted.mean!;
  const sd = weighted.sd!;
  const sampleCv = unweighted.cv! * Math.sqrt(n / (n - 1));
  const rows = values.map((v) => {
    const share = v.students / P;
    return `<tr><td>${e(v.id)}</td><td>${v.students}</td><td>${books[values.indexOf(v)]}</td><td>${fixed(v.value, 6)}</td><td>${fixed(share, 6)}</td><td>${fixed(share * (v.value - mean) ** 2, 6)}</td></tr>`;
  });
  const totalBooks = books.reduce((a, b) => a + b, 0);
  return [
    `<p>官方示例：五所小学的生均图书册数。在校生 ${students.join("、")} 人（共 ${P} 人），图书 ${books.join("、")} 册（共 ${totalBooks} 册）。</p>`,
    "<table>",
    "<thead><tr><th>学校</th><th>在校生 P<sub>i</sub></th><th>图书（册）</th><th>生均 X<sub>i</sub></th><th>权重 P<sub>i</sub>/P</th><th>(P<sub>i</sub>/P)(X<sub>i</sub> − X̄)²</th></tr></thead>",
    `<tbody>${rows.join("")}</tbody>`,
    "</table>",
    `<p class="formula">X̄ = ${totalBooks} ÷ ${P} = ${fixed(mean, 6)}；加权方差 = ${fixed(sd * sd, 6)}；S = ${fixed(sd, 6)}；<strong>CV = S ÷ X̄ = ${fixed(weighted.cv!, 6)}</strong>（公布值 ${fixed(weighted.cv!, 2)}）。</p>`,
    `<p class="warn">常见错算：不按学生加权得 ${fixed(unweighted.cv!, 3)}，按样本标准差（除以 n − 1）得 ${fixed(sampleCv, 3)}，都不是差异系数。</p>`,
  ].join("\n");
}

function coefficientSection(e: Escape): string {
  const basic = pack("yunnan-2016-basic");
  const quality = pack("national-2017-quality");
  return [
    '<section id="method-coefficient">',
    "<h3>差异系数（按学生数加权）</h3>",
    "<p>对某一学段、某一项指标，乡镇（或县）内各评估单元 i = 1…n：</p>",
    '<pre class="formula">',
    "P = ΣP<sub>i</sub>（各单元在校生之和）",
    "X̄ = Σ (P<sub>i</sub>/P)·X<sub>i</sub>（= 全部资源 ÷ 全部学生）",
    "S = √ Σ (P<sub>i</sub>/P)·(X<sub>i</sub> − X̄)²（除以 P，不除以 n 或 n − 1）",
    "CV = S ÷ X̄",
    "</pre>",
    `<p>${e(basic.title)}：${e(basic.balanceIndicators.length === 8 ? "八项" : `${basic.balanceIndicators.length} 项`)}指标差异系数的算术平均数为综合差异系数，小学不高于 ${basic.coefficient.primary}、初中不高于 ${basic.coefficient.junior}。`,
    `${e(quality.title)}：每项指标的差异系数小学不高于 ${fixed(quality.coefficient.primary, 2)}、初中不高于 ${fixed(quality.coefficient.junior, 2)}。计算时保留全部小数，只在显示时保留 3 位。</p>`,
    workedExample(e),
    "</section>",
  ].join("\n");
}

function splitSection(): string {
  const weights = pack("yunnan-2016-basic").splitWeights;
  const { primary, junior, books } = SPLIT_EXAMPLE;
  const shares = splitShares({ primary, junior, senior: 0 }, weights);
  return [
    '<section id="method-split">',
    "<h3>一贯制学校和完全中学的拆分</h3>",
    `<p>校舍、运动场馆、仪器设备、计算机、图书等共用资源按每生权重拆给各学段：小学 : 初中 : 高中 = ${weights.primary} : ${weights.junior} : ${weights.senior}；教师按统计表分学段填报，不拆分。`,
    `例：九年一贯制学校小学 ${primary} 人、初中 ${junior} 人，图书 ${books} 册，小学部分 = ${books} × ${primary} ÷ (${primary} + ${weights.junior} × ${junior}) = ${fixed(books * shares.primary, 3)} 册，初中部分 ${fixed(books * shares.junior, 3)} 册（拆分比例不四舍五入）。</p>`,
    "</section>",
  ].join("\n");
}

function ratesSection(e: Escape): string {
  const targets = pack("yunnan-2016-basic").targets;
  const target = (id: string) => targets.find((t) => t.id === id);
  const label = (sheet: "villages" | "students", field: FieldId) => `「${fieldDef(sheet, field).label}」`;
  const labels = (fields: readonly FieldId[]) => fields.map((f) => label("villages", f)).join(" + ");
  const enrolment = (["T1", "T2", "T3"] as const).map((id) => {
    const { enrolled, age } = ENROLMENT_FIELDS[id];
    const t = target(id);
    return `<li><strong>${e(indicatorName(id).name)}</strong> = ${e(labels(enrolled))} ÷ ${e(labels(age))}，按村委会和全乡计算；目标 ≥ ${t?.value === null || !t ? "未设定" : percent(t.value)}。</li>`;
  });
  const dropout = DROPOUT_TARGETS.map(([id, stage]) => {
    const { dropouts, base } = dropoutFields(stage);
    const t = target(id);
    const line = t?.controlLine == null ? "" : `；超过国家控制线 ${percent(t.controlLine)} 为警告（考核不得分）`;
    return `<li><strong>${e(indicatorName(id).name)}</strong> = ${e(label("students", dropouts))} ÷ ${e(label("students", base))}，按学校和全乡计算；超过 ${t?.value == null ? "目标" : percent(t.value)} 为错误${e(line)}。</li>`;
  });
  return [
    '<section id="method-rates">',
    "<h3>入学率与辍学率</h3>",
    "<p>入学率按户籍所在村统计适龄儿童少年；辍学率的分母是学年初的在校生数。比率超过 100% 一定是数据错误。</p>",
    `<ul>${[...enrolment, ...dropout].join("\n")}</ul>`,
    "</section>",
  ].join("\n");
}

/** The chapter as an HTML <section>, to go into the handbook before the rules. */
export function methodChapterHtml(e: Escape): string {
  const basic = pack("yunnan-2016-basic");
  const quality = pack("national-2017-quality");
  return [
    '<section id="method" class="method">',
    "<h2>计算方法</h2>",
    '<p class="family-desc">本章的标准值、权重和示例数字都由软件的计算程序和规则包生成，与审核时的算法一致。P 为评估单元（学校的一个学段）的在校生数。</p>',
    '<section id="method-indicators">',
    `<h3>校际均衡指标（${e(basic.title)}）</h3>`,
    indicatorTable(e, basic, basic.balanceIndicators, false),
    `<h3>办学条件标准（${e(basic.title)}，参考值请按省定标准核对）</h3>`,
    indicatorTable(e, basic, basic.standardIndicators, true),
    `<h3>优质均衡指标（${e(quality.title)}）</h3>`,
    indicatorTable(e, quality, quality.balanceIndicators, true),
    "</section>",
    coefficientSection(e),
    splitSection(),
    ratesSection(e),
    "</section>",
  ].join("\n");
}
