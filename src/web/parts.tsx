/** Small pieces the web page's tabs share. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

/** A message the user must read (a file refused, a key that does not fit), announced by screen readers. */
export function ErrorLine({ error }: { readonly error: string | null }) {
  const styles = useStyles();
  if (!error) return null;
  return (
    <Text as="p" role="alert" className={styles.error}>
      {error}
    </Text>
  );
}

/** A titled step of a page, with a line saying what it is for. */
export function PageSection({ id, title, hint, children }: { readonly id: string; readonly title: string; readonly hint: string; readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h2" id={id} size={500} weight="semibold">
        {title}
      </Text>
      <Text>{hint}</Text>
      {children}
    </section>
  );
}
