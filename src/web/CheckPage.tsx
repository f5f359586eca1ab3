/**
 * 审核: the workbook copy in a sheet grid beside the task pane's App. The pane talks to the FileHost exactly as it
 * talks to Excel; the grid watches the same host, so highlights appear when the pane writes them and a clicked
 * finding scrolls the grid to its cell.
 */
import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useState, useSyncExternalStore, type DragEvent } from "react";
import type { CheckEngine } from "../taskpane/checkEngine";
import type { CellSelection } from "../workbook/host";
import type { FileHost } from "./fileHost";
import { ErrorLine } from "./parts";
import { SheetGrid } from "./SheetGrid";
import { WEB } from "./strings";
import { XLSM_MIME, XLSX_MIME } from "./xlsxMime";

// The pane (Fluent views, the engine) loads once a file is open; the first paint needs only this page.
const App = lazy(() => import("../taskpane/App").then((m) => ({ default: m.App })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalL,
    textAlign: "center",
    cursor: "pointer",
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2 },
  open: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  file: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  work: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 420px", gap: tokens.spacingHorizontalM, alignItems: "start" },
  pane: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: "calc(100vh - 170px)",
    overflowY: "auto",
  },
});

export interface CheckPageProps {
  readonly host: FileHost | null;
  /** Changes with every opened file, so the pane starts afresh even for the same file. */
  readonly opened: number;
  readonly busy: boolean;
  readonly error: string | null;
  readonly onOpenFile: (file: File | undefined) => void;
  readonly onOpenSample: () => void;
  readonly onDownload: () => void;
  readonly engine?: CheckEngine;
}

export function CheckPage({ host, opened, busy, error, onOpenFile, onOpenSample, onDownload, engine }: CheckPageProps) {
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    onOpenFile(event.dataTransfer.files[0]);
  }

  return (
    <div className={styles.root}>
      <div className={styles.open}>
        <label
          htmlFor="junheng-file"
          className={dragging ? `${styles.drop} ${styles.dragging}` : styles.drop}
          style={{ flex: 1 }}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          {WEB.pick}
        </label>
        <input
          id="junheng-file"
          type="file"
          accept={`.xlsx,.xlsm,${XLSX_MIME},${XLSM_MIME}`}
          hidden
          onChange={(e) => {
            onOpenFile(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <Button onClick={onOpenSample} disabled={busy}>
          {WEB.sample}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={WEB.opening} />}
      <ErrorLine error={error} />
      {host && (
        <>
          <div className={styles.file}>
            <Text weight="semibold">{host.fileName}</Text>
            <Button appearance="primary" onClick={onDownload}>
              {WEB.downloadWorkbook}
            </Button>
          </div>
          <div className={styles.work}>
            <HostGrid host={host} />
            <div className={styles.pane}>
              <Suspense fallback={<Spinner size="small" />}>
                <App key={opened} host={host} displayLanguage="zh-CN" engine={engine} />
              </Suspense>
            </div>
          </div>
        </>
      )}
    </div>
  );
}

function HostGrid({ host }: { readonly host: FileHost }) {
  const subscribe = useCallback((watcher: () => void) => host.subscribe(watcher), [host]);
  const view = useSyncExternalStore(subscribe, () => host.view());
  const onSelect = useCallback((selection: CellSelection) => host.userSelected(selection), [host]);
  return <SheetGrid view={view} onSelect={onSelect} />;
}
