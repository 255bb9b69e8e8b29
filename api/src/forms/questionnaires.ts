import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { findQuestionnaire, type QuestionnaireVersion } from './queries';

/** Versions never change once stored (a trigger forbids it), so each is parsed once per app. */
export function questionnaireCache(db: Kysely<Database>) {
  const parsed = new Map<number, Promise<QuestionnaireVersion | undefined>>();
  return {
    get(id: number): Promise<QuestionnaireVersion | undefined> {
      let version = parsed.get(id);
      if (!version) {
        version = findQuestionnaire(db, id);
        parsed.set(id, version);
        // A miss may become a hit once the version is imported.
        version.then((v) => v ?? parsed.delete(id), () => parsed.delete(id));
      }
      return version;
    },
  };
}

export type QuestionnaireCache = ReturnType<typeof questionnaireCache>;
