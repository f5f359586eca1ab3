/**
 * The number normaliser and the other cell readers on arbitrary cells: they never throw, and a cell that is not
 * empty gives either a usable value or a note the hygiene rules turn into a finding — never a silent null, never
 * NaN or Infinity (the JSON contract forbids both).
 */
import fc from "fast-check";
import { REGISTER_SHEETS } from "../../src/domain/fields/dictionary";
import type { FieldDef } from "../../src/domain/fields/types";
import type { CellValue } from "../../src/domain/grid";
import { readNumber, readValue, ZERO_WORDS } from "../../src/domain/recognise/values";
import { numberOf, ReadingSchema, RegisterRowSchema, textOf, type RegisterRow } from "../../src/domain/register";
import { removeSpaces, toHalfWidth } from "../../src/domain/text";
import type { FieldId } from "../../src/domain/fields/types";

const RUNS = { numRuns: 400 };
const ALL_FIELDS: readonly FieldDef[] = REGISTER_SHEETS.flatMap((s) => s.fields);
const NUMERIC: ReadonlySet<FieldDef["type"]> = new Set(["count", "area", "money"]);
const field = fc.constantFrom(...ALL_FIELDS);
const numericField = fc.constantFrom(...ALL_FIELDS.filter((f) => NUMERIC.has(f.type)));
const scale = fc.constantFrom(1, 10000);

const fullWidth = (text: string) => text.replace(/[0-9.,+-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const SPACES = ["", " ", "\u3000", "\u00A0", "\n", "\t", "\u200B"];
const UNITS = ["", "册", "本", "台", "间", "人", "名", "个", "班", "元", "万元", "㎡", "m²", "m2", "平方米", "平米", "所", "kg", "左右", "%"];

/** Text a statistician might type for a number: signs, separators, full-width digits, spaces and units around it. */
const numberLikeText: fc.Arbitrary<string> = fc
  .record({
    before: fc.constantFrom(...SPACES),
    sign: fc.constantFrom("", "", "-", "+", "约"),
    digits: fc.oneof(fc.nat({ max: 10_000_000 }).map(String), fc.stringMatching(/^[0-9]{1,400}$/)),
    separators: fc.boolean(),
    fraction: fc.oneof(fc.constant(""), fc.stringMatching(/^\.[0-9]{0,4}$/)),
    inner: fc.constantFrom(...SPACES),
    unit: fc.constantFrom(...UNITS),
    after: fc.constantFrom(...SPACES),
    wide: fc.boolean(),
  })
  .map((p) => {
    const grouped = p.separators ? p.digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : p.digits;
    const body = `${p.sign}${grouped}${p.fraction}`;
    return `${p.before}${p.wide ? fullWidth(body) : body}${p.inner}${p.unit}${p.after}`;
  });

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 5328220001, 532822001),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom("#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?").map((error) => ({ error })),
  fc.constantFrom(...ZERO_WORDS),
  numberLikeText,
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("=SUM(A1:A2)", "'0532822001", "  ", "\u3000", "1e5", "0x1F", "١٢٣", "Ⅻ", "一百二十"),
);

const isBlank = (raw: CellValue) => raw === null || (typeof raw === "string" && removeSpaces(raw) === "");

describe("reading a cell never throws and never loses it silently", () => {
  it("gives a finite number, a string or null — and a note whenever a filled cell gives null", () => {
    fc.assert(
      fc.property(cellValue, field, scale, (raw, f, s) => {
        const read = readValue(raw, f, s);
        expect(ReadingSchema.safeParse({ ...read, cell: "A1" }).success).toBe(true);
        if (NUMERIC.has(f.type)) expect(read.value === null || typeof read.value === "number").toBe(true);
        else expect(read.value === null || typeof read.value === "string").toBe(true);
        if (read.value === null && !isBlank(raw)) expect(read.note).toBeDefined();
        if (isBlank(raw)) expect(read).toEqual({ value: null });
      }),
      RUNS,
    );
  });

  it("reads a plain number as itself, scaled to the field's unit, or refuses one too large to hold", () => {
    fc.assert(
      fc.property(fc.double(), numericField, scale, (raw, f, s) => {
        const read = readNumber(raw, f, s);
        if (Number.isFinite(raw * s)) expect(read).toEqual({ value: raw * s });
        else expect(read).toMatchObject({ value: null, note: { kind: "unreadable" } });
      }),
      RUNS,
    );
  });

  it("reads a whole number however it is written (full-width, separators, spaces, its own unit) and says when it was untidy", () => {
    const ownUnit = (f: FieldDef) => (f.type === "area" ? "㎡" : f.type === "money" ? "" : (f.unit ?? ""));
    fc.assert(
      fc.property(fc.nat({ max: 99_999_999 }), numericField, fc.boolean(), fc.boolean(), fc.constantFrom("", " ", "\u3000"), (n, f, wide, separators, gap) => {
        const grouped = separators ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : String(n);
        const text = `${wide ? fullWidth(grouped) : grouped}${gap}${ownUnit(f)}`;
        const read = readNumber(text, f);
        expect(read.value).toBe(n);
        // Spaces around a number are invisible in Excel and trimmed silently (docs/decisions.md).
        const tidy = text.trim() === String(n);
        expect(read.note === undefined).toBe(tidy);
        if (!tidy) expect(read.note).toEqual({ kind: "untidy", text: text.trim() });
      }),
      RUNS,
    );
  });

  it("quotes the cell's own text, trimmed, when it cannot read it", () => {
    fc.assert(
      fc.property(fc.oneof(numberLikeText, fc.string()), numericField, (raw, f) => {
        const read = readNumber(raw, f);
        if (read.note?.kind === "unreadable") expect(read.note.text).toBe(raw.trim());
        if (read.note?.kind === "zeroWord") expect(ZERO_WORDS).toContain(toHalfWidth(read.note.text).trim());
      }),
      RUNS,
    );
  });
});

describe("numberOf and textOf on any row", () => {
  const reading = fc.record(
    {
      value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.constant(null)),
      cell: fc.constantFrom("A1", "C7", "XFD1048576"),
      note: fc.record({ kind: fc.constantFrom("unreadable", "untidy", "zeroWord", "excelError", "notAllowed", "badCode"), text: fc.string() }),
    },
    { requiredKeys: ["value", "cell"] },
  );
  const row: fc.Arbitrary<RegisterRow> = fc.record({
    row: fc.integer({ min: 1, max: 1_048_576 }),
    key: fc.option(fc.string(), { nil: null }),
    fields: fc.dictionary(fc.constantFrom("code", "name", "books", "primary.total", "__proto__", "constructor"), reading),
  });

  it("returns the reading's number or text, else null, for any field id", () => {
    fc.assert(
      fc.property(fc.option(row, { nil: undefined }), fc.constantFrom("code", "name", "books", "primary.total", "missing", "__proto__", "constructor", "toString"), (r, id) => {
        if (r) expect(RegisterRowSchema.safeParse(r).success).toBe(true);
        const own = r && Object.prototype.hasOwnProperty.call(r.fields, id) ? r.fields[id].value : null;
        // Ids from outside the dictionary too: a row indexed by any text must not find Object.prototype's members.
        expect(numberOf(r, id as FieldId)).toBe(typeof own === "number" ? own : null);
        expect(textOf(r, id as FieldId)).toBe(typeof own === "string" ? own : null);
      }),
      RUNS,
    );
  });
});
