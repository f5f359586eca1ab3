import { createRoot } from "react-dom/client";
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";

/** The task pane shell; the checking workflow is mounted here by the add-in work (issue 4). */
function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Text as="h1" size={500} weight="semibold">
        均衡 · 义务教育均衡发展统计审核
      </Text>
      <Text as="p">请使用命令行 junheng check 审核登记表；Excel 任务窗格版本正在开发中。</Text>
    </FluentProvider>
  );
}

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App />);
});
