/** "Start blank": a new, valid, empty pack in the library, under an id the user chose or a free one. */
import { ReviewDeskError } from '../errors';
import { createBlankPack, type LocalText } from '../rubric';
import { getDb, type ReviewDeskDb } from '../store/db';
import { freeId, isIdFree, type SaveResult, savePack } from './library';

export interface NewPackOptions {
  /** Left out: `pack`, `pack-2`… */
  id?: string;
  title: LocalText;
  /** The call's deadline (YYYY-MM-DD); the notice date starts equal to it. */
  deadline: string;
  now?: number;
}

/** Problems (bad id, empty title, impossible date) come back at their fields, nothing stored. */
export async function createPack(
  options: NewPackOptions,
  db: ReviewDeskDb = getDb(),
): Promise<SaveResult> {
  const id = options.id ?? (await freeId('pack', db));
  if (options.id !== undefined && !(await isIdFree(id, db))) {
    throw new ReviewDeskError('rubricEditor/idTaken', { id });
  }
  const pack = createBlankPack(id, options.title, options.deadline);
  return savePack(pack, options.now === undefined ? {} : { now: options.now }, db);
}
