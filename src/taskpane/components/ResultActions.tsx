import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({ root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS } });

export interface ResultActionsProps {
  readonly hasRun: boolean;
  readonly busy: boolean;
  onWriteSheets(): void;
  onWriteStandards(): void;
  onClear(): void;
}

/** What the user may write into the workbook after a check, each on purpose; and taking the colours off again. */
export function ResultActions({ hasRun, busy, onWriteSheets, onWriteStandards, onClear }: ResultActionsProps) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <div role="group" aria-label={s.actions.label} className={styles.root}>
      <Button size="small" disabled={!hasRun || busy} onClick={onWriteSheets}>
        {s.actions.writeSheets}
      </Button>
      <Button size="small" disabled={!hasRun || busy} onClick={onWriteStandards}>
        {s.actions.writeStandards}
      </Button>
      <Button size="small" disabled={busy} onClick={onClear}>
        {s.actions.clear}
      </Button>
    </div>
  );
}
