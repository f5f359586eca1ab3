import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState, type FormEvent } from "react";
import type { Finding } from "../../domain/findings";
import { useFindingText, useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  finding: { color: tokens.colorNeutralForeground2 },
});

export interface ExplainDialogProps {
  /** The warning being explained; the dialog is closed when null. */
  readonly finding: Finding | null;
  readonly defaultAuthor: string;
  readonly busy: boolean;
  /** Why the last save failed (the pane's message bar is behind the dialog). */
  readonly error: string | null;
  onSave(text: string, author: string): void;
  onCancel(): void;
}

/** A 说明 for a warning: the reason and who gives it, appended to the 审核说明 sheet. */
export function ExplainDialog({ finding, defaultAuthor, busy, error, onSave, onCancel }: ExplainDialogProps) {
  const s = useStrings();
  const findingText = useFindingText();
  const styles = useStyles();
  const [text, setText] = useState("");
  const [author, setAuthor] = useState(defaultAuthor);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (finding) {
      setText("");
      setTried(false);
    }
  }, [finding]);
  useEffect(() => setAuthor((a) => a || defaultAuthor), [defaultAuthor]);
  const missing = !text.trim() || !author.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!missing) onSave(text.trim(), author.trim());
  };
  return (
    <Dialog open={finding !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{s.explainDialog.title}</DialogTitle>
            <DialogContent className={styles.form}>
              {finding && (
                <Text className={styles.finding}>
                  {finding.rule} · {findingText(finding)}
                </Text>
              )}
              {error && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
              <Field label={s.explainDialog.text} hint={s.explainDialog.textHint} required validationMessage={tried && !text.trim() ? s.explainDialog.required : undefined}>
                <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
              </Field>
              <Field label={s.explainDialog.author} required validationMessage={tried && !author.trim() ? s.explainDialog.required : undefined}>
                <Input value={author} onChange={(_, d) => setAuthor(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy}>
                {s.explainDialog.save}
              </Button>
              <Button type="button" onClick={onCancel}>
                {s.explainDialog.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
