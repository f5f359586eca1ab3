/**
 * The task pane: choose a pack, 开始审核, then read the results — findings by school, indicators, difference
 * coefficients and the rectification list — and write result sheets or 说明 when the user asks. All workbook work
 * goes through session.ts; components only show what the model modules derive from the run.
 */
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Tab, TabList, Text, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "../domain/findings";
import { DEFAULT_PACK_ID } from "../domain/packs/registry";
import type { CellSelection, WorkbookHost } from "../workbook/host";
import type { CheckEngine } from "./checkEngine";
import { BalanceView } from "./components/BalanceView";
import { ExplainDialog } from "./components/ExplainDialog";
import { FindingsView } from "./components/FindingsView";
import { Header } from "./components/Header";
import { IndicatorView } from "./components/IndicatorView";
import { Legend } from "./components/Legend";
import { MessageArea } from "./components/MessageArea";
import { PackPicker } from "./components/PackPicker";
import { PhaseProgress } from "./components/PhaseProgress";
import { PreviousYearPicker } from "./components/PreviousYearPicker";
import { RectificationView } from "./components/RectificationView";
import { ReportDownload } from "./components/ReportDownload";
import { ArchivePanel } from "./components/ArchivePanel";
import { ResultActions } from "./components/ResultActions";
import { SelectionPanel } from "./components/SelectionPanel";
import { SummaryBar } from "./components/SummaryBar";
import { VetoList } from "./components/VetoList";
import { catalogFor, langOf, StringsProvider, useStrings } from "./i18n/strings";
import { stageViews } from "./model/balance";
import { unitRows } from "./model/indicators";
import { rectificationBySchool } from "./model/rectification";
import { paneSummary, vetoes } from "./model/summary";
import { findingAt } from "./session";
import { useSelection } from "./useSelection";
import { useSession } from "./useSession";
import type { PreviousYearChoice } from "./previousYear";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  controls: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  start: { alignSelf: "stretch" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  scope: { color: tokens.colorNeutralForeground2 },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  panel: { paddingTop: tokens.spacingVerticalS },
  // At 320 px the four tabs do not fit on one line in English: they wrap instead of running off the pane.
  tabs: { flexWrap: "wrap" },
});

type View = "findings" | "indicators" | "balance" | "rectification";
const VIEWS: readonly View[] = ["findings", "indicators", "balance", "rectification"];

export interface AppProps {
  readonly host: WorkbookHost;
  /** Office's display language (Office.context.displayLanguage); Chinese unless it is English. */
  readonly displayLanguage?: string;
  /** Start a check as soon as the pane opens (the preview page does). */
  readonly autoRun?: boolean;
  /** Runs the engine: a Web Worker in the add-in and on the web page; inline (the default) in tests. */
  readonly engine?: CheckEngine;
  /** Office's theme, so the pane matches Excel's (officeTheme.ts); light unless given. */
  readonly theme?: "light" | "dark";
}

