/**
 * The React task pane. bootstrap.ts imports this module after Office.onReady and the host check, so it renders
 * at once on import and never waits for Office itself.
 */
import "./noEval";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { checkInWorker } from "./createCheckWorker";
import { createOfficeHost } from "./officeHost";

const root = document.getElementById("root");
if (root) {
  const displayLanguage = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  createRoot(root).render(<App host={createOfficeHost()} displayLanguage={displayLanguage} engine={checkInWorker} />);
}
