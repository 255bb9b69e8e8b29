// What the API answers, as a front end receives it (JSON, so dates are strings), derived from
// the app's own route types by URL path, plus the domain's unions. Type-only: the apps import it
// as `@sipas/api/types`, so a changed response shape fails their type check instead of their users.
import type { hc, InferRequestType, InferResponseType } from 'hono/client';
import type { UnitsTable } from '@sipas/db';
import type { JSONParsed } from 'hono/utils/types';
import type { AppType } from './app';
import type { GroupBy } from './stats/queries';
import type { rankGroups } from './stats/report';
import type { groupSample } from './stats/overview';

export type { Channel, PeriodStatus, RespondentType, Role } from '@sipas/db';
export type { Verdict } from './stats/math';
export type { ErrorCode, Issue } from './errors';
export type { Lang, Questionnaire } from './shared/questionnaire';

type Api = ReturnType<typeof hc<AppType>>['api'];
type Admin = Api['admin'];
/** The body of a successful answer (200, or 201 for a creation). */
type Ok<Endpoint> = InferResponseType<Endpoint, 200 | 201>;
/** The JSON body an endpoint takes. */
type Body<Endpoint> = InferRequestType<Endpoint> extends { json: infer B } ? B : never;

export type UnitKind = UnitsTable['kind'];
export type FollowUpStatus = CommentItem['followUp']['status'];

// The citizen's side: a counter's form, a kiosk's form (the same with the kiosk's settings), a receipt
export type PublicForm = Ok<Api['forms'][':code']['$get']>;
export type KioskForm = Ok<Api['kiosk'][':key']['form']['$get']>;
export type Receipt = Ok<Api['responses']['$post']>;

// Session
export type Me = Ok<Admin['me']['$get']>;
export type User = Me['user'];

// Units and counters
export type UnitTree = Ok<Admin['units']['$get']>;
export type TreeUnit = UnitTree['units'][number];
export type ServicePoint = TreeUnit['servicePoints'][number];

// Periods, questionnaires, transactions
export type Period = Ok<Admin['periods']['$get']>['periods'][number];
export type PeriodChanges = Body<Admin['periods'][':code']['$patch']>;
export type QuestionnaireSummary = Ok<Admin['questionnaires']['$get']>['versions'][number];
export type QuestionnaireVersion = Ok<Admin['questionnaires'][':id']['$get']>;
export type PeriodCounts = Ok<Admin['transactions']['$get']>;
export type CounterCount = PeriodCounts['servicePoints'][number];
export type SavedCount = Ok<Admin['transactions']['$put']>;
export type ImportedCounts = Ok<Admin['transactions']['import']['$post']>;

// Kiosks, users, the audit log
export type Kiosk = Ok<Admin['kiosks']['$get']>['kiosks'][number];
export type NewKiosk = Body<Admin['kiosks']['$post']>;
export type IssuedKiosk = Ok<Admin['kiosks']['$post']>;
export type ManagedUser = Ok<Admin['users']['$get']>['users'][number];
export type NewUser = Body<Admin['users']['$post']>;
export type AuditPage = Ok<Admin['audit']['$get']>;
export type AuditEntry = AuditPage['entries'][number];

// Comments and reports
export type CommentPage = Ok<Admin['comments']['$get']>;
export type CommentItem = CommentPage['items'][number];
export type ReportPeriod = Ok<Admin['reports']['$get']>['periods'][number];
export type ProvinceSettings = Ok<Admin['settings']['$get']>['settings'];
export type ProvinceSettingsBody = Body<Admin['settings']['$put']>;

// The dashboard's figures
type StatsBody = Ok<Admin['stats']['$get']>;
/**
 * GET /api/admin/stats; `by` and `groups` come only when the request asked for a breakdown. The
 * route's two answers differ only by those two fields, so TypeScript keeps the smaller one in its
 * route type; the groups are taken from the function that ranks them.
 */
export type { GroupBy };
export type Stats = StatsBody & { by?: GroupBy; groups?: Group[] };
export type Figure = Stats['index'];
export type FactorFigure = Stats['factors'][number];
export type ItemFigure = Stats['items'][number];
export type Group = JSONParsed<ReturnType<typeof rankGroups>[number]> & { sample?: GroupSample | null };
export type GroupSample = JSONParsed<NonNullable<ReturnType<typeof groupSample>>>;
export type Trend = Ok<Admin['stats']['trend']['$get']>;
export type TrendEntry = Trend['periods'][number];
export type Days = Ok<Admin['stats']['days']['$get']>;
export type DayCount = Days['days'][number];

// Data quality (api/src/quality)
export type QualityReport = Ok<Admin['quality']['$get']>;
export type QualityCounter = QualityReport['counters'][number];
export type QualityFlag = QualityCounter['flags'][number];
export type QualityExclusion = QualityReport['exclusions'][number];
export type FlagResponses = Ok<Admin['quality']['responses']['$get']>;
export type NewExclusion = Body<Admin['quality']['exclusions']['$post']>;
export type MadeExclusion = Ok<Admin['quality']['exclusions']['$post']>;
