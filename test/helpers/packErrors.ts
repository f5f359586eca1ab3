import { InputError } from "../../src/domain/errors";
import { parsePack } from "../../src/domain/packs/registry";

/** The Chinese message parsePack refuses a pack with; fails the test if the pack is accepted. */
export function parseError(json: unknown): string {
  try {
    parsePack(json);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("parsePack accepted the pack");
}
