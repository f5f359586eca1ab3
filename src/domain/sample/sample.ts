/**
 * The embedded sample register (`junheng sample`): the fictional township of sampleSchools.ts, built with the
 * generator's blocks from a fixed seed, with the practice errors of seededErrors.ts on top.
 */
import type { RegisterRecords } from "../layout/registerLayout";
import { createRng } from "./random";
import { SAMPLE_META, SAMPLE_SCHOOLS, SAMPLE_SEED, SAMPLE_TITLE, SAMPLE_VILLAGES } from "./sampleSchools";
import { SCHOOL_SHEET_IDS, schoolRecords } from "./school";
import { seedErrors, type MutableSheets } from "./seededErrors";
import { villageCells } from "./villageBlock";

function cleanSheets(): MutableSheets {
  const rng = createRng(SAMPLE_SEED);
  const sheets: MutableSheets = { schools: [], students: [], staff: [], buildings: [], facilities: [], villages: [] };
  SAMPLE_SCHOOLS.forEach((spec, i) => {
    const records = schoolRecords(spec, rng.fork(100 + i));
    for (const sheet of SCHOOL_SHEET_IDS) sheets[sheet].push(records[sheet]);
  });
  SAMPLE_VILLAGES.forEach((village, i) => sheets.villages.push(villageCells(village, rng.fork(200 + i))));
  return sheets;
}

function asRecords(sheets: MutableSheets): RegisterRecords {
  return { sheets, meta: { ...SAMPLE_META }, title: SAMPLE_TITLE };
}

/** The sample without its practice errors: consistent, only the expected info findings. */
export function cleanSampleRegister(): RegisterRecords {
  return asRecords(cleanSheets());
}

/** The sample as shipped: the clean township plus the seeded errors of SAMPLE_ANSWER_KEY. */
export function sampleRegister(): RegisterRecords {
  return asRecords(seedErrors(cleanSheets()));
}

export { SAMPLE_ANSWER_KEY, sampleAnswerKey, type AnswerKeyEntry } from "./seededErrors";
