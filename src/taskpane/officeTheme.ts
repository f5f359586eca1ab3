/** Light or dark, as Office's own theme is (Office.context.officeTheme, Common API): dark when its body is dark. */
export function themeOf(bodyBackgroundColor: string | undefined): "light" | "dark" {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackgroundColor ?? "");
  if (!match) return "light";
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  // Relative luminance (sRGB weights, no gamma: enough to tell Office's dark grey and black from its whites).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
