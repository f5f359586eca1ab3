import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { margin: 0, color: tokens.colorBrandForeground1 },
});

/** The product name and what it is for. */
export function Header() {
  const s = useStrings();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Text as="h1" size={600} weight="bold" className={styles.name}>
        {s.app.name}
      </Text>
      <Text size={300}>{s.app.tagline}</Text>
    </header>
  );
}
