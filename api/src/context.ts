import type { Kysely } from 'kysely';
import type { Database, Role } from '@sipas/db';
import type { QuestionnaireCache } from './forms/questionnaires';
import type { ResponseWriter } from './responses/writer';

export interface Deps {
  db: Kysely<Database>;
  questionnaires: QuestionnaireCache;
  responseWriter: ResponseWriter;
  now: () => Date;
  cookieSecure: boolean;
}

export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  unitId: number | null;
}

export type AppEnv = { Variables: { deps: Deps; user: SessionUser; csrfToken: string } };
