/**
 * Enough of Excel's formula language to tell whether a conditional format is on: numbers, strings, TRUE/FALSE,
 * cell references (relative ones move with the cell, as in a conditional format: a reference is written for the
 * top-left cell of the format's first range), + - * /, comparisons, and AND, OR, NOT, ISTEXT, ISNUMBER, ISBLANK,
 * SUM, ABS. Anything else is unknown, and an unknown rule paints nothing.
 */
import { contains } from "./a1";
import { cellKey, type SheetState } from "./state";

type Value = number | string | boolean | null;

/** Where a rule is evaluated: the sheet, the cell being painted and the top-left cell of the format's first range. */
export interface RulePlace {
  readonly sheet: SheetState;
  readonly row: number;
  readonly col: number;
  readonly anchorRow: number;
  readonly anchorCol: number;
}

class Unknown extends Error {}

const TOKEN = /\s*(?:(\$?[A-Z]{1,3}\$?\d+)|(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|([A-Z][A-Z0-9.]*)(?=\()|(TRUE|FALSE)\b|(<>|<=|>=|[-+*/=<>(),:]))/iy;

function tokenise(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(text);
    if (!match) throw new Unknown();
    tokens.push(match[0].trim());
  }
  return tokens;
}

function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

class Evaluator {
  private at = 0;

  constructor(
    private readonly tokens: string[],
    private readonly place: RulePlace | undefined,
  ) {}

  run(): Value {
    const value = this.comparison();
    if (this.at !== this.tokens.length) throw new Unknown();
    return value;
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }

  private take(expected?: string): string {
    const token = this.tokens[this.at++];
    if (token === undefined || (expected !== undefined && token !== expected)) throw new Unknown();
    return token;
  }

  private comparison(): Value {
    const left = this.additive();
    const op = this.peek();
    if (!op || !["=", "<>", "<", ">", "<=", ">="].includes(op)) return left;
    this.take();
    return compare(left, op, this.additive());
  }

  private additive(): Value {
    let value = this.term();
    while (this.peek() === "+" || this.peek() === "-") {
      const op = this.take();
      const right = toNumber(this.term());
      value = op === "+" ? toNumber(value) + right : toNumber(value) - right;
    }
    return value;
  }

  private term(): Value {
    let value = this.unary();
    while (this.peek() === "*" || this.peek() === "/") {
      const op = this.take();
      const right = toNumber(this.unary());
      if (op === "/" && right === 0) throw new Unknown();
      value = op === "*" ? toNumber(value) * right : toNumber(value) / right;
    }
    return value;
  }

  private unary(): Value {
    if (this.peek() === "-") {
      this.take();
      return -toNumber(this.unary());
    }
    return this.primary();
  }

  private primary(): Value {
    const token = this.take();
    if (token === "(") {
      const value = this.comparison();
      this.take(")");
      return value;
    }
    if (/^\d/.test(token)) return Number(token);
    if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
    if (/^(TRUE|FALSE)$/i.test(token) && this.peek() !== "(") return /^TRUE$/i.test(token);
    if (this.peek() === "(") return this.call(token.toUpperCase());
    if (/^\$?[A-Z]{1,3}\$?\d+$/i.test(token)) {
      if (this.peek() === ":") throw new Unknown();
      return this.cellValue(token);
    }
    throw new Unknown();
  }

  /** Arguments of a function: a range argument ("C4:H4") gives all its cells. */
  private args(): Value[][] {
    this.take("(");
    const args: Value[][] = [];
    if (this.peek() === ")") {
      this.take();
      return args;
    }
    for (;;) {
      const token = this.peek();
      if (token && /^\$?[A-Z]{1,3}\$?\d+$/i.test(token) && this.tokens[this.at + 1] === ":") {
        this.take();
        this.take(":");
        args.push(this.rangeValues(token, this.take()));
      } else args.push([this.comparison()]);
      const next = this.take();
      if (next === ")") return args;
      if (next !== ",") throw new Unknown();
    }
  }

  private call(name: string): Value {
    const args = this.args();
    const first = () => args[0]?.[0] ?? null;
    switch (name) {
      case "AND":
        return args.flat().every((v) => toBoolean(v));
      case "OR":
        return args.flat().some((v) => toBoolean(v));
      case "NOT":
        return !toBoolean(first());
      case "ISTEXT":
        return typeof first() === "string";
      case "ISNUMBER":
        return typeof first() === "number";
      case "ISBLANK":
        return first() === null;
      case "ABS":
        return Math.abs(toNumber(first()));
      case "SUM":
        // Text and blanks in references are skipped, as Excel's SUM does.
        return args.flat().reduce<number>((sum, v) => (typeof v === "number" ? sum + v : sum), 0);
      default:
        throw new Unknown();
    }
  }

  private position(reference: string): { row: number; col: number } {
    const match = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/i.exec(reference);
    if (!match || !this.place) throw new Unknown();
    const { row, col, anchorRow, anchorCol } = this.place;
    const refCol = column(match[2]);
    const refRow = Number(match[4]) - 1;
    return { col: match[1] ? refCol : refCol + col - anchorCol, row: match[3] ? refRow : refRow + row - anchorRow };
  }

  private cellValue(reference: string): Value {
    const { row, col } = this.position(reference);
    const cell = this.place!.sheet.cells.get(cellKey(row, col));
    if (!cell || cell.type === "Empty") return null;
    if (cell.type === "Error") throw new Unknown();
    return cell.value;
  }

  private rangeValues(from: string, to: string): Value[] {
    const a = this.position(from);
    const b = this.position(to);
    const values: Value[] = [];
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
        const cell = this.place!.sheet.cells.get(cellKey(r, c));
        values.push(!cell || cell.type === "Empty" || cell.type === "Error" ? null : cell.value);
      }
    }
    return values;
  }
}

/** Excel turns blanks into 0 and TRUE into 1 in arithmetic; text there is #VALUE!, which leaves the rule off. */
function toNumber(value: Value): number {
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  throw new Unknown();
}

function toBoolean(value: Value): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (value === null) return false;
  throw new Unknown();
}

/** Excel's comparison order: numbers < text < logical values; a blank compares as 0 or "". */
function compare(left: Value, op: string, right: Value): boolean {
  const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const l = left ?? (typeof right === "string" ? "" : 0);
  const r = right ?? (typeof left === "string" ? "" : 0);
  let order: number;
  if (rank(l) !== rank(r)) order = rank(l) - rank(r);
  else if (typeof l === "string") order = l.toLowerCase().localeCompare(String(r).toLowerCase());
  else order = Number(l) - Number(r);
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}

/** Whether a rule formula ("=…") is TRUE at a place; undefined when the fake cannot tell. */
export function ruleIsTrue(formula: string | null, place?: RulePlace): boolean | undefined {
  if (!formula || !formula.startsWith("=")) return undefined;
  try {
    const value = new Evaluator(tokenise(formula.slice(1)), place).run();
    return typeof value === "boolean" ? value : undefined;
  } catch (error) {
    if (error instanceof Unknown) return undefined;
    throw error;
  }
}

/** The place a format covering (row, col) evaluates its rule at. */
export function placeIn(sheet: SheetState, ranges: readonly { top: number; left: number; bottom: number; right: number }[], row: number, col: number): RulePlace | null {
  if (!ranges.some((r) => contains(r, row, col))) return null;
  return { sheet, row, col, anchorRow: ranges[0].top, anchorCol: ranges[0].left };
}
