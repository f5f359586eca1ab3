import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { useStrings } from "../i18n/strings";
import type { UnitRow } from "../model/indicators";
import { IndicatorTable } from "./IndicatorTable";
import { LONG_LIST, VirtualList } from "./VirtualList";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { display: "block", marginBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

function Verdict({ unit }: { readonly unit: UnitRow }) {
  const s = useStrings();
  if (unit.excluded) return <Badge appearance="outline" color="subtle" size="small">{s.indicators.excluded}</Badge>;
  if (unit.belowCount > 0) return <Badge appearance="filled" color="warning" size="small">{s.indicators.failed(unit.belowCount)}</Badge>;
  if (unit.passed) return <Badge appearance="tint" color="success" size="small">{s.indicators.passed}</Badge>;
  return <Badge appearance="outline" color="informative" size="small">{s.indicators.notJudged}</Badge>;
}

/**
 * The 指标 tab: every evaluation unit. In a short list those below standard open at first; a long one (a county
 * of thousands of units) opens collapsed and renders only the units in view — opening every panel at once made
 * each one measure its height, a full layout per unit.
 */
function IndicatorViewBody({ units }: { readonly units: readonly UnitRow[] }) {
  const s = useStrings();
  const styles = useStyles();
  if (units.length === 0) return <Text>{s.indicators.none}</Text>;
  const open = units.length > LONG_LIST ? [] : units.filter((u) => u.belowCount > 0).map((u) => u.id);
  return (
    <Accordion multiple collapsible defaultOpenItems={open}>
      <VirtualList
        items={units}
        keyOf={(u) => u.id}
        render={(u) => {
        const label = `${u.name} · ${s.stage[u.stage]}`;
        return (
          <AccordionItem value={u.id}>
            <AccordionHeader as="h3" size="small">
              <span className={styles.header}>
                <Text weight="semibold">{label}</Text>
                <Verdict unit={u} />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <Text size={200} className={styles.note}>
                {s.indicators.students(u.students)}
                {u.excluded ? ` · ${u.excluded}` : ""}
              </Text>
              {u.dataErrors.length > 0 && (
                <Text size={200} className={styles.note}>
                  {s.indicators.dataErrors(u.dataErrors.join(s.common.separator))}
                </Text>
              )}
              <IndicatorTable rows={u.indicators} caption={label} />
            </AccordionPanel>
          </AccordionItem>
        );
        }}
      />
    </Accordion>
  );
}

/** Memoised: switching tabs or typing elsewhere in the pane does not re-render a list of thousands of rows. */
export const IndicatorView = memo(IndicatorViewBody);
