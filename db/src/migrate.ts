import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Database } from './types';
import * as units from './migrations/2026-11-23T2201_units';
import * as servicePoints from './migrations/2026-11-23T2202_service_points';
import * as questionnaireVersions from './migrations/2026-11-23T2203_questionnaire_versions';
import * as surveyPeriods from './migrations/2026-11-23T2204_survey_periods';
import * as responses from './migrations/2026-11-23T2205_responses';
import * as usersSessions from './migrations/2026-11-23T2206_users_sessions';
import * as statsSummaries from './migrations/2026-11-23T2207_stats_summaries';
import * as transactions from './migrations/2026-11-23T2208_transactions';
import * as kiosks from './migrations/2026-11-23T2209_kiosks';
import * as adminSecurity from './migrations/2026-11-24T1001_admin_security';
import * as followUps from './migrations/2026-11-24T1005_follow_ups';
import * as snapshots from './migrations/2026-11-24T1006_snapshots';
import * as provinceSettings from './migrations/2026-12-01T1001_province_settings';
import * as paperSheets from './migrations/2026-12-01T1002_paper_sheets';
import * as dataQuality from './migrations/2026-12-01T1003_data_quality';
import * as unitCodes from './migrations/2026-12-01T1007_unit_codes';
import * as submissionContexts from './migrations/2026-12-01T1008_submission_contexts';
import * as disputedSheets from './migrations/2026-12-02T1001_disputed_sheets';

// Listed here rather than read from disk, so the same list works under tsx, Vitest and a bundle.
const migrations: Record<string, Migration> = {
  '2026-11-23T2201_units': units,
  '2026-11-23T2202_service_points': servicePoints,
  '2026-11-23T2203_questionnaire_versions': questionnaireVersions,
  '2026-11-23T2204_survey_periods': surveyPeriods,
  '2026-11-23T2205_responses': responses,
  '2026-11-23T2206_users_sessions': usersSessions,
  '2026-11-23T2207_stats_summaries': statsSummaries,
  '2026-11-23T2208_transactions': transactions,
  '2026-11-23T2209_kiosks': kiosks,
  '2026-11-24T1001_admin_security': adminSecurity,
  '2026-11-24T1005_follow_ups': followUps,
  '2026-11-24T1006_snapshots': snapshots,
  '2026-12-01T1001_province_settings': provinceSettings,
  '2026-12-01T1002_paper_sheets': paperSheets,
  '2026-12-01T1003_data_quality': dataQuality,
  '2026-12-01T1007_unit_codes': unitCodes,
  '2026-12-01T1008_submission_contexts': submissionContexts,
  '2026-12-02T1001_disputed_sheets': disputedSheets,
};

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
