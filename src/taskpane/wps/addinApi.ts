/**
 * The WPS add-in API the ribbon script uses (task panes and per-add-in storage). Typed by hand from et-jsapi-declare's
 * index.d.ts (WPS.AddonRoot, CustomTaskpane, PluginStorage), which is not referenced because it also declares
 * globals for every file. `GetTaskPane` with a stale id may return null or throw; `Enum` may be missing (the
 * templates install a fallback), so both are optional here.
 */
export interface CustomTaskpane {
  readonly ID: string;
  Visible: boolean;
  DockPosition: number;
}

export interface AddinRoot {
  CreateTaskPane(url: string, title?: string): CustomTaskpane;
  GetTaskPane?(id: string): CustomTaskpane | null;
  readonly PluginStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  readonly Enum?: { readonly msoCTPDockPositionRight?: number };
  ribbonUI?: unknown;
}

/** The control WPS passes to a ribbon callback. */
export interface RibbonControl {
  readonly Id: string;
}
