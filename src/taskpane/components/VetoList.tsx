import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Finding } from "../../domain/findings";
import { useFindingText, useStrings } from "../i18n/strings";
import { formatPercent } from "../model/format";
import type { Veto } from "../model/summary";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXXS },
});

/** The veto items that fired, shown before everything else (docs/method.md §10). */
export function VetoList({ vetoes, onSelect }: { readonly vetoes: readonly Veto[]; onSelect(finding: Finding): void }) {
  const s = useStrings();
  const findingText = useFindingText();
  const styles = useStyles();
  if (vetoes.length === 0) return null;
  const detail = (v: Veto) => {
    if (v.finding) return findingText(v.finding);
    if (v.kind === "dropout") return s.veto.dropoutDetail(formatPercent(v.value, 2), formatPercent(v.target, 2));
    if (v.kind === "hugeClasses") return s.veto.hugeClassDetail(v.value ?? 0);
    return v.evidence;
  };
  // Vetoes the pane has no label for (manual ones, or added to the pack) are named by their checklist title.
  const label = (v: Veto) => (v.kind === "other" ? v.title : s.veto[v.kind]);
  return (
    <MessageBar intent="error" layout="multiline" aria-live="off">
      <MessageBarBody>
        <MessageBarTitle>{s.veto.title}</MessageBarTitle>
        <ul className={styles.list}>
          {vetoes.map((v, i) => (
            <li key={i} className={styles.item}>
              <strong>{s.veto.heading(label(v), v.where ?? s.veto.township)}</strong>
              {detail(v)}
              {v.finding?.sheet && v.finding.cells.length > 0 && (
                <Button size="small" appearance="transparent" onClick={() => onSelect(v.finding as Finding)}>
                  {s.veto.goTo}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
