import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState, type ReactNode } from "react";

/** Lists longer than this render only what is in view, and open collapsed. */
export const LONG_LIST = 30;

export interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  readonly render: (item: T) => ReactNode;
  /** A closed row's height in px, before it is measured. */
  readonly estimate?: number;
}

/**
 * A list of rows of varying height (accordion items that open and close) in the pane's own scrolling: a short
 * list renders whole; a long one (3 000 schools) renders the rows in view and a few more, measured as they
 * render, so opening the tab or a row never lays out thousands of rows at once.
 */
export function VirtualList<T>({ items, keyOf, render, estimate = 44 }: VirtualListProps<T>) {
  if (items.length <= LONG_LIST) return <>{items.map((item) => <div key={keyOf(item)}>{render(item)}</div>)}</>;
  return <WindowedList items={items} keyOf={keyOf} render={render} estimate={estimate} />;
}

function WindowedList<T>({ items, keyOf, render, estimate }: Required<VirtualListProps<T>>) {
  const listRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  // Where the list starts in the page: content above it (messages, a tab shown after being hidden) moves it, and
  // every scroll re-renders this component, so it is checked after each render. After paint, not in the commit: a
  // layout effect's update re-rendered the list inside the same task as the results (rows are placed relative to
  // the list, so only which rows are in view waits a frame).
  useEffect(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - offset) > 1) setOffset(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimate,
    overscan: 8,
    scrollMargin: offset,
    getItemKey: (index) => keyOf(items[index]),
    // A list in a hidden tab measures 0 px a row: keep the estimate, or it would take every row for in view.
    measureElement: (element) => element.getBoundingClientRect().height || estimate,
    // Measuring re-renders in the next frame, not synchronously inside React's own render (nested updates).
    useFlushSync: false,
  });
  return (
    <div ref={listRef} style={{ position: "relative", height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <div
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
        >
          {render(items[row.index])}
        </div>
      ))}
    </div>
  );
}
