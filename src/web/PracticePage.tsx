/**
 * 练习与评分, for trainers: generate a practice register from a seed (the workbook for trainees, the key and the
 * 讲评 sheet for the trainer), then score a class's corrected files at once and download the class score sheet.
 */
import { Button, Field, Input, makeStyles, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { PRACTICE_LEVELS, type PracticeLevelId } from "../domain/practice/levels";
import { DEFAULT_PRACTICE_ERRORS, practiceMaxErrors } from "../domain/practice/practiceRegister";
import { saveBlob, type DownloadEnv } from "../taskpane/download";
import type { ClassResult, PracticeFiles, PracticeScore } from "./practice";
import { ErrorLine, PageSection } from "./parts";
import { WEB } from "./strings";
import { XLSX_MIME } from "./xlsxMime";

const T = WEB.practice;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "820px" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
  tiles: { display: "flex", gap: tokens.spacingHorizontalL, listStyle: "none", padding: 0, margin: 0 },
  tile: { padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, minWidth: "96px" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  table: { borderCollapse: "collapse", "& th, & td": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 8px", textAlign: "left" } },
});

export interface PracticePageProps {
  readonly downloadEnv?: DownloadEnv;
  /** Opens the generated practice register on the 审核 page (trainers demonstrating the seeded errors). */
  readonly onOpen: (bytes: Uint8Array, fileName: string) => void;
}

export function PracticePage({ downloadEnv, onOpen }: PracticePageProps) {
  const styles = useStyles();
  const [seed, setSeed] = useState("2026");
  const [errors, setErrors] = useState(String(DEFAULT_PRACTICE_ERRORS));
  const [level, setLevel] = useState<PracticeLevelId | "">("");
  const [files, setFiles] = useState<PracticeFiles | null>(null);
  const [workbooks, setWorkbooks] = useState<File[]>([]);
  const [keys, setKeys] = useState<File[]>([]);
  const [result, setResult] = useState<ClassResult | null>(null);
  // Which action is under way; one at a time, and its spinner says which.
  const [busy, setBusy] = useState<"generate" | "score" | null>(null);
  const [error, setError] = useState<string | null>(null);

  const seedValue = Number(seed);
  const errorsValue = Number(errors);
  const maxErrors = practiceMaxErrors(level || undefined);
  const canGenerate = Number.isSafeInteger(seedValue) && Number.isInteger(errorsValue) && errorsValue >= 1 && errorsValue <= maxErrors;

  async function attempt(kind: "generate" | "score", action: () => Promise<void>) {
    setBusy(kind);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  }

  const generate = () =>
    attempt("generate", async () => {
      const { generatePractice } = await import("./practice");
      setFiles(await generatePractice(seedValue, errorsValue, level || undefined));
    });

  const scoreIt = () =>
    attempt("score", async () => {
      if (workbooks.length === 0 || keys.length === 0) return;
      const { scoreClass } = await import("./practice");
      setResult(await scoreClass(workbooks, keys));
    });

  return (
    <div className={styles.root}>
      <PageSection id="practice-generate" title={T.generateHeading} hint={T.generateHint}>
        <div className={styles.row}>
          <Field label={T.seed}>
            <Input type="number" value={seed} onChange={(_, d) => setSeed(d.value)} />
          </Field>
          <Field label={T.level}>
            <Select value={level} onChange={(_, d) => setLevel(d.value as PracticeLevelId | "")}>
              <option value="">{T.allLevels}</option>
              {PRACTICE_LEVELS.map((l) => (
                <option key={l.id} value={l.id} title={l.description}>
                  {l.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={T.errors(maxErrors)}>
            <Input type="number" min={1} max={maxErrors} value={errors} onChange={(_, d) => setErrors(d.value)} />
          </Field>
          <Button appearance="primary" disabled={!canGenerate || busy !== null} onClick={() => void generate()}>
            {T.generate}
          </Button>
        </div>
        {busy === "generate" && <Spinner size="tiny" label={T.generating} />}
        {files && (
          <>
            <Text role="status">{T.generated(files.seed, files.errorCount)}</Text>
            <div className={styles.row}>
              <Button onClick={() => saveBlob(new Blob([files.workbook.slice()], { type: XLSX_MIME }), files.workbookName, downloadEnv)}>{T.downloadWorkbook}</Button>
              <Button onClick={() => saveBlob(new Blob([files.keyJson], { type: "application/json" }), files.keyName, downloadEnv)}>{T.downloadKey}</Button>
              <Button onClick={() => saveBlob(new Blob([files.reviewHtml], { type: "text/html" }), files.reviewName, downloadEnv)}>{T.downloadReview}</Button>
              {files.previous && (
                <Button onClick={() => files.previous && saveBlob(new Blob([files.previous.workbook.slice()], { type: XLSX_MIME }), files.previous.name, downloadEnv)}>{T.downloadPrevious}</Button>
              )}
              <Button appearance="subtle" onClick={() => onOpen(files.workbook, files.workbookName)}>
                {T.open}
              </Button>
            </div>
          </>
        )}
      </PageSection>

      <PageSection id="practice-score" title={T.scoreHeading} hint={T.scoreHint}>
        <div className={styles.row}>
          <Field label={T.pickWorkbook}>
            <input type="file" multiple accept=".xlsx" aria-label={T.pickWorkbook} onChange={(e) => setWorkbooks([...(e.target.files ?? [])])} />
          </Field>
          <Field label={T.pickKey}>
            <input type="file" multiple accept=".json,application/json" aria-label={T.pickKey} onChange={(e) => setKeys([...(e.target.files ?? [])])} />
          </Field>
          <Button appearance="primary" disabled={workbooks.length === 0 || keys.length === 0 || busy !== null} onClick={() => void scoreIt()}>
            {T.score}
          </Button>
        </div>
        {busy === "score" && <Spinner size="tiny" label={T.scoring} />}
        {result?.single && <ScoreView score={result.single} />}
        {result && <ClassView result={result} downloadEnv={downloadEnv} />}
      </PageSection>
      <ErrorLine error={error} />
    </div>
  );
}

function ClassView({ result, downloadEnv }: { readonly result: ClassResult; readonly downloadEnv?: DownloadEnv }) {
  const styles = useStyles();
  const { trainees, totals, mostMissed } = result.score;
  const counts = (t: (typeof trainees)[number]) => [t.errors, t.fixed, t.missed, t.wrongFix, t.introduced, t.score].map((n) => (n === null ? "—" : String(n)));
  return (
    <div className={styles.section}>
      <Text weight="semibold">{T.classHeading(trainees.length, totals.averageScore)}</Text>
      <table className={styles.table} aria-label={T.classTable}>
        <thead>
          <tr>
            {T.classColumns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trainees.map((t, row) => (
            <tr key={`${row}-${t.file}`}>
              <td>{t.file}</td>
              {counts(t).map((n, i) => (
                <td key={i}>{n}</td>
              ))}
              <td>{t.error ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {mostMissed.length > 0 && <Text>{T.mostMissed(mostMissed.slice(0, 5).map((r) => `${r.rule} ${r.title}（${r.missed + r.wrongFix}/${r.seeded}）`).join("；"))}</Text>}
      <div className={styles.row}>
        <Button onClick={() => saveBlob(new Blob([result.sheet.slice()], { type: XLSX_MIME }), T.classFile, downloadEnv)}>{T.downloadClass}</Button>
      </div>
    </div>
  );
}

function ScoreView({ score }: { readonly score: PracticeScore }) {
  const styles = useStyles();
  const { board } = score;
  const counts = { fixed: board.fixed.length, missed: board.missed.length, wrongFix: board.wrongFix.length, introduced: board.introduced.length };
  return (
    <div className={styles.section}>
      <Text weight="semibold">{T.result(score.name, score.seed)}</Text>
      <ul className={styles.tiles} aria-label="练习评分">
        {(Object.keys(counts) as (keyof typeof counts)[]).map((kind) => (
          <li key={kind} className={styles.tile}>
            <Text block size={200}>
              {T.tiles[kind]}
            </Text>
            <Text block size={600} weight="semibold">
              {counts[kind]}
            </Text>
          </li>
        ))}
      </ul>
      <Text>{board.text}</Text>
      {score.sections.map((section) => (
        <div key={section.kind}>
          <Text weight="semibold">{section.title}</Text>
          <ul className={styles.list}>
            {section.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
