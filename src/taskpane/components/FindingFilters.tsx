import { makeStyles, SearchBox, ToggleButton, tokens } from "@fluentui/react-components";
import { SEVERITIES, type Severity } from "../../domain/findings";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toggles: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  search: { width: "100%", maxWidth: "none" },
});

export interface FindingFiltersProps {
  readonly severities: ReadonlySet<Severity>;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly query: string;
  onToggle(severity: Severity): void;
  onQuery(query: string): void;
}

/** Severity toggles with their counts, and a search over school, rule and message. */
export function FindingFilters({ severities, counts, query, onToggle, onQuery }: FindingFiltersProps) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div role="group" aria-label={s.filter.severityLabel} className={styles.toggles}>
        {SEVERITIES.map((sev) => (
          <ToggleButton key={sev} size="small" shape="rounded" checked={severities.has(sev)} onClick={() => onToggle(sev)}>
            {s.filter.toggle(s.severity[sev], counts[sev])}
          </ToggleButton>
        ))}
      </div>
      <SearchBox
        className={styles.search}
        value={query}
        onChange={(_, data) => onQuery(data.value)}
        aria-label={s.filter.searchLabel}
        placeholder={s.filter.searchPlaceholder}
      />
    </div>
  );
}
