// Takes the README picture of the Word report: builds the CLI, checks the embedded sample with --docx, converts the
// report to PDF with LibreOffice and renders page 1 to docs/screenshots/report.png.
//   node scripts/screenshot-report.mjs [--no-build] [--out docs/screenshots/report.png]
// Needs soffice (apt-get install libreoffice-writer), pdftoppm (poppler-utils) and a CJK font (fonts-noto-cjk), or
// every Chinese character comes out as a box.
/* global console, process, URL */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const out = resolve(root, outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : "docs/screenshots/report.png");
const work = mkdtempSync(join(tmpdir(), "junheng-report-"));

function run(command, commandArgs, okStatuses = [0]) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit" });
  if (result.error || !okStatuses.includes(result.status ?? -1)) {
    console.error(`失败：${command} ${commandArgs.join(" ")}${result.error ? `（${result.error.message}）` : ""}`);
    process.exit(1);
  }
}

if (!args.includes("--no-build")) run(join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.cli.json"]);
const register = join(work, "示例登记表.xlsx");
const docx = join(work, "report.docx");
run(process.execPath, ["bin/junheng.js", "sample", "--out", register]);
// The sample has error-level findings, so check exits 1; the report is written all the same.
run(process.execPath, ["bin/junheng.js", "check", register, "--docx", docx, "--quiet"], [0, 1]);
// A profile of its own, so a LibreOffice already open on this machine does not take over the conversion.
const profile = pathToFileURL(join(work, "profile")).href;
run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, docx]);
const pdf = join(work, "report.pdf");
if (!existsSync(pdf)) {
  console.error("LibreOffice 没有生成 PDF。");
  process.exit(1);
}
run("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, join(work, "page")]);
mkdirSync(dirname(out), { recursive: true });
copyFileSync(join(work, "page.png"), out);
console.log(`已写出 ${out}`);
