/**
 * Ties the fake to the real typings: `implements ApiShape<Excel.Range, "select" | …>` makes each listed member
 * exist in Office.js with parameters the fake accepts (return types are free, since fakes return fakes), and
 * `implements Pick<Excel.Range, "values" | …>` does the same for properties.
 */
export type ApiShape<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[P];
};
