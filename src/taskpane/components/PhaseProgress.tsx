import { Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/strings";
import { PHASES, type Phase } from "../session";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** One bar per phase: full when done, moving while it runs, empty while it waits. */
export function PhaseProgress({ phase }: { readonly phase: Phase }) {
  const s = useStrings();
  const styles = useStyles();
  const current = PHASES.indexOf(phase);
  return (
    <ol className={styles.list} aria-label={s.phase.listLabel}>
      {PHASES.map((p, i) => {
        const state = i < current ? s.phase.done : i === current ? s.phase.current : s.phase.pending;
        return (
          <li key={p} aria-current={i === current ? "step" : undefined}>
            <Field label={s.phase.step(i + 1, PHASES.length, s.phase[p])} hint={state}>
              <ProgressBar value={i < current ? 1 : i === current ? undefined : 0} max={1} thickness="large" aria-valuetext={state} />
            </Field>
          </li>
        );
      })}
    </ol>
  );
}
