import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Finding } from "../../domain/findings";
import type { CellSelection } from "../../workbook/host";
import { useStrings } from "../i18n/strings";
import { cellRef } from "../model/format";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  root: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    // Stays in view however far the pane is scrolled: it answers a click in the sheet.
    position: "sticky",
    top: tokens.spacingVerticalS,
    zIndex: 1,
  },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface SelectionPanelProps {
  readonly selection: CellSelection;
  readonly findings: readonly Finding[];
  onClose(): void;
  onSelect(finding: Finding): void;
  onExplain(finding: Finding): void;
}

/** The findings at the cell the user selected in the workbook. */
export function SelectionPanel({ selection, findings, onClose, onSelect, onExplain }: SelectionPanelProps) {
  const s = useStrings();
  const styles = useStyles();
  const where = cellRef(selection.sheet, selection.cell);
  return (
    <section className={styles.root} aria-label={s.selection.title(where)} aria-live="polite">
      <div className={styles.head}>
        <Text as="h2" weight="semibold" className={styles.title}>
          {s.selection.title(where)}
        </Text>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {s.selection.close}
        </Button>
      </div>
      <ul className={styles.list}>
        {findings.map((f, i) => (
          <FindingItem key={i} finding={f} onSelect={onSelect} onExplain={onExplain} />
        ))}
      </ul>
    </section>
  );
}
