import { Badge, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { HIGHLIGHT_COLOURS } from "../../domain/outputs/palette";
import { useStrings } from "../i18n/strings";
import { formatIndicator, withUnit } from "../model/format";
import type { IndicatorRow } from "../model/indicators";

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  cell: { whiteSpace: "normal", overflowWrap: "break-word", verticalAlign: "top", paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  below: { backgroundColor: `#${HIGHLIGHT_COLOURS.below}` },
  nameColumn: { width: "48%" },
  standardColumn: { width: "22%" },
  badge: { marginLeft: tokens.spacingHorizontalXXS },
});

/** One unit's indicators: value and standard side by side, the ones below standard shaded and labelled. */
export function IndicatorTable({ rows, caption }: { readonly rows: readonly IndicatorRow[]; readonly caption: string }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <Table size="extra-small" className={styles.table} aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={mergeClasses(styles.cell, styles.nameColumn)}>{s.indicators.indicator}</TableHeaderCell>
          <TableHeaderCell className={styles.cell}>{s.indicators.value}</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.cell, styles.standardColumn)}>{s.indicators.standard}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id} className={r.below ? styles.below : undefined}>
            <TableCell className={styles.cell}>
              {r.id} {r.name}
              {r.below && (
                <Badge className={styles.badge} size="small" appearance="filled" color="warning">
                  {s.indicators.below}
                </Badge>
              )}
            </TableCell>
            <TableCell className={mergeClasses(styles.cell, styles.number)}>{withUnit(r.id, r.value)}</TableCell>
            <TableCell className={mergeClasses(styles.cell, styles.number)}>
              {r.threshold === null ? "—" : r.atMost ? s.indicators.ceiling(formatIndicator(r.id, r.threshold)) : s.indicators.floor(formatIndicator(r.id, r.threshold))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
