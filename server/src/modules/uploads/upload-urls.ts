/** Names and URLs of stored pictures (no image code here, so mappers can import it cheaply). */

/** Widths made for each kind of picture: the hall's textures and list thumbnails, panels, zoom. */
export const IMAGE_WIDTHS = {
  logo: [128, 256, 512],
  product: [320, 640, 1280],
} as const;
export type ImageKind = keyof typeof IMAGE_WIDTHS;
/** The width public URLs point at by default (cards and booth panels). */
export const DEFAULT_WIDTH: Record<ImageKind, number> = { logo: 256, product: 640 };

/** Content-hashed names never change their bytes, so browsers and caches may keep them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** The public URL of a stored picture at one width; the server picks WebP or JPEG by the Accept header. */
export const uploadUrl = (key: string, width: number) => `/api/uploads/${key}-${width}`;

/** File name of one output: `<key>-<width>.<webp|jpg>` (content-hashed, so it can be cached forever). */
export const outputName = (key: string, width: number, ext: 'webp' | 'jpg') => `${key}-${width}.${ext}`;

export function outputNames(key: string, kind: ImageKind): string[] {
  return IMAGE_WIDTHS[kind].flatMap((w) => [outputName(key, w, 'webp'), outputName(key, w, 'jpg')]);
}

export interface StoredImage {
  key: string;
  url: string;
  sizes: Record<string, string>;
}

export function imageUrls(key: string, kind: ImageKind): StoredImage {
  const sizes = Object.fromEntries(IMAGE_WIDTHS[kind].map((w) => [String(w), uploadUrl(key, w)]));
  return { key, url: uploadUrl(key, DEFAULT_WIDTH[kind]), sizes };
}
