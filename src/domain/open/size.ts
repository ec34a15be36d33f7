/**
 * A graph with its article inline is well under 1 MB; 20 MB leaves room for long sources while
 * stopping a wrong file (a video, a database dump) from freezing the tab while it is parsed.
 */
export const MAX_GRAPH_BYTES = 20 * 1024 * 1024;

const MB = 1024 * 1024;

/** "25.3 MB". Rounded up, so a file one byte over the limit never reads as exactly the limit. */
export function formatSize(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`;
  const tenths = Math.ceil((bytes / MB) * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths : tenths.toFixed(1)} MB`;
}

export const LIMIT = formatSize(MAX_GRAPH_BYTES);
