/**
 * The import graph of src/ (issue 13): no module imports itself round a circle, and the domain folders import one
 * way only, down the data path. `npm run circles` runs madge for the same circles; this test reads the imports
 * itself (type imports too, which madge skips) so that it takes milliseconds rather than seconds.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";

const SRC = path.resolve(__dirname, "../../src");
const DOMAIN = path.join(SRC, "domain");

/**
 * The domain's layers, lowest first: a folder (or top-level file) may import its own layer and those below, never
 * one above. Where the folders beside the data path sit is docs/decisions-13.md §1.
 */
const LAYERS: readonly (readonly string[])[] = [
  // The model: the workbook as data, text helpers, errors, findings, the field dictionary, the register, and the
  // column schemas of the sheets Junheng writes and reads back (their readers live in several layers).
  ["grid", "text", "errors", "ruleIds", "findings", "fields", "register", "sheetSchema"],
  ["recognise"],
  // Rules: every rule's id, severity and texts (rules/*Rules.ts) and the validation checks.
  ["rules", "validate"],
  // Rule packs and the plan's calendar: data the evaluation judges against.
  ["packs", "calendar"],
  ["evaluation"],
  // Judged on an evaluation: the checklist, explanations matched to findings.
  ["checklists", "explanations"],
  // What a run produces (CheckRun): the types the outputs read.
  ["run"],
  // Everything written from a run: sheets, JSON, the report, the handbook; the canonical layout prints like them.
  ["outputs", "result", "report", "handbook", "layout"],
  // The input stage (recognise once, read back the sheets Junheng wrote and last year's through their schemas) and
  // the check that runs inputs → validate → evaluate.
  ["inputs", "check"],
  // Features built on whole runs or on the layout.
  ["archive", "merge", "practice", "sample"],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [file] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;'"]*?(?:from\s*)?["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const FILES = sourceFiles(SRC);
const IMPORTS = new Map(
  FILES.map((file) => {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(IMPORT)].map((m) => resolve(file, m[1] ?? m[2])).filter((t): t is string => t !== null && /\.tsx?$/.test(t));
    return [file, [...new Set(targets)]] as const;
  }),
);

/** Strongly connected components of more than one module (Tarjan), each as paths relative to src/. */
function circles(): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of IMPORTS.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(path.relative(SRC, w));
      } while (w !== v);
      if (component.length > 1 || (IMPORTS.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const file of FILES) if (!indices.has(file)) visit(file);
  return found;
}

/** The layer unit of a domain module: its folder, or its name for a file directly in src/domain. */
function unitOf(file: string): string {
  const [first, ...rest] = path.relative(DOMAIN, file).split(path.sep);
  return rest.length > 0 ? first : first.replace(/\.tsx?$/, "");
}

const rank = new Map(LAYERS.flatMap((units, i) => units.map((u) => [u, i] as const)));

describe("the import graph", () => {
  it("has no circles in src/", () => {
    expect(circles()).toEqual([]);
  });

  it("gives every domain folder and top-level file a layer", () => {
    const units = new Set(FILES.filter((f) => f.startsWith(DOMAIN + path.sep)).map(unitOf));
    expect([...units].filter((u) => !rank.has(u)).sort()).toEqual([]);
  });

  it("has the domain import down its layers only", () => {
    const upward: string[] = [];
    for (const [file, targets] of IMPORTS) {
      if (!file.startsWith(DOMAIN + path.sep)) continue;
      for (const target of targets) {
        if (!target.startsWith(DOMAIN + path.sep)) {
          upward.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)} (outside the domain)`);
          continue;
        }
        const from = unitOf(file);
        const to = unitOf(target);
        if (from !== to && rank.get(from)! < rank.get(to)!) upward.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("reads every relative import", () => {
    // The reader itself: every relative import in src/ resolves to a module the graph holds (none slips by).
    const specs = FILES.flatMap((file) => [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => ({ file, spec: m[1] ?? m[2] })));
    const lost = specs.filter(({ file, spec }) => !/\.(css|html|json|svg|png)$/.test(spec) && !IMPORTS.get(file)!.includes(resolve(file, spec) ?? ""));
    expect(lost).toEqual([]);
    expect(specs.length).toBeGreaterThan(1000);
    // A multi-line type import is read: run.ts imports the evaluation's types.
    expect(IMPORTS.get(path.join(DOMAIN, "run.ts"))).toContain(path.join(DOMAIN, "evaluation", "evaluate.ts"));
  });
});
