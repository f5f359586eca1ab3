import { Button, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { yearOf } from "../../domain/archive/year";
import type { WorkbookHost } from "../../workbook/host";
import type { RulePack } from "../../domain/packs/schema";
import { archivePack, downloadArchive, readEarlierFile, writeArchive, type ArchiveChoice, type EarlierFile } from "../archiveTables";
import { useStrings } from "../i18n/strings";
import type { DownloadEnv } from "../download";
import { Disclosure } from "./Disclosure";
import { errorMessage, type SessionResult } from "../session";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  name: { minWidth: "8em", color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground3 },
  year: { width: "6em" },
  input: { display: "none" },
});

export interface ArchivePanelProps {
  readonly host: WorkbookHost;
  /** The open workbook's last check: the archive's newest year as a rule. */
  readonly session: SessionResult;
  readonly busy: boolean;
  /** Tests stand in for reading files and for the browser's downloads. */
  readonly read?: (file: File, pack: RulePack) => Promise<EarlierFile>;
  readonly env?: DownloadEnv;
}

type Message = { readonly intent: "error" | "success" | "info"; readonly text: string };

/**
 * 档案汇总（多年）: earlier years' registers picked here, each with its year (from its 填报说明, editable as --year is
 * on the command line), made with the open workbook into the archive tables — written into the workbook or
 * downloaded. Files are read and checked when picked, so one that cannot be used is said at once, by name.
 */
export function ArchivePanel({ host, session, busy, read = readEarlierFile, env }: ArchivePanelProps) {
  const s = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [earlier, setEarlier] = useState<{ file: EarlierFile; year: string }[]>([]);
  const [currentYear, setCurrentYear] = useState(() => yearOf(session.run.meta["统计年度"]) ?? "");
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  // A new check may come with another 统计年度; the field follows it.
  useEffect(() => setCurrentYear(yearOf(session.run.meta["统计年度"]) ?? ""), [session.run]);

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // The same file picked again must fire change again.
    event.target.value = "";
    if (files.length === 0) return;
    setWorking(true);
    setMessage(null);
    try {
      // Checked now, with the pack the archive will use, so a write or download does not check them again.
      const pack = archivePack(session.run);
      const read_ = await Promise.all(files.map((file) => read(file, pack)));
      setEarlier((list) => [...list, ...read_.map((file) => ({ file, year: file.statedYear }))]);
    } catch (e) {
      setMessage({ intent: "error", text: errorMessage(e, s.errors) });
    } finally {
      setWorking(false);
    }
  };

  const act = async (work: (choice: ArchiveChoice) => Promise<Message>) => {
    setWorking(true);
    setMessage(null);
    try {
      setMessage(await work({ session, currentYear, earlier }));
    } catch (e) {
      setMessage({ intent: "error", text: errorMessage(e, s.errors) });
    } finally {
      setWorking(false);
    }
  };
  const write = () => act(async (choice) => ({ intent: "success", text: s.archive.written((await writeArchive(host, choice)).join(s.common.separator)) }));
  const download = () => act(async (choice) => ({ intent: "info", text: s.archive.downloaded(await downloadArchive(choice, env)) }));
  const off = busy || working;

  return (
    // Closed at first (a yearly task, not every check's). A Field would hand its label to every Input inside;
    // here each year box is labelled by its own file.
    <Disclosure title={s.archive.label} summary={earlier.length > 0 ? s.archive.added(earlier.length) : undefined}>
    <div className={styles.root}>
      <Text size={200} className={styles.hint}>
        {s.archive.hint}
      </Text>
      <div className={styles.row}>
        <Text size={200} className={styles.name}>
          {s.archive.openWorkbook}
        </Text>
        <Input size="small" className={styles.year} value={currentYear} placeholder={s.archive.yearPlaceholder} aria-label={s.archive.year(s.archive.openWorkbook)} onChange={(_, d) => setCurrentYear(d.value)} />
      </div>
      {earlier.map(({ file, year }, i) => (
        <div key={`${file.fileName}-${i}`} className={styles.row}>
          <Text size={200} className={styles.name}>
            {file.fileName}
          </Text>
          <Input
            size="small"
            className={styles.year}
            value={year}
            placeholder={s.archive.yearPlaceholder}
            aria-label={s.archive.year(file.fileName)}
            onChange={(_, d) => setEarlier((list) => list.map((e, j) => (j === i ? { ...e, year: d.value } : e)))}
          />
          <Button size="small" appearance="subtle" disabled={off} aria-label={s.archive.remove(file.fileName)} onClick={() => setEarlier((list) => list.filter((_, j) => j !== i))}>
            {s.archive.removeShort}
          </Button>
        </div>
      ))}
      <div className={styles.row}>
        <input ref={input} className={styles.input} type="file" accept=".xlsx" multiple aria-label={s.archive.choose} onChange={(e) => void picked(e)} />
        <Button size="small" disabled={off} onClick={() => input.current?.click()}>
          {s.archive.choose}
        </Button>
        <Button size="small" disabled={off} onClick={() => void write()}>
          {s.archive.write}
        </Button>
        <Button size="small" disabled={off} onClick={() => void download()}>
          {s.archive.download}
        </Button>
      </div>
      {working && <Text size={200}>{s.archive.working}</Text>}
      {message && (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
    </Disclosure>
  );
}
