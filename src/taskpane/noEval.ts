/**
 * Zod compiles object parsers with `new Function` when it may. Under the pane's Content-Security-Policy (no eval,
 * webpack.csp.js) the attempt is blocked and reported as a violation before zod falls back to its plain parser;
 * jitless mode uses the plain parser from the start. Imported first by index.tsx, before any schema is used.
 */
import { z } from "zod";

z.config({ jitless: true });
