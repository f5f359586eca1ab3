import { escapeHtml, handbookHtml } from "../../src/domain/handbook/handbook";
import { FORMULA_TEXT, methodChapterHtml } from "../../src/domain/handbook/methodChapter";
import { FORMULAS } from "../../src/domain/evaluation/formulas";
import { SCHOOL_RESOURCES, SHARED_RESOURCES, STAGE_RESOURCES, type Resources } from "../../src/domain/evaluation/resources";
import { PACKS } from "../../src/domain/packs/registry";

const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("the handbook's method chapter", () => {
  const html = methodChapterHtml(escapeHtml);
  const plain = text(html);

  it("has a formula for every indicator of every pack, and its × 100 is the engine's", () => {
    const ones = Object.fromEntries([...SHARED_RESOURCES, ...SCHOOL_RESOURCES, ...STAGE_RESOURCES].map((k) => [k, { value: 1, cells: [] }])) as unknown as Resources;
    for (const pack of PACKS) {
      for (const id of [...pack.balanceIndicators, ...pack.standardIndicators]) {
        expect([id, FORMULA_TEXT[id]]).toEqual([id, expect.any(String)]);
        const value = FORMULAS[id].value(ones, pack);
        expect([id, FORMULA_TEXT[id].includes("× 100")]).toEqual([id, value !== null && value >= 100]);
        expect(plain).toContain(FORMULA_TEXT[id]);
      }
    }
  });

  it("works the official example of the student-weighted coefficient with the engine", () => {
    expect(plain).toContain("X̄ = 1913 ÷ 302 = 6.334437");
    expect(plain).toContain("加权方差 = 10.652787");
    expect(plain).toContain("S = 3.263861");
    expect(plain).toContain("CV = S ÷ X̄ = 0.515257（公布值 0.52）");
    expect(plain).toContain("不按学生加权得 0.489，按样本标准差（除以 n − 1）得 0.546");
  });

  it("gives the thresholds, split weights and rates from the packs", () => {
    expect(plain).toContain("小学不高于 0.65、初中不高于 0.55");
    expect(plain).toContain("每项指标的差异系数小学不高于 0.50、初中不高于 0.45");
    expect(plain).toContain("小学 : 初中 : 高中 = 1 : 1.1 : 1.32");
    expect(plain).toContain("= 9711.627 册，初中部分 13514.373 册");
    expect(plain).toMatch(/小学入学率 = 「[^」]+」 ÷ 「[^」]+」，按村委会和全乡计算；目标 ≥ 99.5%/);
    expect(plain).toMatch(/初中年辍学率 = 「[^」]+」 ÷ 「[^」]+」，按学校和全乡计算；超过 3% 为错误；超过国家控制线 1.8% 为警告/);
    expect(plain).toContain("Q5生均体育运动场馆面积㎡（运动场地面积 + 体育馆面积）÷ P小学 7.5；初中 10.2");
  });

  it("is in the handbook, listed first in its contents, and the handbook prints with page numbers", () => {
    const book = handbookHtml();
    expect(book).toContain('<li><a href="#method">计算方法</a></li>');
    expect(book.indexOf('id="method"')).toBeLessThan(book.indexOf('id="family-D"'));
    expect(book).toMatch(/@page \{[^}]*@bottom-center \{ content: "第 " counter\(page\) " 页 \/ 共 " counter\(pages\) " 页"/);
  });
});
