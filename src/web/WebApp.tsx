/**
 * The web page (WPS and old-Office users, trainers; offline): 审核 a picked or dropped register (or the
 * embedded sample) in a sheet grid beside the task pane's App, 练习与评分 for trainers, and the printable
 * 规则说明. The user's file is never changed; 下载审核后的工作簿 hands over the copy, with Junheng's highlights
 * and any sheets written, as `<原名>.审核.xlsx`.
 */
import { FluentProvider, makeStyles, Tab, TabList, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { saveBlob, type DownloadEnv } from "../taskpane/download";
import { fileBytes } from "../taskpane/fileBytes";
import { CheckPage } from "./CheckPage";
import type { CheckEngine } from "../taskpane/checkEngine";
import type { FileHost } from "./fileHost";
import type { WorkbookReader } from "./readWorkbook";
import { WEB } from "./strings";
import { mimeOf } from "./xlsxMime";
import { InputError } from "../domain/errors";

/** The reason a file did not open, in the user's words: ours as they are, a library's English never. */
function openFailure(error: unknown): string {
  return error instanceof InputError ? error.message : WEB.openFailed;
}

// Trainers' pages load when first opened; the 审核 page is what most users need first.
const PracticePage = lazy(() => import("./PracticePage").then((m) => ({ default: m.PracticePage })));
const HandbookPage = lazy(() => import("./HandbookPage").then((m) => ({ default: m.HandbookPage })));

type Page = keyof typeof WEB.pages;

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
  intro: { color: tokens.colorNeutralForeground2 },
});

export interface WebAppProps {
  /** How downloads reach the browser; tests pass their own. */
  readonly downloadEnv?: DownloadEnv;
  /** Runs the engine (a Web Worker on the built page; inline in tests). */
  readonly engine?: CheckEngine;
  /** Reads the picked workbook (a Web Worker on the built page; inline in tests). */
  readonly reader?: WorkbookReader;
}

export function WebApp({ downloadEnv, engine, reader }: WebAppProps) {
  const styles = useStyles();
  const [page, setPage] = useState<Page>("check");
  const [visited, setVisited] = useState<ReadonlySet<Page>>(new Set(["check"]));
  const [host, setHost] = useState<FileHost | null>(null);
  const [opened, setOpened] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function show(next: Page) {
    setPage(next);
    setVisited((seen) => new Set([...seen, next]));
  }

  async function open(load: () => Promise<{ readonly bytes: Uint8Array; readonly name: string }>) {
    setBusy(true);
    setError(null);
    try {
      // exceljs comes with the first workbook, not with the page.
      const [{ FileHost }, { bytes, name }] = await Promise.all([import("./fileHost"), load()]);
      setHost(await FileHost.fromBytes(bytes, name, reader));
      setOpened((n) => n + 1);
    } catch (e) {
      setHost(null);
      setError(openFailure(e));
    } finally {
      setBusy(false);
    }
  }

  const openFile = (file: File | undefined) => {
    if (!file) return;
    void open(async () => ({ bytes: await fileBytes(file), name: file.name }));
  };

  const openSample = () =>
    void open(async () => {
      const { sampleBytes, SAMPLE_FILE_NAME } = await import("./sampleFile");
      return { bytes: await sampleBytes(), name: SAMPLE_FILE_NAME };
    });

  async function download() {
    if (!host) return;
    try {
      const bytes = await host.toBuffer();
      saveBlob(new Blob([bytes.slice()], { type: mimeOf(host.downloadName) }), host.downloadName, downloadEnv);
    } catch (e) {
      setError(e instanceof InputError ? WEB.downloadFailed(e.message) : WEB.downloadFailed(WEB.unexpected));
    }
  }

  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <main className={styles.page}>
        <header className={styles.header}>
          <Text as="h1" size={700} weight="semibold">
            {WEB.title}
          </Text>
          <Text className={styles.intro}>{WEB.intro}</Text>
        </header>
        <TabList selectedValue={page} onTabSelect={(_, d) => show(d.value as Page)}>
          {(Object.keys(WEB.pages) as Page[]).map((p) => (
            <Tab key={p} value={p}>
              {WEB.pages[p]}
            </Tab>
          ))}
        </TabList>
        {/* Pages stay mounted once seen, so switching tabs keeps a run, a generated practice set or a score. */}
        <div hidden={page !== "check"}>
          <CheckPage
            engine={engine}
            host={host}
            opened={opened}
            busy={busy}
            error={error}
            onOpenFile={openFile}
            onOpenSample={openSample}
            onDownload={() => void download()}
          />
        </div>
        {visited.has("practice") && (
          <div hidden={page !== "practice"}>
            <Suspense fallback={null}>
              <PracticePage
                downloadEnv={downloadEnv}
                onOpen={(bytes, name) => {
                  show("check");
                  void open(async () => ({ bytes, name }));
                }}
              />
            </Suspense>
          </div>
        )}
        {visited.has("handbook") && (
          <div hidden={page !== "handbook"}>
            <Suspense fallback={null}>
              <HandbookPage />
            </Suspense>
          </div>
        )}
      </main>
    </FluentProvider>
  );
}
