/** 规则说明: the handbook generated from the rule registry (the same page as `junheng handbook`), printable. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useRef } from "react";
import { handbookHtml } from "../domain/handbook/handbook";
import { WEB } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  frame: { width: "100%", height: "calc(100vh - 200px)", minHeight: "480px", border: `1px solid ${tokens.colorNeutralStroke2}` },
});

export function HandbookPage() {
  const styles = useStyles();
  const frame = useRef<HTMLIFrameElement>(null);
  const html = useMemo(() => handbookHtml(), []);
  return (
    <div className={styles.root}>
      <Button onClick={() => frame.current?.contentWindow?.print()}>{WEB.handbook.print}</Button>
      <iframe ref={frame} className={styles.frame} title={WEB.handbook.frame} srcDoc={html} />
    </div>
  );
}
