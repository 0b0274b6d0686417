/** In the browser app (see detachedCopy.ts) the slice is kept: a page reads files of a few megabytes. */
export function detachedCopy(text: string): string {
  return text;
}
