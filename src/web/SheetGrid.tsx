/**
 * The page's view of the workbook copy: one tab per visible sheet and a virtualised grid (only the rows and
 * columns in view are in the DOM, so 2 000-row registers scroll smoothly) with Junheng's highlights. When the
 * pane asks for a cell (a finding was clicked), the grid switches to its sheet, scrolls it to the middle of the
 * view and outlines it; clicking a cell tells the pane, as selecting a cell in Excel does.
 */
import { makeStyles, mergeClasses, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, useState } from "react";
import { cellAddress, columnLetter, parseCellAddress } from "../domain/grid";
import { HIGHLIGHT_COLOURS } from "../domain/outputs/palette";
import type { CellSelection } from "../workbook/host";
import type { FileView } from "./fileHost";
import { cellTextAt, columnCount, highlightsOf, visibleSheets } from "./gridModel";

const ROW_HEIGHT = 24;
const COLUMN_WIDTH = 96;
const HEADER_WIDTH = 48;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, gap: tokens.spacingVerticalXS },
  tabs: { overflowX: "auto" },
  address: { color: tokens.colorNeutralForeground2, minHeight: "20px" },
  scroller: {
    position: "relative",
    overflow: "auto",
    height: "calc(100vh - 230px)",
    minHeight: "320px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cell: {
    position: "absolute",
    boxSizing: "border-box",
    padding: "2px 4px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: "cell",
  },
  heading: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, textAlign: "center", zIndex: 1, cursor: "default" },
  corner: { zIndex: 3 },
  marked: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", zIndex: 2 },
});

export interface SheetGridProps {
  readonly view: FileView;
  readonly onSelect: (selection: CellSelection) => void;
}

export function SheetGrid({ view, onSelect }: SheetGridProps) {
  const styles = useStyles();
  const sheets = visibleSheets(view.grid);
  const [chosen, setChosen] = useState<string | null>(null);
  const target = view.selection && sheets.some((s) => s.name === view.selection?.sheet) ? view.selection : null;
  // The sheet of a newly requested cell wins over the tab the user chose before it.
  const [followed, setFollowed] = useState<CellSelection | null>(null);
  if (target !== followed) {
    setFollowed(target);
    if (target) setChosen(target.sheet);
  }
  const sheet = sheets.find((s) => s.name === chosen) ?? sheets[0];
  const rows = sheet?.rows.length ?? 0;
  const cols = sheet ? columnCount(sheet) : 0;
  const highlights = useMemo(() => highlightsOf(view.highlights, sheet?.name ?? ""), [view.highlights, sheet?.name]);
  const marked = target && target.sheet === sheet?.name ? parseCellAddress(target.cell) : null;

  const scroller = useRef<HTMLDivElement>(null);
  // jsdom and a first paint have no layout yet: start from a typical view size rather than rendering nothing.
  const initialRect = { width: 900, height: 600 };
  const rowVirtualizer = useVirtualizer({ count: rows, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8, initialRect, paddingStart: ROW_HEIGHT });
  const colVirtualizer = useVirtualizer({
    horizontal: true,
    count: cols,
    getScrollElement: () => scroller.current,
    estimateSize: () => COLUMN_WIDTH,
    overscan: 4,
    initialRect,
    paddingStart: HEADER_WIDTH,
  });

  useEffect(() => {
    if (!marked) return;
    rowVirtualizer.scrollToIndex(marked.row, { align: "center" });
    colVirtualizer.scrollToIndex(marked.col, { align: "center" });
    // Scroll again only when another cell is asked for, not on every render (which the scrolling itself causes).
  }, [target, sheet?.name]);

  if (!sheet) return <Text>工作簿中没有可显示的工作表。</Text>;
  const rowItems = rowVirtualizer.getVirtualItems();
  const colItems = colVirtualizer.getVirtualItems();
  // Headings follow the scroll so they stay in view, as Excel's frozen letters and numbers do.
  const top = rowVirtualizer.scrollOffset ?? 0;
  const left = colVirtualizer.scrollOffset ?? 0;

  return (
    <section className={styles.root} aria-label="工作表">
      <TabList className={styles.tabs} size="small" selectedValue={sheet.name} onTabSelect={(_, d) => setChosen(String(d.value))}>
        {sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <Text className={styles.address} aria-live="polite" data-testid="grid-address">
        {marked ? `${sheet.name}!${target?.cell}：${cellTextAt(sheet, marked.row, marked.col) || "（空）"}` : ""}
      </Text>
      <div ref={scroller} className={styles.scroller} role="grid" aria-label={sheet.name} aria-rowcount={rows} aria-colcount={cols}>
        <div style={{ width: colVirtualizer.getTotalSize(), height: rowVirtualizer.getTotalSize(), position: "relative" }}>
          <div aria-hidden className={mergeClasses(styles.cell, styles.heading, styles.corner)} style={{ top, left, width: HEADER_WIDTH, height: ROW_HEIGHT }} />
          {colItems.map((c) => (
            <div key={`h${c.index}`} role="columnheader" className={mergeClasses(styles.cell, styles.heading)} style={{ top, left: c.start, width: c.size, height: ROW_HEIGHT }}>
              {columnLetter(c.index)}
            </div>
          ))}
          {rowItems.map((r) => (
            <div key={`r${r.index}`} role="rowheader" className={mergeClasses(styles.cell, styles.heading)} style={{ top: r.start, left, width: HEADER_WIDTH, height: r.size }}>
              {r.index + 1}
            </div>
          ))}
          {rowItems.map((r) =>
            colItems.map((c) => {
              const address = cellAddress(r.index, c.index);
              const kind = highlights.get(address);
              const isMarked = marked?.row === r.index && marked.col === c.index;
              const text = cellTextAt(sheet, r.index, c.index);
              return (
                <div
                  key={address}
                  role="gridcell"
                  data-cell={address}
                  data-highlight={kind}
                  aria-selected={isMarked}
                  title={text || undefined}
                  className={mergeClasses(styles.cell, isMarked && styles.marked)}
                  style={{ top: r.start, left: c.start, width: c.size, height: r.size, backgroundColor: kind ? `#${HIGHLIGHT_COLOURS[kind]}` : undefined }}
                  onClick={() => onSelect({ sheet: sheet.name, cell: address })}
                >
                  {text}
                </div>
              );
            }),
          )}
        </div>
      </div>
    </section>
  );
}
