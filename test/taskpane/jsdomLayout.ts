/**
 * jsdom lays nothing out, so Tabster (Fluent UI's focus manager) takes every element for invisible and moves
 * Tab presses to nowhere. This gives it what a browser would: an offsetParent for rendered elements (null under
 * display: none, as in browsers) and a body with a size.
 */
function hiddenByDisplay(element: HTMLElement): boolean {
  for (let el: HTMLElement | null = element; el; el = el.parentElement) if (getComputedStyle(el).display === "none") return true;
  return false;
}

export function pretendLayout(): void {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return hiddenByDisplay(this) ? null : this.parentElement;
    },
  });
  document.body.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 380, bottom: 900, width: 380, height: 900, toJSON: () => ({}) });
}

/** A clean register shows the all-clear bar, whose reflow watches its size; jsdom has no ResizeObserver. */
export function pretendResizeObserver(): void {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
