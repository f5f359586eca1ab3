/**
 * The preview page (webpack.preview.config.js): the task pane over the sample register, checked (in a Web Worker,
 * as in Excel) as soon as it opens. `?lang=en-US` shows the English catalog, `?theme=dark` the dark theme and
 * `?schools=3000` an error-heavy generated register of that many schools (largeRegister.ts).
 */
import { createRoot } from "react-dom/client";
import { App } from "../App";
import { checkInWorker } from "../createCheckWorker";
import { largeRegister } from "./largeRegister";
import { PreviewHost } from "./previewHost";

const root = document.getElementById("root");
if (root) {
  const params = new URLSearchParams(window.location.search);
  const lang = params.get("lang") ?? undefined;
  const schools = Number(params.get("schools") ?? 0);
  const host = schools > 0 ? new PreviewHost(150, largeRegister(schools)) : new PreviewHost();
  createRoot(root).render(<App host={host} displayLanguage={lang} theme={params.get("theme") === "dark" ? "dark" : "light"} engine={checkInWorker} autoRun />);
}
