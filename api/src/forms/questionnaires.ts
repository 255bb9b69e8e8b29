import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { submissionSchemaFor } from '../shared/response';
import { findQuestionnaire, type QuestionnaireVersion } from './queries';

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
        version.then((v) => v ?? parsed.delete(id), () => parsed.delete(id));
      }
      return version;
    },
  };
}

export type QuestionnaireCache = ReturnType<typeof questionnaireCache>;