function Pane({ host, autoRun, engine }: { readonly host: WorkbookHost; readonly autoRun: boolean; readonly engine?: CheckEngine }) {
  const s = useStrings();
  const styles = useStyles();
  const session = useSession(host, s, engine);
  const [selection, setSelection] = useSelection(host);
  const [packId, setPackId] = useState(DEFAULT_PACK_ID);
  const [previous, setPrevious] = useState<PreviousYearChoice | null>(null);
  const [carryOver, setCarryOver] = useState(false);
  const history = { previous: previous?.year, carryOver: previous !== null && carryOver };
  const [view, setView] = useState<View>("findings");
  // Views are built the first time their tab is chosen, then kept: building all four at once after a county's
  // check was one long task on the pane's thread.
  const [opened, setOpened] = useState<ReadonlySet<View>>(() => new Set<View>(["findings"]));
  const [explaining, setExplaining] = useState<Finding | null>(null);
  const run = session.result?.run ?? null;

  const started = useRef(false);
  useEffect(() => {
    if (autoRun && !started.current) {
      started.current = true;
      void session.start(packId);
    }
  }, [autoRun, packId, session]);

  const derived = useMemo(() => (run ? { summary: paneSummary(run), vetoes: vetoes(run) } : null), [run]);
  // Each view's rows are derived when its tab is first opened, not all with the results.
  const showUnits = opened.has("indicators");
  const showStages = opened.has("balance");
  const showRectification = opened.has("rectification");
  const units = useMemo(() => (run && showUnits ? unitRows(run) : []), [run, showUnits]);
  const stages = useMemo(() => (run && showStages ? stageViews(run) : []), [run, showStages]);
  const rectification = useMemo(() => (run && showRectification ? rectificationBySchool(run) : []), [run, showRectification]);
  // A selection the pane made itself (a finding clicked) is already in view; only the user's own clicks in the
  // sheet open the panel, so the list does not jump under the pointer.
  const [paneSelected, setPaneSelected] = useState<CellSelection | null>(null);
  const own = selection !== null && paneSelected !== null && selection.sheet === paneSelected.sheet && selection.cell === paneSelected.cell;
  useEffect(() => {
    if (selection && !own) setPaneSelected(null);
  }, [selection, own]);
  const atSelection = run && selection && !own ? findingAt(run, selection) : [];
  // Stable, so the memoised views do not re-render when anything else in the pane changes.
  const selectInWorkbook = session.select;
  const select = useCallback(
    (f: Finding) => {
      if (f.sheet && f.cells[0]) setPaneSelected({ sheet: f.sheet, cell: f.cells[0] });
      void selectInWorkbook(f);
    },
    [selectInWorkbook],
  );

  return (
    <main className={styles.root}>
      <Header />
      <div className={styles.controls}>
        <PackPicker packId={packId} disabled={session.busy} onChange={setPackId} />
        <PreviousYearPicker choice={previous} carryOver={carryOver} disabled={session.busy} onChoose={setPrevious} onCarryOver={setCarryOver} />
        <Button
          appearance="primary"
          className={styles.start}
          disabled={session.busy}
          onClick={() => {
            setSelection(null);
            void session.start(packId, history);
          }}
        >
          {session.phase ? s.run.running : s.run.start}
        </Button>
        {session.phase && (
          <Button className={styles.start} onClick={session.cancel}>
            {s.run.cancel}
          </Button>
        )}
      </div>
      <div role="status" className={styles.visuallyHidden}>
        {run && !session.phase ? s.run.finished(run.summary.error, run.summary.warning) : ""}
      </div>
      <MessageArea message={session.message} onDismiss={session.dismissMessage} />
      {run && session.staleSheet !== null && !session.phase && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.run.stale}</MessageBarTitle>
            {s.run.staleDetail(session.staleSheet)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={session.busy} onClick={() => void session.start(packId, history)}>
              {s.run.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {session.phase && <PhaseProgress phase={session.phase} />}
      {!run && !session.phase && <Text>{s.app.intro}</Text>}
      {run && derived && (
        <div className={styles.results}>
          <VetoList vetoes={derived.vetoes} onSelect={select} />
          <SummaryBar summary={derived.summary} />
          {derived.summary.error + derived.summary.warning === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>{s.summary.allClear}</MessageBarBody>
            </MessageBar>
          )}
          <Legend />
          <Text size={200} className={styles.scope}>
            {s.summary.scope(derived.summary.schools, derived.summary.units)}
            {derived.summary.info > 0 ? ` · ${s.summary.info(derived.summary.info)}` : ""}
          </Text>
          <ResultActions hasRun={session.staleSheet === null} busy={session.busy} onWriteSheets={() => void session.writeSheets()} onWriteStandards={() => void session.writeStandards()} onClear={() => void session.clear()} />
          <ReportDownload run={run} busy={session.busy} />
          <ArchivePanel host={host} session={session.result!} busy={session.busy} />
          {selection && atSelection.length > 0 && (
            <SelectionPanel selection={selection} findings={atSelection} onClose={() => setSelection(null)} onSelect={select} onExplain={setExplaining} />
          )}
          <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => {
              const next = d.value as View;
              // A view opened for the first time builds a long list: as a transition, in slices.
              startTransition(() => {
                setView(next);
                setOpened((o) => (o.has(next) ? o : new Set([...o, next])));
              });
            }} aria-label={s.tabs.label} size="small">
            {VIEWS.map((v) => (
              <Tab key={v} value={v} id={`tab-${v}`} aria-controls={`panel-${v}`}>
                {s.tabs[v]}
              </Tab>
            ))}
          </TabList>
          {/* A view once shown stays mounted (hidden when not chosen), so filters and open sections survive a tab switch. */}
          {VIEWS.map((v) => (
            <div key={v} role="tabpanel" id={`panel-${v}`} aria-labelledby={`tab-${v}`} hidden={v !== view} className={styles.panel}>
              {/* The heading the views' own (level 3) sit under; the tab shows the same words. */}
              <h2 className={styles.visuallyHidden}>{s.tabs[v]}</h2>
              {opened.has(v) && v === "findings" && <FindingsView findings={run.findings} onSelect={select} onExplain={setExplaining} />}
              {opened.has(v) && v === "indicators" && <IndicatorView units={units} />}
              {opened.has(v) && v === "balance" && <BalanceView stages={stages} />}
              {opened.has(v) && v === "rectification" && <RectificationView schools={rectification} />}
            </div>
          ))}
        </div>
      )}
      <ExplainDialog
        finding={explaining}
        defaultAuthor={run?.meta["填报人"] ?? ""}
        busy={session.busy}
        error={explaining && session.message?.intent === "error" ? session.message.text : null}
        onCancel={() => setExplaining(null)}
        onSave={(text, author) => {
          const finding = explaining;
          if (!finding) return;
          void session.explain(finding, text, author).then((ok) => ok && setExplaining(null));
        }}
      />
    </main>
  );
}

export function App({ host, displayLanguage, autoRun = false, engine, theme = "light" }: AppProps) {
  const catalog = catalogFor(displayLanguage);
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={langOf(catalog)}>
      <StringsProvider catalog={catalog}>
        <Pane host={host} autoRun={autoRun} engine={engine} />
      </StringsProvider>
    </FluentProvider>
  );
}
