import 'server-only';
import type { NewInputFile } from '@/db/queries/input-files';
import { readImage, type ImageRefusal } from '@/lib/images/process';
import { IMAGE_TYPES_TEXT, imageFileProblems, imageInputName } from '@/lib/validations/input-files';
import { fieldError } from '@/domain/errors';

const REFUSALS: Record<ImageRefusal, string> = {
  type: `not a ${IMAGE_TYPES_TEXT} image (its contents say otherwise, whatever its name)`,
  unreadable: 'could not be read as an image (damaged, or not what its first bytes claim)',
  too_large: 'has too many pixels (at most 40 megapixels)',
};

/**
 * The chosen image files, read and checked for storage: the limits again (a door may not have parsed
 * with the form's schema), then each file's real type and contents. All or nothing: any refused file
 * refuses the submission, naming every refused file beside the `files` field.
 */
export async function readImageFiles(files: readonly File[]): Promise<NewInputFile[]> {
  const limits = imageFileProblems(files);
  if (limits.length > 0) throw fieldError('files', limits.join('\n'));
  const problems: string[] = [];
  const read: NewInputFile[] = [];
  // One at a time: each decode holds a full-size bitmap in memory.
  for (const file of files) {
    const name = imageInputName(file.name);
    const result = await readImage(new Uint8Array(await file.arrayBuffer()));
    if (result.ok) read.push({ name, ...result.image });
    else problems.push(`${name}: ${REFUSALS[result.reason]}.`);
  }
  if (problems.length > 0) throw fieldError('files', problems.join('\n'));
  return read;
}
