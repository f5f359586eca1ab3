import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { type HighlightKind } from "../../domain/outputs/writePlan";
import { HIGHLIGHT_COLOURS } from "../../domain/outputs/palette";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "14px", height: "14px", border: `1px solid ${tokens.colorNeutralStroke1}`, display: "inline-block" },
});

/** The colours the check puts on the register's cells (docs/workbook-format.md §2). */
export function Legend() {
  const s = useStrings();
  const styles = useStyles();
  const kinds: HighlightKind[] = ["error", "warning", "below"];
  return (
    <ul className={styles.root} aria-label={s.legend.label}>
      {kinds.map((k) => (
        <li key={k} className={styles.item}>
          <span className={styles.swatch} style={{ backgroundColor: `#${HIGHLIGHT_COLOURS[k]}` }} aria-hidden="true" />
          <Text size={200}>{s.legend[k]}</Text>
        </li>
      ))}
    </ul>
  );
}
