import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { HIGHLIGHT_COLOURS } from "../../domain/outputs/palette";
import { useStrings } from "../i18n/strings";
import type { PaneSummary } from "../model/summary";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "repeat(4, 1fr)", gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: "none" },
  tile: {
    display: "flex",
    flexDirection: "column-reverse",
    alignItems: "center",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  veto: { backgroundColor: tokens.colorStatusDangerBackground3, color: tokens.colorNeutralForegroundOnBrand, border: "none" },
  zero: { backgroundColor: tokens.colorNeutralBackground3 },
});

/** 错误 / 警告 / 低于标准 / 否决项 counts, each tile in the colour it has in the register. */
export function SummaryBar({ summary }: { readonly summary: PaneSummary }) {
  const s = useStrings();
  const styles = useStyles();
  const tiles = [
    { key: "error", label: s.summary.error, n: summary.error, colour: HIGHLIGHT_COLOURS.error },
    { key: "warning", label: s.summary.warning, n: summary.warning, colour: HIGHLIGHT_COLOURS.warning },
    { key: "below", label: s.summary.below, n: summary.below, colour: HIGHLIGHT_COLOURS.below },
    { key: "veto", label: s.summary.veto, n: summary.veto, colour: null },
  ];
  return (
    <ul className={styles.list} aria-label={s.summary.label}>
      {tiles.map((t) => (
        <li
          key={t.key}
          className={mergeClasses(styles.tile, t.n === 0 && styles.zero, t.key === "veto" && t.n > 0 && styles.veto)}
          style={t.n > 0 && t.colour ? { backgroundColor: `#${t.colour}` } : undefined}
        >
          <Text size={200}>{t.label}</Text>
          <span className={styles.number}>{t.n}</span>
        </li>
      ))}
    </ul>
  );
}
