/**
 * Entry of the task pane (webpack entry "taskpane"). Runs the host check while only this small ES5
 * script is loaded, and downloads the React pane (./index and its vendor chunks) only when it passes.
 * No inline scripts: taskpane.html loads this bundle by URL, as its Content-Security-Policy (webpack.csp.js) requires.
 */
import { checkHost, inLanguage, NO_OFFICE_JS_MESSAGE, NOT_IN_EXCEL_MESSAGE, NOT_READY_MESSAGE, READY_TIMEOUT_MS } from "./hostCheck";

function showMessage(text: string): void {
  const root = document.getElementById("root");
  const box = document.getElementById("host-message");
  if (root) root.setAttribute("hidden", "");
  if (box) {
    box.textContent = inLanguage(text, navigator.language);
    box.removeAttribute("hidden");
  }
}

if (typeof Office === "undefined") {
  showMessage(NO_OFFICE_JS_MESSAGE);
} else {
  // A pane whose Office.onReady never fires would otherwise stay blank.
  const waiting = setTimeout(function () {
    showMessage(NOT_READY_MESSAGE);
  }, READY_TIMEOUT_MS);
  Office.onReady(function (info) {
    clearTimeout(waiting);
    if (info.host !== Office.HostType.Excel) {
      showMessage(NOT_IN_EXCEL_MESSAGE);
      return;
    }
    const message = checkHost({
      userAgent: navigator.userAgent,
      isSetSupported: function (name, version) {
        return Office.context.requirements.isSetSupported(name, version);
      },
    });
    if (message) {
      showMessage(message);
      return;
    }
    // index.tsx renders on import; Office is already initialised here.
    import(/* webpackChunkName: "pane" */ "./index").catch(function () {
      showMessage("均衡任务窗格加载失败，请关闭后重新打开；如仍失败，请检查网络连接。");
    });
  });
}
