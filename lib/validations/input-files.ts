import { z } from 'zod';
import { IMAGE_TYPES } from '@/lib/images/sniff';
import { CONTROL_CHARACTERS } from './common';

/**
 * Image files added to a dataset. One submission is all or nothing: any refused file refuses the whole
 * submission, each refused file named beside the field. The limits keep one submission under the
 * server-action body limit (next.config.ts) and under the proxy's default 10 MB request body limit.
 */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGES_PER_ADD = 10;
export const MAX_IMAGE_BYTES_PER_ADD = 8 * 1024 * 1024;
/** The file picker's `accept`: a courtesy to the chooser; the server reads the bytes (lib/images/sniff.ts). */
export const ACCEPTED_IMAGE_TYPES = IMAGE_TYPES.join(',');
export const IMAGE_TYPES_TEXT = 'PNG, JPEG, WebP or GIF';

const EXTENSIONS = /\.(png|jpe?g|webp|gif)$/i;
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** A file's name as an input's content: one line, no control characters, at most 200 characters. */
export function imageInputName(name: string): string {
  const clean = name.replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), '').trim();
  return (clean || 'image').slice(0, 200);
}

/** Every problem with the chosen files, one line each, or [] when the set may be sent. */
export function imageFileProblems(files: readonly File[]): string[] {
  if (files.length > MAX_IMAGES_PER_ADD) return [`Choose at most ${MAX_IMAGES_PER_ADD} images at a time.`];
  const problems = files.flatMap((file) => {
    const name = imageInputName(file.name);
    if (file.size === 0) return [`${name}: the file is empty.`];
    if (file.size > MAX_IMAGE_BYTES) return [`${name}: ${megabytes(file.size)} is over the ${megabytes(MAX_IMAGE_BYTES)} limit per image.`];
    // The browser's word on the type: a quick first check only (SVG and other types fail here already).
    const claimed = file.type ? (IMAGE_TYPES as readonly string[]).includes(file.type) : EXTENSIONS.test(file.name);
    if (!claimed) return [`${name}: not a ${IMAGE_TYPES_TEXT} image.`];
    return [];
  });
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (problems.length === 0 && total > MAX_IMAGE_BYTES_PER_ADD)
    problems.push(`These images add up to ${megabytes(total)}; add at most ${megabytes(MAX_IMAGE_BYTES_PER_ADD)} at a time.`);
  return problems;
}

/** A FileList (from the file picker) or an array of files; absent is none. */
export const imageFilesSchema = z.preprocess(
  (value) =>
    value == null
      ? []
      : typeof value === 'object' && !Array.isArray(value) && 'length' in value
        ? Array.from(value as ArrayLike<unknown>)
        : value,
  z.array(z.file('Choose image files.')).superRefine((files, ctx) => {
    const problems = imageFileProblems(files);
    // One message, a line per file: the form shows a field's first message only.
    if (problems.length > 0) ctx.addIssue({ code: 'custom', message: problems.join('\n') });
  }),
);
