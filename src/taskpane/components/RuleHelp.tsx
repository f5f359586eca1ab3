import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { describeRule, ruleById } from "../../domain/rules/registry";
import { langOf, useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  root: {
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  detail: { margin: 0 },
});

/** The rule's plain explanation for trainers, in the pane's language: what it checks, a wrong entry, and how to put it right. */
export function RuleHelp({ id, rule }: { readonly id: string; readonly rule: string }) {
  const s = useStrings();
  const styles = useStyles();
  const info = ruleById(rule);
  if (!info) {
    return (
      <div id={id} className={styles.root}>
        <Text size={200}>{s.findings.ruleUnknown}</Text>
      </div>
    );
  }
  const about = describeRule(info, langOf(s));
  return (
    <dl id={id} className={styles.root} aria-label={`${info.id} ${about.title}`}>
      <dt className={styles.term}>{s.findings.explanation}</dt>
      <dd className={styles.detail}>{about.explanation}</dd>
      <dt className={styles.term}>{s.findings.example}</dt>
      <dd className={styles.detail}>{about.example}</dd>
      <dt className={styles.term}>{s.findings.fix}</dt>
      <dd className={styles.detail}>{about.fix}</dd>
    </dl>
  );
}
