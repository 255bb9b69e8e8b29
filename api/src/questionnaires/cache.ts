// The app's questionnaire versions, each parsed once, and the one new responses answer.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { ApiError } from '../errors';
import { submissionSchemaFor } from '../shared/response';
import { findActiveQuestionnaireId, findQuestionnaire, type QuestionnaireVersion } from './queries';

export interface CachedVersion extends QuestionnaireVersion {
  /** The version's submission schema, built once: building it costs more than using it. */
  submissionSchema: ReturnType<typeof submissionSchemaFor>;
}

/** Versions never change once stored (a trigger forbids it), so each is parsed once per app. */
export function questionnaireCache(db: Kysely<Database>) {
  const parsed = new Map<number, Promise<CachedVersion | undefined>>();
  return {
    get(id: number): Promise<CachedVersion | undefined> {
      let version = parsed.get(id);
      if (!version) {
        version = findQuestionnaire(db, id).then((v) => v && { ...v, submissionSchema: submissionSchemaFor(v.definition) });
        parsed.set(id, version);
        // A miss may become a hit once the version is imported.
        version.then(
          (v) => v ?? parsed.delete(id),
          () => parsed.delete(id),
        );
      }
      return version;
    },
  };
}

export type QuestionnaireCache = ReturnType<typeof questionnaireCache>;

/**
 * The version new responses answer: through the app's cache where one is at hand, read directly
 * where not (a snapshot taken inside the closing transaction); undefined when none is active.
 */
export async function findActiveVersion(db: Kysely<Database>, cache?: QuestionnaireCache): Promise<QuestionnaireVersion | undefined> {
  const id = await findActiveQuestionnaireId(db);
  return id === undefined ? undefined : cache ? cache.get(id) : findQuestionnaire(db, id);
}

/** The active version, or 409: nothing can be answered or reported without one. */
export async function activeVersion(db: Kysely<Database>, cache?: QuestionnaireCache): Promise<QuestionnaireVersion> {
  const version = await findActiveVersion(db, cache);
  if (!version) throw new ApiError(409, 'no_active_questionnaire', 'No questionnaire is active.');
  return version;
}
