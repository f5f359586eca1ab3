/**
 * Just enough XML for patching package parts as text: attributes of one tag, entity escapes, the prefix a part
 * gives its main namespace. Parts are never re-serialised: what is not patched keeps its every byte.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity];
  });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An attribute of a start tag (`<sheet name="x" r:id="rId1"/>`), unescaped; `name` may end in `:id` for any prefix. */
export function attribute(tag: string, name: string): string | null {
  const pattern = name.startsWith(":") ? `\\s[A-Za-z_][\\w.-]*${name}` : `\\s${name}`;
  const match = new RegExp(`${pattern}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? unescapeXml(match[1] ?? match[2]) : null;
}

/** Every start (or empty) tag of a local name, whatever its prefix. */
export function tags(xml: string, localName: string): string[] {
  return xml.match(new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}(?=[\\s/>])[^>]*>`, "g")) ?? [];
}

/** The prefix of the root element (`x:` for `<x:worksheet …>`, "" for a default namespace). */
export function rootPrefix(xml: string): string {
  return /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>]/.exec(xml.replace(/<\?[^>]*\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""))?.[1] ?? "";
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export const textOf = (bytes: Uint8Array): string => decoder.decode(bytes);
export const bytesOf = (text: string): Uint8Array => encoder.encode(text);
