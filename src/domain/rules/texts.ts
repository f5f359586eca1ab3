/**
 * A rule's sentences (issue 13): every rule declares its templates in its `texts`, beside its check, and a check
 * makes a finding's sentence with `say(rule, key, params)`, which accepts only that rule's keys and the params of
 * that template. The Chinese rendering is made at once (the workbook, the report and the zh-CN JSON show it byte
 * for byte); other languages render the template again at the edge (rules/registry.ts `findingMessage`).
 */
import type { FindingParams, Said } from "../findings";
import type { RuleId } from "../ruleIds";

export type Params = Record<string, string | number>;

/** One sentence in each language, from the same parameters. */
export interface Template<P extends Params> {
  readonly zh: (p: P) => string;
  readonly en: (p: P) => string;
}

export const template = <P extends Params>(zh: (p: P) => string, en: (p: P) => string): Template<P> => ({ zh, en });

/**
 * A rule's templates by key: the rule id, or the id and a variant (`512-03.over`). Rules built by one function
 * share a template under one key (`312-01` is also 313-01's, `212-band` is 212-04's and 212-05's). The key is the
 * finding's `text` in the JSON.
 */
export type Texts = Readonly<Record<string, Template<never>>>;

type ParamsOf<T> = T extends Template<infer P> ? P : never;

/** The sentence `rule` says with its template `key`: only the rule's own keys, only that template's params. */
export function say<R extends { readonly id: RuleId; readonly texts: Texts }, K extends keyof R["texts"] & string>(
  rule: R,
  key: K,
  params: ParamsOf<R["texts"][K]>,
): Said<R["id"]> {
  const render = rule.texts[key].zh as unknown as (p: typeof params) => string;
  return { text: key, params: params as FindingParams, message: render(params) };
}
