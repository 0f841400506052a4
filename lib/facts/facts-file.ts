/**
 * The facts file `review-desk check --facts FILE.json` reads: one application's facts as an
 * object (its id from `id`, else the file's name), or an array of them, each with an `id`. Fact
 * values themselves are checked by the rubric engine (wrong types become unknown, with a
 * problem listed); this schema checks the shape around them. Ids are unique.
 */
import { z } from 'zod';
import { ReviewDeskError } from '../errors';

const factsObject = z.record(z.string(), z.unknown());

export const factsEntrySchema = factsObject.and(z.object({ id: z.string().min(1) }));

export const factsFileSchema = z.union([z.array(z.unknown()), factsObject]);

export interface FactsFileApplication {
  id: string;
  facts: Record<string, unknown>;
}

/** The applications a facts file holds; `file` names it in errors, `fallbackId` for one object. */
export function parseFactsFile(
  content: unknown,
  file: string,
  fallbackId: string,
): FactsFileApplication[] {
  const shape = factsFileSchema.safeParse(content);
  if (!shape.success || (typeof content === 'object' && content === null)) {
    throw new ReviewDeskError('rubric/factsShape', { file });
  }
  let apps: FactsFileApplication[];
  if (Array.isArray(shape.data)) {
    apps = shape.data.map((entry, i) => {
      const parsed = factsEntrySchema.safeParse(entry);
      if (!parsed.success || Array.isArray(entry)) {
        throw new ReviewDeskError('rubric/factsEntry', { file, index: i + 1 });
      }
      return { id: parsed.data.id, facts: parsed.data };
    });
  } else {
    const id =
      typeof shape.data.id === 'string' && shape.data.id !== '' ? shape.data.id : fallbackId;
    apps = [{ id, facts: shape.data }];
  }
  const seen = new Set<string>();
  for (const app of apps) {
    if (seen.has(app.id)) throw new ReviewDeskError('rubric/duplicateApplication', { id: app.id });
    seen.add(app.id);
  }
  return apps;
}
