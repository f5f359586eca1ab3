/**
 * jsdom computes a style by matching every rule of every sheet against the element, and Fluent UI (Griffel)
 * inserts thousands of atomic rules; Testing Library asks for computed styles on each role query (is it hidden?)
 * and Tabster on each focus move, so most of a pane test's time went to matching colours and paddings that jsdom
 * never uses. What the tests and those libraries read of a computed style is whether an element is hidden
 * (display: none, visibility: hidden) and generated content, so a rule that can decide neither is not inserted
 * at all (jsdom neither parses it nor matches it again and again). A rule that shows an element (display: flex)
 * is kept, since it may override a hiding one, and so are at-rules. Griffel appends each rule at the sheet's
 * current length and keeps its own record of what it inserted, so a rule left out disturbs nothing it reads.
 * The browser tests run the real CSS.
 */
const READ_BY_JSDOM = /(^|[{;\s])(display|visibility|content)\s*:/;

if (typeof CSSStyleSheet !== "undefined") {
  const insertRule = CSSStyleSheet.prototype.insertRule;
  CSSStyleSheet.prototype.insertRule = function (this: CSSStyleSheet, rule: string, index?: number): number {
    if (!READ_BY_JSDOM.test(rule) && !rule.trimStart().startsWith("@")) return index ?? 0;
    return insertRule.call(this, rule, index);
  };
}
