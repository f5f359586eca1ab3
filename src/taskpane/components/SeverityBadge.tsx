import { Badge, makeStyles } from "@fluentui/react-components";
import type { Severity } from "../../domain/findings";
import { useStrings } from "../i18n/strings";

const COLOUR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({ badge: { flexShrink: 0, whiteSpace: "nowrap", marginTop: "2px" } });

/** The level in words, never by colour alone. */
export function SeverityBadge({ severity }: { readonly severity: Severity }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" color={COLOUR[severity]} size="medium" shape="rounded">
      {s.severity[severity]}
    </Badge>
  );
}
