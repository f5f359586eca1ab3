/**
 * The React task pane. bootstrap.ts imports this module after Office.onReady and the host check, so it renders
 * at once on import and never waits for Office itself.
 */
import "./noEval";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { checkInWorker } from "./createCheckWorker";
import { createOfficeHost } from "./officeHost";
import { themeOf } from "./officeTheme";

const root = document.getElementById("root");
if (root) {
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  const theme = themeOf(context?.officeTheme?.bodyBackgroundColor);
  createRoot(root).render(<App host={createOfficeHost()} displayLanguage={context?.displayLanguage} engine={checkInWorker} theme={theme} />);
}
