/**
 * Hands a Blob to the browser as a download (Blob URL on an <a download>), for the pane's Word report and the web
 * page's workbooks. Kept apart from the report code so a page can offer downloads without loading the engine.
 */
/** What a download needs from the browser; tests pass their own. */
export interface DownloadEnv {
  readonly document: Document;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  /** Runs `action` once the browser has had time to start the download. */
  later(action: () => void): void;
}

export function browserEnv(): DownloadEnv {
  return {
    document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    // Revoking at once can cancel a download that has not started reading the Blob yet (seen in Safari/WebKit).
    later: (action) => void window.setTimeout(action, 60_000),
  };
}

/** Hands the Blob to the browser as a download. Throws when the host refuses Blob URLs or has no document. */
export function saveBlob(blob: Blob, fileName: string, env: DownloadEnv = browserEnv()): void {
  const url = env.createObjectURL(blob);
  const link = env.document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  env.document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    env.later(() => env.revokeObjectURL(url));
  }
}
