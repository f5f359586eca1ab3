/**
 * One school's 校舍 and 场地与装备 records. Areas are built in hundredths of a ㎡ from the parts up, so every total
 * is the exact sum of the two-decimal parts the sheet shows (512-01, 512-02). Resources are sized against the
 * reference standards (see standards.ts) times a factor: above 1 for most schools, the given shortfall otherwise.
 */
import type { CellValue } from "../grid";
import { TEACHING_ROOM_FIELDS } from "../fields/dictionary";
import type { Rng } from "./random";
import { fromCents, splitInteger } from "./split";
import { sizingBase, type Resource, type StudentCounts } from "./standards";

export interface PremisesOptions {
  readonly students: StudentCounts;
  readonly classes: number;
  readonly boarding: boolean;
  /** Teaching points and village schools have no gym and no language lab; seat schools may. */
  readonly seatSchool: boolean;
  readonly small: boolean;
  /** Resources deliberately below standard, as a fraction of it. */
  readonly shortfalls?: Partial<Record<Resource, number>>;
}

/** How far above (or, for a shortfall, below) the standard a resource is. */
function factor(resource: Resource, options: PremisesOptions, rng: Rng, range: readonly [number, number]): number {
  return options.shortfalls?.[resource] ?? rng.float(range[0], range[1]);
}

/** Amount of a resource for the school; rounded up when it meets the standard so rounding cannot make it fail. */
function sized(resource: Resource, options: PremisesOptions, rng: Rng, range: readonly [number, number], step = 1): number {
  const { units, perUnit } = sizingBase(options.students, resource);
  const f = factor(resource, options, rng, range);
  const exact = (units * perUnit * f) / step;
  return f >= 1 ? Math.ceil(exact) : Math.floor(exact);
}

/** Small schools still have a few rooms and a yard whatever their students — unless they are meant to fall short. */
function atLeast(resource: Resource, options: PremisesOptions, floor: number, value: number): number {
  return options.shortfalls?.[resource] === undefined ? Math.max(floor, value) : value;
}

export function buildingCells(options: PremisesOptions, rng: Rng): Record<string, CellValue> {
  const totalCents = atLeast("building", options, options.small ? 12000 : 60000, sized("building", options, rng, [1.15, 1.6], 0.01));
  const [teaching, admin, living, other] = splitInteger(totalCents, [
    rng.float(0.56, 0.64),
    rng.float(0.08, 0.12),
    options.boarding ? rng.float(0.2, 0.3) : rng.float(0.08, 0.15),
    rng.float(0.03, 0.08),
  ]);
  const junior = options.students.junior + options.students.senior > 0;
  const rooms = splitInteger(teaching, [
    rng.float(0.58, 0.66),
    junior ? rng.float(0.1, 0.15) : rng.float(0.05, 0.09),
    rng.float(0.04, 0.07),
    options.small ? 0 : rng.float(0.03, 0.06),
    junior && options.seatSchool ? rng.float(0.02, 0.04) : 0,
    options.seatSchool ? rng.float(0.06, 0.12) : 0,
  ]);
  const cells: Record<string, CellValue> = {
    totalArea: fromCents(totalCents),
    dangerous: 0,
    "teaching.total": fromCents(teaching),
    admin: fromCents(admin),
    living: fromCents(living),
    other: fromCents(other),
  };
  TEACHING_ROOM_FIELDS.forEach((field, i) => (cells[field] = fromCents(rooms[i])));
  return cells;
}

export function facilityCells(options: PremisesOptions, rng: Rng): Record<string, CellValue> {
  const siteArea = atLeast("site", options, options.small ? 400 : 1500, sized("site", options, rng, [1.1, 1.9]));
  const computers = sized("computers", options, rng, [1.1, 2]);
  // 万元 with two decimals: sized in steps of 100 元.
  const equipmentHundreds = Math.max(1, sized("equipment", options, rng, [1.1, 2.4], 100));
  return {
    siteArea,
    // Together at most 58 % of the site (522-01).
    greenArea: Math.round(siteArea * rng.float(0.08, 0.2)),
    sportsArea: Math.round(siteArea * rng.float(0.25, 0.38)),
    books: Math.max(1, sized("books", options, rng, [1.05, 1.6])),
    computers,
    teachingComputers: Math.floor(computers * rng.float(0.75, 0.92)),
    multimediaRooms: Math.round(options.classes * rng.float(0.4, 1)),
    equipmentValue: fromCents(equipmentHundreds),
  };
}
