/**
 * The WPS task pane (taskpane.html): the same React pane as in Excel, over the WPS adapter. When the page is not
 * inside WPS 表格, it says what it found and what to do instead of loading the pane.
 */
import "../noEval";
import { createRoot } from "react-dom/client";
import { App } from "../App";
import { WpsWorkbook } from "../../workbook/wps/WpsWorkbook";
import type { EtApplication } from "../../workbook/wps/etApi";
import { detectHost, hostMessage, type PageGlobals } from "./hostKind";

const globals = window as unknown as PageGlobals;
const message = hostMessage(detectHost(globals), navigator.language);
const root = document.getElementById("root");
const box = document.getElementById("host-message");

if (message !== null) {
  root?.setAttribute("hidden", "");
  if (box) {
    box.textContent = message;
    box.removeAttribute("hidden");
  }
} else if (root) {
  createRoot(root).render(<App host={new WpsWorkbook(globals.Application as EtApplication)} displayLanguage={navigator.language} />);
}
