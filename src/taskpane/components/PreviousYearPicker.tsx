import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { errorMessage } from "../session";
import { useStrings } from "../i18n/strings";
import { loadPreviousYear, type PreviousYearChoice } from "../previousYear";
import { Disclosure } from "./Disclosure";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  file: { color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground3 },
  input: { display: "none" },
});

export interface PreviousYearPickerProps {
  readonly choice: PreviousYearChoice | null;
  readonly carryOver: boolean;
  readonly disabled: boolean;
  onChoose(choice: PreviousYearChoice | null): void;
  onCarryOver(carryOver: boolean): void;
  /** Tests may stand in for reading the file. */
  readonly load?: (file: File) => Promise<PreviousYearChoice>;
}

/**
 * 上年数据: last year's workbook for the next check to compare with, and whether to carry its 整改清单 状态 and
 * 考核自查 entries over. The file is read when chosen, so a file that cannot be used is said at once, by name.
 */
export function PreviousYearPicker({ choice, carryOver, disabled, onChoose, onCarryOver, load = loadPreviousYear }: PreviousYearPickerProps) {
  const s = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file picked again must fire change again.
    event.target.value = "";
    if (!file) return;
    setLoading(true);
    setError(null);
    try {
      onChoose(await load(file));
    } catch (e) {
      onChoose(null);
      setError(errorMessage(e, s.errors));
    } finally {
      setLoading(false);
    }
  };

  return (
    // Closed at first (a secondary choice); the chosen file shows beside it all the same.
    <Disclosure title={s.previous.label} summary={choice ? s.previous.chosen(choice.fileName) : undefined}>
    {/* A group, not a Field: a Field would give its label to the checkbox as well. */}
    <div role="group" aria-label={s.previous.label} aria-describedby={hintId} className={styles.root}>
      <div className={styles.row}>
        <input ref={input} className={styles.input} type="file" accept=".xlsx" aria-label={s.previous.choose} onChange={(e) => void picked(e)} />
        <Button size="small" disabled={disabled || loading} onClick={() => input.current?.click()}>
          {loading ? s.previous.loading : s.previous.choose}
        </Button>
        {choice && (
          <>
            <Text size={200} className={styles.file}>
              {s.previous.chosen(choice.fileName)}
            </Text>
            <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onChoose(null)}>
              {s.previous.remove}
            </Button>
          </>
        )}
      </div>
      <Checkbox label={s.previous.carryOver} checked={carryOver} disabled={disabled || !choice} onChange={(_, d) => onCarryOver(d.checked === true)} />
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Text id={hintId} size={200} className={styles.hint}>
        {s.previous.hint}
      </Text>
    </div>
    </Disclosure>
  );
}
