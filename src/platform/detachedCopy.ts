/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice of a
 * string as a pointer into its parent, so a few kept cell texts would keep a whole file's text alive.
 * Node's build; the browser app uses `detachedCopy.browser.ts`.
 */
export function detachedCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
