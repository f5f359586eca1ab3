import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, CounterBadge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { RectificationItem } from "../../domain/evaluation/rectification";
import { useStrings } from "../i18n/strings";
import { formatAmount } from "../model/format";
import type { SchoolItems } from "../model/rectification";
import { VirtualList } from "./VirtualList";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  problem: { display: "block", fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXXS },
  fields: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  detail: { margin: 0, overflowWrap: "break-word" },
});

const STATUS_COLOUR = { 未整改: "danger", 整改中: "warning", 已完成: "success" } as const;

function Item({ item }: { readonly item: RectificationItem }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <Text className={styles.problem}>{item.problem}</Text>
      <dl className={styles.fields}>
        <dt className={styles.term}>{s.rectification.gap}</dt>
        <dd className={styles.detail}>{item.gap === null ? s.rectification.noGap : formatAmount(item.gap, item.unit)}</dd>
        <dt className={styles.term}>{s.rectification.action}</dt>
        <dd className={styles.detail}>{item.action}</dd>
        <dt className={styles.term}>{s.rectification.responsible}</dt>
        <dd className={styles.detail}>{item.responsible}</dd>
        <dt className={styles.term}>{s.rectification.deadline}</dt>
        <dd className={styles.detail}>{item.deadline}</dd>
        <dt className={styles.term}>{s.rectification.status}</dt>
        <dd className={styles.detail}>
          <Badge appearance="tint" size="small" color={STATUS_COLOUR[item.status]}>
            {item.status}
          </Badge>
        </dd>
      </dl>
    </li>
  );
}

/** The 整改清单 tab: each school's items (problem, gap, action, responsible, deadline, status). */
function RectificationViewBody({ schools }: { readonly schools: readonly SchoolItems[] }) {
  const s = useStrings();
  const styles = useStyles();
  if (schools.length === 0) return <Text>{s.rectification.none}</Text>;
  return (
    <Accordion multiple collapsible>
      <VirtualList
        items={schools}
        keyOf={(g) => g.schoolId}
        render={(g) => (
        <AccordionItem value={g.schoolId}>
          <AccordionHeader as="h3" size="small">
            <span className={styles.header}>
              <Text weight="semibold">{g.schoolName}</Text>
              <CounterBadge count={g.items.length} size="small" color="informative" aria-label={s.rectification.items(g.items.length)} />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {g.items.map((item) => (
                <Item key={item.key} item={item} />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
        )}
      />
    </Accordion>
  );
}

/** Memoised: switching tabs or typing elsewhere in the pane does not re-render a list of thousands of rows. */
export const RectificationView = memo(RectificationViewBody);
