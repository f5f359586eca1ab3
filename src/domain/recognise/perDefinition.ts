/**
 * What is derived from a sheet definition alone (its vocabulary, key labels, field paths by last level), built once
 * per definition: every sheet of every workbook is matched against every definition.
 */
import type { SheetDef } from "../fields/types";

export function perDefinition<T>(build: (def: SheetDef) => T): (def: SheetDef) => T {
  const built = new WeakMap<SheetDef, T>();
  return (def) => {
    if (!built.has(def)) built.set(def, build(def));
    return built.get(def) as T;
  };
}
