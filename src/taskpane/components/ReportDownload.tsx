import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CheckRun } from "../../domain/check";
import { useStrings } from "../i18n/strings";
import type { DownloadEnv } from "../download";
import { downloadReport } from "../reportDownload";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS } });

type State =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  | { readonly kind: "started"; readonly run: CheckRun; readonly fileName: string }
  | { readonly kind: "failed"; readonly run: CheckRun; readonly detail: string };

export interface ReportDownloadProps {
  /** The check to report on; it carries the 自评报告模板 it read (the township's 主要做法). */
  readonly run: CheckRun;
  readonly busy: boolean;
  /** Tests stand in for the browser's Blob URLs and links. */
  readonly env?: DownloadEnv;
}

/**
 * 下载自评报告（Word）. Whether a download really started cannot be seen from the page (some Office webviews drop it
 * silently), so a started download always comes with the hint naming the other ways to get the report.
 */
export function ReportDownload({ run, busy, env }: ReportDownloadProps) {
  const s = useStrings();
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: "idle" });
  const download = async () => {
    setState({ kind: "working" });
    try {
      setState({ kind: "started", run, fileName: await downloadReport(run, env) });
    } catch (error) {
      setState({ kind: "failed", run, detail: error instanceof Error ? error.message : String(error) });
    }
  };
  // A message about an earlier run's report would mislead after a new check.
  const current = (state.kind === "started" || state.kind === "failed") && state.run === run ? state : null;
  return (
    <div className={styles.root}>
      <Button size="small" disabled={busy || state.kind === "working"} onClick={() => void download()}>
        {state.kind === "working" ? s.report.preparing : s.report.download}
      </Button>
      {current && (
        <MessageBar intent={current.kind === "failed" ? "error" : "info"} layout="multiline">
          <MessageBarBody>{current.kind === "failed" ? s.report.failed(current.detail) : s.report.started(current.fileName)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
