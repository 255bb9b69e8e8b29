// The Database type, written by hand beside the migrations: a column that may be empty is `T | null`, one with a
// default is Generated<T> (or a ColumnType whose insert type takes undefined). test/db/types.test.ts fails when
// this file and the migrated schema disagree on a table, a column, its nullability, its default or its kind of value.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A timestamp the database sets to now() when an insert leaves it out. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A timestamp every insert must give: the column has no default. */
type GivenTimestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type RespondentType = 'citizen' | 'organization';
export type Channel = 'kiosk' | 'qr' | 'web' | 'paper';
export type PeriodStatus = 'draft' | 'open' | 'closed';
export type Role = 'province_admin' | 'unit_manager' | 'viewer' | 'data_entry';
export type SheetStatus = 'printed' | 'entered' | 'verified' | 'disputed';

export interface UnitsTable {
  id: Generated<number>;
  parent_id: number | null;
  /** Materialised path of ids, e.g. "/1/4/": a subtree is `path LIKE '/1/%'`. */
  path: string;
  name: string;
  /** What reports and the CSV name the unit by (issue 12); "DV-<id>" for units older than codes. */
  code: string | null;
  kind: 'province' | 'department' | 'commune' | 'district' | 'other';
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface ServicePointsTable {
  id: Generated<number>;
  code: string;
  name: string;
  unit_id: number;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface QuestionnaireVersionsTable {
  id: Generated<number>;
  code: string;
  /** The whole questionnaire (see api/src/shared/questionnaire.ts); never rewritten. */
  definition: Json<unknown>;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface SurveyPeriodsTable {
  id: Generated<number>;
  code: string;
  starts_on: ColumnType<string, string, string>;
  ends_on: ColumnType<string, string, string>;
  target: ColumnType<number, number | undefined, number>;
  status: Generated<PeriodStatus>;
  created_at: Timestamp;
}

export interface ResponsesTable {
  id: string;
  service_point_id: number;
  period_id: number;
  questionnaire_version_id: number;
  respondent_type: RespondentType;
  channel: Channel;
  lang: 'vi' | 'en';
  /** One entry per item in the version's order: 1..5, 0 for "not applicable", null if skipped. */
  answers: (number | null)[];
  /** The respondent's score s_r in 0..1 (SIPAS.md §3), null when nothing was on the scale. */
  score: number | null;
  /** s_r per factor in the version's factor order, null where the factor had no answer. */
  factor_scores: (number | null)[];
  field: string | null;
  profile: Json<Record<string, string>> | null;
  expectations: Json<Record<string, string>> | null;
  comment: string | null;
  /** SHA-256 of the submitted content, to tell a replay from a conflicting reuse of the id. */
  digest: string;
  kiosk_id: number | null;
  completed_at: Date | string | null;
  received_at: Timestamp;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  role: Role;
  unit_id: number | null;
  disabled: Generated<boolean>;
  created_at: Timestamp;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked table does not leak sessions. */
  id: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  /** Sent back in the x-csrf-token header on every state-changing admin request. */
  csrf_token: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: number | null;
  username: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
}

interface CellColumns {
  id: Generated<number>;
  period_id: number;
  questionnaire_version_id: number;
  respondent_type: RespondentType;
  channel: Channel;
  n: number;
  score_n: number;
  score_sum: number;
  score_sumsq: number;
}

interface ItemCellColumns {
  cell_id: number;
  position: number;
  na: number;
  l1: number;
  l2: number;
  l3: number;
  l4: number;
  l5: number;
}

interface FactorCellColumns {
  cell_id: number;
  position: number;
  n: number;
  sum: number;
  sumsq: number;
}

export interface KiosksTable {
  id: Generated<number>;
  service_point_id: number;
  name: string;
  /** SHA-256 of the key: the key itself is shown once, when issued. */
  key_hash: string;
  idle_seconds: ColumnType<number, number | undefined, number>;
  min_interval_seconds: ColumnType<number, number | undefined, number>;
  revoked_at: Date | string | null;
  last_seen_at: Date | string | null;
  queued_count: number | null;
  created_at: Timestamp;
}

/** One comment or low-scoring response and the office's follow-up of it (api/src/comments). */
export interface ResponseFollowUpsTable {
  response_id: string;
  /** Copied from the response (never changed once stored), so lists and counts need not read it. */
  received_at: GivenTimestamp;
  period_id: number;
  service_point_id: number;
  has_comment: boolean;
  /** Codes of the factors and items that made the response low (empty for a comment alone). */
  low_factors: string[];
  low_items: string[];
  status: Generated<'open' | 'acknowledged' | 'closed'>;
  note: string | null;
  action: string | null;
  acknowledged_by: number | null;
  acknowledged_at: Date | string | null;
  closed_by: number | null;
  closed_at: Date | string | null;
  updated_at: Timestamp;
}

/** A closed period's frozen figures (api/src/reports/snapshot.ts); written once, never changed. */
export interface PeriodSnapshotsTable {
  period_id: number;
  /** Canonical JSON, stored as the exact text its digest was taken of. */
  content: string;
  /** SHA-256 of content, hex. */
  digest: string;
  taken_at: GivenTimestamp;
}

/** The one row of what the report's header and signature print (Decree 30/2020); null: not set yet. */
export interface ProvinceSettingsTable {
  id: Generated<number>;
  /** Cơ quan chủ quản, e.g. "UBND TỈNH HÀ GIANG". */
  parent_body: string | null;
  /** Cơ quan ban hành, e.g. "SỞ NỘI VỤ". */
  issuing_body: string | null;
  /** The issuing body's abbreviation in the document symbol "Số: …/BC-SNV". */
  symbol: string | null;
  /** Địa danh of the date line: "Hà Giang, ngày … tháng … năm …". */
  place: string | null;
  /** Quyền hạn of the signer, e.g. "KT. GIÁM ĐỐC"; null when the head signs in their own name. */
  signer_authority: string | null;
  /** Chức vụ, e.g. "PHÓ GIÁM ĐỐC". */
  signer_position: string | null;
  signer_name: string | null;
  /** "Nơi nhận:", one recipient a line. */
  recipients: Generated<string[]>;
  updated_at: Timestamp;
}

/** One printing of paper questionnaires (api/src/paper): for one counter, or for a unit's whole subtree. */
export interface PaperBatchesTable {
  id: Generated<number>;
  period_id: number;
  questionnaire_version_id: number;
  service_point_id: number | null;
  unit_id: number | null;
  sheets: number;
  printed_by: number;
  printed_at: Timestamp;
}

export interface PaperSheetsTable {
  /** The sheet code printed on it (api/src/paper/sheet-code.ts), check character included. */
  code: string;
  batch_id: number;
  service_point_id: number;
  period_id: number;
  questionnaire_version_id: number;
  /** Minted when printed: the id the sheet's response is stored under. */
  response_id: string;
  status: Generated<SheetStatus>;
}

export interface PaperEntriesTable {
  id: Generated<number>;
  sheet_code: string;
  user_id: number;
  kind: 'entry' | 'resolution';
  content: Json<unknown>;
  entered_at: Timestamp;
}

export type QualityFlagKind = 'straight_lining' | 'off_hours' | 'burst' | 'exceeds_transactions' | 'repeated_comment';

/** A unit's weekly opening hours (api/src/quality/hours.ts); a unit without a row uses its nearest ancestor's, else the default. */
export interface UnitOpeningHoursTable {
  unit_id: number;
  /** Seven lists, Monday first, of [opens, closes] as "HH:MM" in Vietnam time. */
  hours: Json<unknown>;
  updated_at: Timestamp;
}

/** A province administrator's decision to leave a flag's responses out of every figure (api/src/quality). */
export interface QualityExclusionsTable {
  id: Generated<number>;
  period_id: number;
  service_point_id: number;
  flag: QualityFlagKind;
  reason: string;
  /** The flag as judged when the decision was taken. */
  judged: Json<unknown>;
  created_by: number | null;
  created_by_name: string;
  created_at: Timestamp;
}

export interface Database {
  paper_batches: PaperBatchesTable;
  paper_sheets: PaperSheetsTable;
  paper_entries: PaperEntriesTable;
  unit_opening_hours: UnitOpeningHoursTable;
  quality_exclusions: QualityExclusionsTable;
  /** The responses each exclusion took out, fixed when it was decided. */
  quality_excluded_responses: { response_id: string; exclusion_id: number };
  response_follow_ups: ResponseFollowUpsTable;
  /** Responses the follow-up job has yet to examine for a comment or a low score (the comments endpoint reads them meanwhile). */
  follow_up_pending: { response_id: string };
  kiosks: KiosksTable;
  stats_pending: { response_id: string };
  stats_point_cells: CellColumns & { service_point_id: number };
  stats_point_items: ItemCellColumns;
  stats_point_factors: FactorCellColumns;
  stats_unit_cells: CellColumns & { unit_id: number };
  stats_unit_items: ItemCellColumns;
  stats_unit_factors: FactorCellColumns;
  stats_unit_field_cells: CellColumns & { unit_id: number; field: string };
  stats_unit_field_items: ItemCellColumns;
  stats_unit_field_factors: FactorCellColumns;
  stats_days: {
    period_id: number;
    service_point_id: number;
    respondent_type: RespondentType;
    channel: Channel;
    day: ColumnType<string, string, string>;
    n: number;
  };
  service_point_transactions: { period_id: number; service_point_id: number; transactions: number; updated_at: Timestamp };
  units: UnitsTable;
  service_points: ServicePointsTable;
  questionnaire_versions: QuestionnaireVersionsTable;
  survey_periods: SurveyPeriodsTable;
  responses: ResponsesTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_failures: { id: Generated<number>; username: string; at: Timestamp };
  audit_log: AuditLogTable;
  period_snapshots: PeriodSnapshotsTable;
  province_settings: ProvinceSettingsTable;
}

export type Unit = Selectable<UnitsTable>;
export type NewResponse = Insertable<ResponsesTable>;
