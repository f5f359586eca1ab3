/**
 * The web page (WPS and old-Office users, offline): pick or drop a register .xlsx, then the task pane's App runs
 * over a FileHost, an in-memory copy of the file. The user's file is never changed; 下载审核后的工作簿 hands over
 * the copy, with Junheng's highlights and any sheets written, as `<原名>.审核.xlsx`.
 */
import { Button, FluentProvider, makeStyles, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { useState, type DragEvent } from "react";
import { App } from "../taskpane/App";
import { saveBlob, type DownloadEnv } from "../taskpane/reportDownload";
import { FileHost } from "./fileHost";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  page: { maxWidth: "960px", margin: "0 auto", padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalXL,
    textAlign: "center",
    cursor: "pointer",
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2 },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  file: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  pane: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, overflow: "hidden" },
});

export interface WebAppProps {
  /** How downloads reach the browser; tests pass their own. */
  readonly downloadEnv?: DownloadEnv;
}

export function WebApp({ downloadEnv }: WebAppProps) {
  const styles = useStyles();
  const [host, setHost] = useState<FileHost | null>(null);
  // Each opened file gets a fresh pane (a new key), even when the same file is picked again.
  const [opened, setOpened] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  async function open(file: File | undefined) {
    if (!file) return;
    setError(null);
    try {
      setHost(await FileHost.fromFile(file));
      setOpened((n) => n + 1);
    } catch (e) {
      setHost(null);
      setError((e as Error).message);
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void open(event.dataTransfer.files[0]);
  }

  async function download() {
    if (!host) return;
    try {
      const bytes = await host.toBuffer();
      saveBlob(new Blob([bytes.slice()], { type: XLSX_MIME }), host.downloadName, downloadEnv);
    } catch (e) {
      setError(`无法下载工作簿：${(e as Error).message}`);
    }
  }

  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <main className={styles.page}>
        <header>
          <Text as="h1" size={700} weight="semibold">
            均衡 · 网页版
          </Text>
          <Text as="p" block>
            在浏览器中审核统计登记表，不联网、不上传；原文件不会被修改，审核结果请下载副本。
          </Text>
        </header>
        <label
          htmlFor="junheng-file"
          className={dragging ? `${styles.drop} ${styles.dragging}` : styles.drop}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          选择或拖入统计登记表 .xlsx
        </label>
          <input
            id="junheng-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            hidden
            onChange={(e) => {
              void open(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
        {error && (
          <Text as="p" role="alert" className={styles.error}>
            {error}
          </Text>
        )}
        {host && (
          <>
            <div className={styles.file}>
              <Text weight="semibold">{host.fileName}</Text>
              <Button appearance="primary" onClick={() => void download()}>
                下载审核后的工作簿
              </Button>
            </div>
            <div className={styles.pane}>
              <App key={opened} host={host} displayLanguage="zh-CN" />
            </div>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
