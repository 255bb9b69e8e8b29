import type { Kysely } from 'kysely';
import type { Database, Role } from '@sipas/db';
import type { TrustProxy } from './client-address';
import type { QuestionnaireCache } from './questionnaires/cache';
import type { SubmissionContextReader } from './responses/context-reader';
import type { ResponseWriter } from './responses/writer';

export interface Deps {
  db: Kysely<Database>;
  questionnaires: QuestionnaireCache;
  responseWriter: ResponseWriter;
  submissionContexts: SubmissionContextReader;
  now: () => Date;
  cookieSecure: boolean;
  /** Where citizens reach the platform (QR links); undefined: the request's own origin. */
  publicBaseUrl?: string | undefined;
  /** The proxies whose X-Forwarded-For is believed (TRUST_PROXY); undefined: the socket address is the client. */
  trustProxy?: TrustProxy | undefined;
}

export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  unitId: number | null;
}

export type AppEnv = { Variables: { deps: Deps; user: SessionUser; csrfToken: string } };
