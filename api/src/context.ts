import type { Kysely } from 'kysely';
import type { Database, Role } from '@sipas/db';
import type { QuestionnaireCache } from './forms/questionnaires';

export interface Deps {
  db: Kysely<Database>;
  questionnaires: QuestionnaireCache;
  now: () => Date;
  cookieSecure: boolean;
}

export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  unitId: number | null;
}

export type AppEnv = { Variables: { deps: Deps; user: SessionUser } };
