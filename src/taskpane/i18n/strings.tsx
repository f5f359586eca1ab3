/** Chooses the catalog by Office's display language (zh-CN unless it is English) and hands it to components. */
import { createContext, useContext, type ReactNode } from "react";
import type { Finding, Language } from "../../domain/findings";
import { findingMessage } from "../../domain/rules/registry";
import { enUS } from "./enUS";
import { zhCN, type Catalog } from "./zhCN";

export type { Catalog } from "./zhCN";

/** `en-US`, `en-GB` … → English; everything else, and no language at all, → Chinese. */
export function catalogFor(displayLanguage: string | undefined): Catalog {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? enUS : zhCN;
}

/** The language tag to put on the pane's root element, so screen readers pronounce it right. */
export function langOf(catalog: Catalog): Language {
  return catalog === enUS ? "en-US" : "zh-CN";
}

const StringsContext = createContext<Catalog>(zhCN);

export function StringsProvider({ catalog, children }: { readonly catalog: Catalog; readonly children: ReactNode }) {
  return <StringsContext.Provider value={catalog}>{children}</StringsContext.Provider>;
}

export function useStrings(): Catalog {
  return useContext(StringsContext);
}

/** A finding's sentence in the pane's language (rules/registry.ts findingMessage): English findings in English Office. */
export function useFindingText(): (finding: Pick<Finding, "message" | "params" | "text">) => string {
  const lang = langOf(useContext(StringsContext));
  return (finding) => findingMessage(finding, lang);
}
