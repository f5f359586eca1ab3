/**
 * The two zip codecs behave alike: fflate (the web page's and the pane's) and Node's zlib (the command line's). Tests
 * in a group share one process, where the command line's module sets Node's codec for everything after it, so each
 * codec is tested here by name.
 */
import { nativeZipCodec } from "../../src/cli/nativeZip";
import { portableZipCodec, type ZipCodec } from "../../src/workbook/package/zip";

const text = new TextEncoder().encode(Array.from({ length: 2000 }, (_, i) => `<c r="A${i + 1}"><v>${(i * 7919) % 1000}</v></c>`).join(""));

/** What each codec does with an entry that inflates past the size its header declares. */
type LyingSize = "refused" | "cut at the declared size";

describe.each<[string, ZipCodec, LyingSize]>([
  ["fflate (web page, pane)", portableZipCodec, "cut at the declared size"],
  ["Node's zlib (command line)", nativeZipCodec, "refused"],
])("zip codec: %s", (_name, codec, lyingSize) => {
  it("inflates what it deflated, smaller than it was", () => {
    const raw = codec.deflate(text);
    expect(raw.length).toBeLessThan(text.length / 2);
    expect(Buffer.from(codec.inflate(raw, text.length)).equals(Buffer.from(text))).toBe(true);
  });

  const other = codec === portableZipCodec ? nativeZipCodec : portableZipCodec;

  it("reads the other codec's deflate", () => {
    expect(Buffer.from(codec.inflate(other.deflate(text), text.length)).equals(Buffer.from(text))).toBe(true);
  });

  it(`${lyingSize === "refused" ? "refuses" : "cuts at its declared size"} an entry that inflates past it`, () => {
    const raw = codec.deflate(text);
    if (lyingSize === "refused") expect(() => codec.inflate(raw, 100)).toThrow();
    // The entry's CRC then tells the reader it is corrupt.
    else expect(Buffer.from(codec.inflate(raw, 100)).equals(Buffer.from(text.subarray(0, 100)))).toBe(true);
  });

  it("computes the zip CRC-32, as the other codec does", () => {
    expect(codec.crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(codec.crc32(text)).toBe(other.crc32(text));
  });
});
