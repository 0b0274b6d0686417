/**
 * The browser app's PNG of a chart: the SVG drawn on a canvas at 300 dpi (the SVG's CSS pixels are
 * 1/96 in), on white, as the command line's resvg renders it. The page's policy allows images from
 * data: URLs only, so the SVG is handed to the image element as one.
 */
export const PNG_DPI = 300;

export async function svgToPng(svg: string): Promise<Blob | null> {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) return null;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round((width * PNG_DPI) / 96);
  canvas.height = Math.round((height * PNG_DPI) / 96);
  const context = canvas.getContext('2d');
  if (context === null) return null;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
