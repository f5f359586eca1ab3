import { Badge, Button, Dropdown, Field, makeStyles, mergeClasses, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { useState, memo } from "react";
import { useStrings } from "../i18n/strings";
import { contributionsFor, type StageView } from "../model/balance";
import { formatCoefficient, formatPercent, withUnit } from "../model/format";

const useStyles = makeStyles({
  stage: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  figures: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  big: { fontSize: tokens.fontSizeBase500 },
  cell: { whiteSpace: "normal", overflowWrap: "break-word", verticalAlign: "top" },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  nameColumn: { width: "40%" },
  schoolColumn: { width: "70%" },
  sub: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase300 },
  hint: { color: tokens.colorNeutralForeground3 },
  dropdown: { minWidth: "0", width: "100%" },
  more: { alignSelf: "flex-start" },
});

function VerdictBadge({ passed }: { readonly passed: boolean | null }) {
  const s = useStrings();
  if (passed === null) return <Badge appearance="outline" color="informative">{s.balance.unknown}</Badge>;
  return passed ? <Badge appearance="tint" color="success">{s.balance.passed}</Badge> : <Badge appearance="filled" color="danger">{s.balance.failed}</Badge>;
}

const FIRST_ROWS = 20;
const MORE_ROWS = 50;

function Contributions({ view }: { readonly view: StageView }) {
  const s = useStrings();
  const styles = useStyles();
  const [indicator, setIndicator] = useState(view.indicators[0]?.id ?? "");
  // The largest shares first, a few at a time: a county's 3 000 rows at once took the pane's thread ~0.5 s.
  const [shown, setShown] = useState(FIRST_ROWS);
  const rows = contributionsFor(view, indicator);
  const label = (id: string) => `${id} ${view.indicators.find((i) => i.id === id)?.name ?? ""}`;
  return (
    <>
      <Text as="h4" weight="semibold" className={styles.sub}>
        {s.balance.contributions}
      </Text>
      <Text size={200} className={styles.hint}>
        {s.balance.contributionsHint}
      </Text>
      <Field label={s.balance.contributionIndicator}>
        <Dropdown className={styles.dropdown} value={label(indicator)} selectedOptions={[indicator]} onOptionSelect={(_, d) => d.optionValue && setIndicator(d.optionValue)}>
          {view.indicators.map((i) => (
            <Option key={i.id} value={i.id} text={label(i.id)}>
              {label(i.id)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Table size="extra-small" aria-label={`${s.balance.contributions} ${label(indicator)}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.cell, styles.schoolColumn)}>{s.balance.school}</TableHeaderCell>
            <TableHeaderCell className={styles.cell}>{s.balance.share}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.slice(0, shown).map((c) => (
            <TableRow key={c.name}>
              <TableCell className={styles.cell}>{c.name}</TableCell>
              <TableCell className={mergeClasses(styles.cell, styles.number)}>{formatPercent(c.share)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length > shown && (
        <Button size="small" className={styles.more} onClick={() => setShown(shown + MORE_ROWS)}>
          {s.balance.more(Math.min(MORE_ROWS, rows.length - shown), rows.length)}
        </Button>
      )}
    </>
  );
}

function StageSection({ view }: { readonly view: StageView }) {
  const s = useStrings();
  const styles = useStyles();
  const title = s.stage[view.stage];
  return (
    <section className={styles.stage} aria-label={title}>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {s.balance.heading(title, view.units)}
      </Text>
      {view.units === 0 ? (
        <Text>{s.balance.noUnits}</Text>
      ) : (
        <>
          <dl className={styles.figures}>
            {view.mode === "composite" && (
              <>
                <dt className={styles.term}>{s.balance.composite}</dt>
                <dd className={mergeClasses(styles.value, styles.big)}>{formatCoefficient(view.composite)}</dd>
              </>
            )}
            <dt className={styles.term}>{s.balance.threshold}</dt>
            <dd className={styles.value}>{view.mode === "composite" ? `≤ ${view.threshold}` : s.balance.eachRule(view.threshold)}</dd>
            <dt className={styles.term}>{s.balance.verdict}</dt>
            <dd className={styles.value}>
              <VerdictBadge passed={view.passed} />
            </dd>
            {view.mode === "composite" && (
              <>
                <dt className={styles.term}>{s.balance.whatIf}</dt>
                <dd className={styles.value}>{formatCoefficient(view.whatIfComposite)}</dd>
              </>
            )}
          </dl>
          <Table size="extra-small" aria-label={`${title} ${s.balance.cv}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={mergeClasses(styles.cell, styles.nameColumn)}>{s.balance.indicator}</TableHeaderCell>
                <TableHeaderCell className={styles.cell}>{s.balance.mean}</TableHeaderCell>
                <TableHeaderCell className={styles.cell}>{s.balance.cv}</TableHeaderCell>
                <TableHeaderCell className={styles.cell}>{s.balance.whatIf}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.indicators.map((i) => (
                <TableRow key={i.id}>
                  <TableCell className={styles.cell}>
                    {i.id} {i.name}
                  </TableCell>
                  <TableCell className={mergeClasses(styles.cell, styles.number)}>{withUnit(i.id, i.mean)}</TableCell>
                  <TableCell className={mergeClasses(styles.cell, styles.number)} title={i.reason ?? undefined}>
                    {i.cv === null ? s.balance.notComputed : formatCoefficient(i.cv)}
                  </TableCell>
                  <TableCell className={mergeClasses(styles.cell, styles.number)}>{formatCoefficient(i.whatIfCv)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Contributions view={view} />
        </>
      )}
    </section>
  );
}

/** The 差异系数 tab (表Ⅲ): 小学 and 初中, each with its verdict, indicators and the schools behind the spread. */
function BalanceViewBody({ stages }: { readonly stages: readonly StageView[] }) {
  return (
    <>
      {stages.map((v) => (
        <StageSection key={v.stage} view={v} />
      ))}
    </>
  );
}

/** Memoised: switching tabs or typing elsewhere in the pane does not re-render a list of thousands of rows. */
export const BalanceView = memo(BalanceViewBody);
