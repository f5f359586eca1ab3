/**
 * jest-environment-jsdom leaves out TextEncoder/TextDecoder, which every browser the pane runs in has (and docx packs
 * with). Importing this module puts Node's into the jsdom global, so browser-side code can run as it would for real.
 */
import { TextDecoder, TextEncoder } from "node:util";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder, TextDecoder });
