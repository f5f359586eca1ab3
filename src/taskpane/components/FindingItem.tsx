import { Badge, Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../domain/findings";
import { useFindingText, useStrings } from "../i18n/strings";
import { cellRef } from "../model/format";
import { RuleHelp } from "./RuleHelp";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalXXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  target: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "flex-start",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    maxWidth: "none",
    minWidth: "0",
    height: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
  },
  plain: { display: "flex", gap: tokens.spacingHorizontalXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}` },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "break-word" },
  where: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, paddingLeft: tokens.spacingHorizontalXS },
});

export interface FindingItemProps {
  readonly finding: Finding;
  onSelect(finding: Finding): void;
  /** Offered for open warnings only: errors are corrected, not explained. */
  onExplain?(finding: Finding): void;
}

/** One finding: its message selects its cell in the workbook; the rule's explanation opens below it. */
export function FindingItem({ finding, onSelect, onExplain }: FindingItemProps) {
  const s = useStrings();
  const message = useFindingText()(finding);
  const styles = useStyles();
  const helpId = useId("rule-help");
  const [helpOpen, setHelpOpen] = useState(false);
  const where = cellRef(finding.sheet, finding.cells.length > 1 ? `${finding.cells[0]}…` : finding.cells[0]);
  const canSelect = finding.sheet !== null && finding.cells.length > 0;
  // Each finding's buttons say which finding they belong to: a list of identical "规则说明" buttons tells a
  // screen reader user nothing.
  const about = `${finding.rule} ${cellRef(finding.sheet, finding.cells[0]) || finding.schoolName || s.findings.township}`;
  const body = (
    <>
      <SeverityBadge severity={finding.severity} />
      <span className={styles.text}>
        <Text size={300}>{message}</Text>
        <Text size={200} className={styles.where}>
          {finding.rule}
          {where ? ` · ${where}` : ""}
        </Text>
      </span>
    </>
  );
  return (
    <li className={styles.root}>
      {canSelect ? (
        <Button
          appearance="subtle"
          data-finding=""
          className={styles.target}
          onClick={() => onSelect(finding)}
          aria-label={s.findings.itemLabel(s.severity[finding.severity], finding.rule, message, cellRef(finding.sheet, finding.cells[0]))}
        >
          {body}
        </Button>
      ) : (
        <div className={styles.plain}>{body}</div>
      )}
      <div className={styles.actions}>
        <Button size="small" appearance="transparent" aria-label={s.findings.helpFor(about)} aria-expanded={helpOpen} aria-controls={helpOpen ? helpId : undefined} onClick={() => setHelpOpen(!helpOpen)}>
          {s.findings.help}
        </Button>
        {finding.explained ? (
          <Badge appearance="outline" color="success" size="small">
            {s.findings.explained}
          </Badge>
        ) : finding.severity === "warning" && onExplain ? (
          <Button size="small" appearance="transparent" aria-label={s.findings.explainFor(about)} onClick={() => onExplain(finding)}>
            {s.findings.explain}
          </Button>
        ) : null}
      </div>
      {helpOpen && <RuleHelp id={helpId} rule={finding.rule} />}
    </li>
  );
}
