// The public paragraph numbering of source files: paragraph N is the N-th non-empty line, from 0.

/**
 * Splits a source article into its paragraphs. A line counts when it holds anything but white space
 * (NBSP included); the text keeps its words exactly, with surrounding white space trimmed.
 */
export function splitParagraphs(source: string): string[] {
  return source
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
