/*
 * The Content-Security-Policy of the add-in's pages (taskpane.html, commands.html), set in a <meta> tag by
 * webpack.config.js. Only the pages' own files and office.js may run: no inline script, no eval, no other host.
 *   - office.js and the scripts it loads come from Microsoft's CDN, or from the add-in's own folder when built
 *     with --env localOfficeJs (then the CDN is not allowed at all).
 *   - style-src needs 'unsafe-inline': Fluent UI v9 styles with Griffel, which inserts <style> elements at run
 *     time. Griffel can put a nonce on them (createDOMRenderer's styleElementAttributes), but a nonce only means
 *     something when the server makes a new one for every response, and the add-in is static files on any host.
 *   - connect-src 'self' covers the dev server's hot-reload socket (CSP 3 matches wss: of the same host).
 * A <meta> policy cannot carry frame-ancestors; Office decides which pages may host the add-in.
 */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** @param {{ cdnOfficeJs: boolean }} options */
function addinContentSecurityPolicy({ cdnOfficeJs }) {
  return [
    "default-src 'none'",
    `script-src 'self'${cdnOfficeJs ? ` ${OFFICE_JS_ORIGIN}` : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The web page's policy (webpack.web.config.js): its own scripts only, and no connection anywhere — the page has
 * nothing to fetch or send, so the browser itself enforces "nothing leaves the browser". Blob URLs are how the
 * page hands over downloads (they are navigations, not connections); the handbook is an iframe srcdoc.
 */
function webPageContentSecurityPolicy() {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { OFFICE_JS_ORIGIN, addinContentSecurityPolicy, webPageContentSecurityPolicy };
