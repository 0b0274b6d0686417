/**
 * Gives an SVG a text alternative that travels with the file: `<title>` (its name) and `<desc>` (one
 * sentence on what it shows) as the first children of the root, and the root marked as one image
 * named and described by them, so a screen reader reads the sentence instead of the run-together tick
 * labels, and an SVG opened on its own (charts/*.svg) carries them too. A title or description already
 * there is kept. Used for every SVG the report writes, including the pathway map.
 */
import { escapeHtml } from './html/escapeHtml.js';

export function withTextAlternative(svg: string, idPrefix: string, title: string, description: string): string {
  const open = /^\s*<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('not an SVG document: it does not start with <svg');
  let root = open[0];
  const body = svg.slice(root.length);
  const ownTitle = /^\s*<title\b([^>]*)>/.exec(body);
  const titleId = ownTitle ? (/\bid="([^"]*)"/.exec(ownTitle[1]!)?.[1] ?? `${idPrefix}title`) : `${idPrefix}title`;
  const descId = `${idPrefix}desc`;
  const added = `${ownTitle ? '' : `<title id="${titleId}">${escapeHtml(title)}</title>`}${/<desc\b/.test(body) ? '' : `<desc id="${descId}">${escapeHtml(description)}</desc>`}`;
  const set = (name: string, value: string) => {
    root = new RegExp(`\\s${name}="`).test(root) ? root : root.replace(/\s*\/?>$/, (end) => ` ${name}="${value}"${end}`);
  };
  set('role', 'img');
  set('aria-labelledby', titleId);
  set('aria-describedby', descId);
  if (ownTitle) {
    // Keep the file's own title first; the description follows it.
    const afterTitle = body.indexOf('</title>') + '</title>'.length;
    return `${root}${body.slice(0, afterTitle)}${added}${body.slice(afterTitle)}`;
  }
  return `${root}${added}${body}`;
}
