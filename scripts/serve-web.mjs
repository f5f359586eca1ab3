/*
 * Serves dist/web/ (npm run build:web) on http://localhost:3000 (or PORT; JUNHENG_WEB_ROOT serves another build),
 * for `npm run web`. Static files only, on localhost only; the page itself makes no network requests.
 */
/* global console, process, URL */
import { fileURLToPath } from "node:url";
import { startStaticServer } from "./static-server.mjs";

const root = process.env.JUNHENG_WEB_ROOT ?? fileURLToPath(new URL("../dist/web", import.meta.url));
const { url } = await startStaticServer(root, { port: Number(process.env.PORT ?? 3000), host: "localhost" });
console.log(`均衡 · 网页版：${url}（按 Ctrl+C 停止）`);
