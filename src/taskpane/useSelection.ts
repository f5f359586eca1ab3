/** Follows the cell the user selects in the workbook, for as long as the pane is mounted. */
import { useEffect, useState } from "react";
import type { CellSelection, WorkbookHost } from "../workbook/host";

export function useSelection(host: WorkbookHost): [CellSelection | null, (selection: CellSelection | null) => void] {
  const [selection, setSelection] = useState<CellSelection | null>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let unmounted = false;
    host.onSelectionChanged((s) => setSelection(s)).then(
      (unsubscribe) => {
        if (unmounted) unsubscribe();
        else stop = unsubscribe;
      },
      // A host that cannot report selections still lets the pane work; the user clicks findings instead.
      () => {},
    );
    return () => {
      unmounted = true;
      stop?.();
    };
  }, [host]);
  return [selection, setSelection];
}
