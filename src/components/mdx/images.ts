/**
 * The pictures writers can show with <Figure>: every image file under
 * content/images/. Vite's glob lists them at build time, so a missing file is
 * known before any page is written, and astro:assets resizes what is found.
 */
import type { ImageMetadata } from 'astro';
import { imageKey } from './catalogue.ts';

const files = import.meta.glob<{ default: ImageMetadata }>('/content/images/**/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG}');

const byKey = new Map(Object.entries(files).map(([path, load]) => [path.replace(/^\/content\/images\//, ''), load]));

/** The image a Figure's src names, or undefined when there is no such file. */
export async function findImage(src: string): Promise<ImageMetadata | undefined> {
  const load = byKey.get(imageKey(src));
  return load ? (await load()).default : undefined;
}

/** File names a writer could have meant, for the error message. */
export function imageNames(): string[] {
  return [...byKey.keys()].sort();
}
