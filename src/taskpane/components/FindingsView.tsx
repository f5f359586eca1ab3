import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState, memo } from "react";
import { countBySeverity, type Finding, type Severity } from "../../domain/findings";
import { langOf, useStrings } from "../i18n/strings";
import { filterFindings, groupFindings } from "../model/findingGroups";
import { FindingFilters } from "./FindingFilters";
import { FindingTree } from "./FindingTree";
import { LONG_LIST } from "./VirtualList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  count: { color: tokens.colorNeutralForeground3 },
});

/** Method notes (提示) are hidden at first: statisticians act on errors and warnings. */
const INITIAL: readonly Severity[] = ["error", "warning"];

export interface FindingsViewProps {
  readonly findings: readonly Finding[];
  onSelect(finding: Finding): void;
  onExplain(finding: Finding): void;
}

/** The 问题 tab: filters, then the findings by school; every school starts open, unless the list is long. */
function FindingsViewBody({ findings, onSelect, onExplain }: FindingsViewProps) {
  const s = useStrings();
  const styles = useStyles();
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set(INITIAL));
  const [query, setQuery] = useState("");
  // Which schools the user toggled: away from open in a short list, away from closed in a long one.
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const lang = langOf(s);
  const entries = useMemo(() => filterFindings(findings, { severities, query, lang }), [findings, severities, query, lang]);
  const groups = useMemo(() => groupFindings(entries, lang), [entries, lang]);
  const startOpen = groups.length <= LONG_LIST;
  const toggle = <T,>(set: ReadonlySet<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };
  return (
    <div className={styles.root}>
      <FindingFilters severities={severities} counts={counts} query={query} onToggle={(sev) => setSeverities(toggle(severities, sev))} onQuery={setQuery} />
      <Text size={200} className={styles.count} aria-live="polite">
        {entries.length === 0 ? s.filter.none : s.filter.shown(entries.length, findings.length)}
      </Text>
      <FindingTree
        groups={groups}
        openItems={groups.map((g) => g.key).filter((k) => toggled.has(k) !== startOpen)}
        onToggleItem={(key) => setToggled(toggle(toggled, key))}
        onSelect={onSelect}
        onExplain={onExplain}
      />
    </div>
  );
}

/** Memoised: switching tabs or typing elsewhere in the pane does not re-render a list of thousands of rows. */
export const FindingsView = memo(FindingsViewBody);
