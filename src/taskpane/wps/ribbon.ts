/**
 * The script of the add-in's entry page (index.html), which WPS loads hidden before it reads ribbon.xml. It defines
 * the global callbacks ribbon.xml names. They stay synchronous: async ribbon callbacks hid custom tabs in some WPS
 * 12.1 builds. The button opens the task pane (taskpane.html beside this page, over http or from a local folder)
 * or, when it is open, hides it.
 */
import type { AddinRoot, CustomTaskpane, RibbonControl } from "./addinApi";

export const OPEN_PANE_BUTTON = "JunhengOpenPane";
const PANE_ID_KEY = "junheng_taskpane_id";
/** msoCTPDockPositionRight, should WPS not provide Application.Enum. */
const DOCK_RIGHT = 2;

function application(): AddinRoot {
  return (window as unknown as { Application: AddinRoot }).Application;
}

/** The pane made earlier in this WPS session, if WPS still has it. */
function existingPane(app: AddinRoot): CustomTaskpane | null {
  const id = app.PluginStorage.getItem(PANE_ID_KEY);
  if (!id || !app.GetTaskPane) return null;
  try {
    return app.GetTaskPane(id);
  } catch {
    return null;
  }
}

export function togglePane(app: AddinRoot, pageUrl: string): CustomTaskpane {
  const pane = existingPane(app);
  if (pane) {
    pane.Visible = !pane.Visible;
    return pane;
  }
  const created = app.CreateTaskPane(new URL("taskpane.html", pageUrl).href, "均衡 · 统计审核");
  app.PluginStorage.setItem(PANE_ID_KEY, String(created.ID));
  created.DockPosition = app.Enum?.msoCTPDockPositionRight ?? DOCK_RIGHT;
  created.Visible = true;
  return created;
}

const callbacks = {
  OnAddinLoad(ribbonUI: unknown): boolean {
    application().ribbonUI = ribbonUI;
    return true;
  },
  OnAction(control: RibbonControl): boolean {
    if (control.Id === OPEN_PANE_BUTTON) togglePane(application(), document.location.href);
    return true;
  },
  GetImage(control: RibbonControl): string {
    return control.Id === OPEN_PANE_BUTTON ? "assets/icon-32.png" : "";
  },
};

Object.assign(window, callbacks);
