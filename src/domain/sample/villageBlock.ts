/**
 * One village committee's row on 普及与控辍. Enrolled children never exceed the school-age children (V-01), nor
 * disabled enrolled the disabled children (V-02); the rates come out at or above the targets of docs/method.md §6
 * unless a shortfall is asked for.
 */
import type { CellValue } from "../grid";
import type { Rng } from "./random";
import { splitInteger } from "./split";

export interface VillageSpec {
  readonly name: string;
  /** Children of 小学 age registered in the village. */
  readonly primaryAge: number;
  readonly juniorAge: number;
  /** Enrolment rates to aim at instead of the usual ≥ 99.6 % / ≥ 99.1 %, e.g. `{ primary: 0.992 }`. */
  readonly rates?: { readonly primary?: number; readonly junior?: number };
}

function enrolled(age: number, rate: number | undefined, maxMissingShare: number, rng: Rng): number {
  if (rate !== undefined) return Math.min(age, Math.round(age * rate));
  return age - Math.floor(age * rng.float(0, maxMissingShare));
}

export function villageCells(spec: VillageSpec, rng: Rng): Record<string, CellValue> {
  const visual = rng.int(0, 2);
  const hearing = rng.int(0, 2);
  const intellectual = rng.int(0, 3);
  const disabled = visual + hearing + intellectual;
  // One child out of school keeps the rate at ≥ 80 % only when there are at least five (T3).
  const disabledEnrolled = disabled - (disabled >= 5 && rng.chance(0.4) ? 1 : 0);
  const [regular, special, home] = splitInteger(disabledEnrolled, [rng.float(0.5, 0.7), rng.float(0.1, 0.2), rng.float(0.1, 0.3)]);
  return {
    village: spec.name,
    primaryAge: spec.primaryAge,
    primaryEnrolled: enrolled(spec.primaryAge, spec.rates?.primary, 0.004, rng),
    juniorAge: spec.juniorAge,
    juniorEnrolled: enrolled(spec.juniorAge, spec.rates?.junior, 0.009, rng),
    "disabled.visual": visual,
    "disabled.hearing": hearing,
    "disabled.intellectual": intellectual,
    "disabledEnrolled.regular": regular,
    "disabledEnrolled.special": special,
    "disabledEnrolled.home": home,
  };
}
