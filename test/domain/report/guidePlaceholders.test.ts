import { readFileSync } from "fs";
import { join } from "path";
import { placeholderNames } from "../../../src/domain/report/placeholders";
import { shippedPack } from "../../helpers/evaluatedSheets";

/** The guide's「占位符一览」(README links to it) is where users look a placeholder up; every name the template accepts must be in it. */
describe("the guide lists the report placeholders", () => {
  const guide = readFileSync(join(__dirname, "../../../docs/guide.md"), "utf8");
  const section = guide.slice(guide.indexOf("\n### 占位符一览\n"), guide.indexOf("\n## 7. 审核规则\n"));

  it.each(["yunnan-2016-basic", "national-2017-quality"])("for %s", (id) => {
    const pack = shippedPack(id);
    for (const name of placeholderNames(pack)) {
      // Per-indicator names are listed as a range: 小学.差异系数.B1 … 初中.差异系数.B8, with the 2017 ids named.
      const perIndicator = /^(小学|初中)\.(差异系数|平均值)\.([BQ])\d$/.exec(name);
      if (perIndicator) {
        expect(section).toContain(`{{小学.${perIndicator[2]}.B1}}`);
        if (perIndicator[3] === "Q") expect(section).toContain("`Q1`–`Q7`");
      } else expect(section).toContain(`{{${name}}}`);
    }
  });
});
