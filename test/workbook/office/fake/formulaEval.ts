/**
 * Just enough formula evaluation to tell whether a conditional format is on: TRUE, FALSE, string comparisons
 * and AND/OR of those. Anything else (cell references, functions) is unknown, and an unknown rule paints nothing.
 */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      args.push(current);
      current = "";
    } else current += ch;
  }
  args.push(current);
  return args.map((a) => a.trim());
}

function evaluate(expression: string): boolean | undefined {
  const e = expression.trim();
  if (/^TRUE$/i.test(e)) return true;
  if (/^FALSE$/i.test(e)) return false;
  const call = /^(AND|OR)\((.*)\)$/i.exec(e);
  if (call) {
    const values = splitArgs(call[2]).map(evaluate);
    if (values.some((v) => v === undefined)) return undefined;
    return call[1].toUpperCase() === "AND" ? values.every(Boolean) : values.some(Boolean);
  }
  const compare = /^"((?:[^"]|"")*)"\s*(<>|=)\s*"((?:[^"]|"")*)"$/.exec(e);
  if (compare) return compare[2] === "=" ? compare[1] === compare[3] : compare[1] !== compare[3];
  return undefined;
}

/** Whether a rule formula ("=…") is TRUE; undefined when the fake cannot tell. */
export function ruleIsTrue(formula: string | null): boolean | undefined {
  if (!formula || !formula.startsWith("=")) return undefined;
  return evaluate(formula.slice(1));
}
