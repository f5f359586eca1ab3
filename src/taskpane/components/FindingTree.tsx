import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import type { Finding } from "../../domain/findings";
import { useStrings } from "../i18n/strings";
import type { SchoolGroup } from "../model/findingGroups";
import { FindingItem } from "./FindingItem";
import { VirtualList } from "./VirtualList";

const useStyles = makeStyles({
  headerText: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  sheet: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS} 0`, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  rule: { margin: `${tokens.spacingVerticalXS} 0 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  panel: { marginLeft: tokens.spacingHorizontalS, marginRight: 0 },
});

export interface FindingTreeProps {
  readonly groups: readonly SchoolGroup[];
  readonly openItems: readonly string[];
  onToggleItem(key: string): void;
  onSelect(finding: Finding): void;
  onExplain(finding: Finding): void;
}

const BADGE = { error: "danger", warning: "important", info: "informative" } as const satisfies Record<string, "danger" | "important" | "informative">;

/** Up and down arrows move between the schools' headers and the findings shown, in reading order. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const stops = [...event.currentTarget.querySelectorAll<HTMLElement>("h3 button, button[data-finding]")];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  const next = stops[at + (event.key === "ArrowDown" ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** Findings grouped school → sheet → rule; each school opens and closes on its own. */
export function FindingTree({ groups, openItems, onToggleItem, onSelect, onExplain }: FindingTreeProps) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <div onKeyDown={moveFocus}>
    <Accordion multiple collapsible openItems={[...openItems]} onToggle={(_, data) => onToggleItem(String(data.value))}>
      <VirtualList
        items={groups}
        keyOf={(g) => g.key}
        render={(g) => (
        <AccordionItem value={g.key}>
          <AccordionHeader as="h3" size="small">
            <span className={styles.headerText}>
              <Text weight="semibold">{g.schoolName ?? s.findings.township}</Text>
              <CounterBadge count={g.count} size="small" color={BADGE[g.severity]} aria-label={s.findings.schoolCount(g.count)} />
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {g.sheets.map((sheet) => (
              <section key={sheet.sheet ?? ""}>
                <h4 className={styles.sheet}>{sheet.sheet ?? s.findings.noSheet}</h4>
                {sheet.rules.map((r) => (
                  <section key={r.rule}>
                    <h5 className={styles.rule}>
                      {r.rule}
                      {r.title ? ` ${r.title}` : ""}
                    </h5>
                    <ul className={styles.list}>
                      {r.entries.map((e) => (
                        <FindingItem key={e.index} finding={e.finding} onSelect={onSelect} onExplain={onExplain} />
                      ))}
                    </ul>
                  </section>
                ))}
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
        )}
      />
    </Accordion>
    </div>
  );
}
