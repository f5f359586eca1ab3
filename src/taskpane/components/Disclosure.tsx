import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: { justifyContent: "flex-start", paddingLeft: 0, minWidth: 0, fontWeight: tokens.fontWeightSemibold },
  chevron: { display: "inline-block", width: "1em" },
  summary: { color: tokens.colorNeutralForeground2 },
});

export interface DisclosureProps {
  readonly title: string;
  /** Shown beside the closed section, so what it holds (a chosen file) is not hidden with it. */
  readonly summary?: string;
  readonly children: ReactNode;
}

/**
 * A secondary panel (上年数据, 档案汇总) behind a level-2 heading whose button opens it; closed at first, so the
 * pane starts with 开始审核 and the results. The content stays mounted while closed (`hidden`), so files picked
 * and years typed survive closing it; Fluent's Accordion would unmount it and animate its height.
 */
export function Disclosure({ title, summary, children }: DisclosureProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const panelId = useId("disclosure");
  return (
    <section className={styles.root} aria-label={title}>
      <h2 className={styles.heading}>
        <Button appearance="transparent" className={styles.toggle} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          <span aria-hidden className={styles.chevron}>
            {open ? "▾" : "▸"}
          </span>
          {title}
        </Button>
      </h2>
      {!open && summary && (
        <Text size={200} className={styles.summary}>
          {summary}
        </Text>
      )}
      <div id={panelId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
