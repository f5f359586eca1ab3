/**
 * The preview page (webpack.preview.config.js): the task pane over the sample register, checked as soon as it
 * opens. `?lang=en-US` shows the English catalog.
 */
import { createRoot } from "react-dom/client";
import { App } from "../App";
import { PreviewHost } from "./previewHost";

const root = document.getElementById("root");
if (root) {
  const lang = new URLSearchParams(window.location.search).get("lang") ?? undefined;
  createRoot(root).render(<App host={new PreviewHost()} displayLanguage={lang} autoRun />);
}
