// What the dashboard reads from the admin API, typed as the API speaks it (api/src/stats/*,
// api/src/units, api/src/questionnaires), and the paths it asks for.
import type { FactorFigure, Figure, PeriodStatus, Stats, Verdict } from '../../api';
import type { Localized } from './factors';

export const respondentTypes = ['citizen', 'organization'] as const;
export const channels = ['kiosk', 'qr', 'web', 'paper'] as const;
export type RespondentType = (typeof respondentTypes)[number];
export type Channel = (typeof channels)[number];
export type GroupBy = 'unit' | 'servicePoint';

export interface Group {
  key: string;
  label: string;
  n: number;
  index: Figure;
  factors: FactorFigure[];
  rank: number | null;
}

export interface DashboardStats extends Stats {
  periods: string[];
  scope: { unit: { id: number; name: string } };
  by?: GroupBy;
  groups?: Group[];
}

export interface BriefFigure {
  value: number | null;
  ci: [number, number] | null;
  verdict: Verdict;
}

export interface TrendEntry {
  period: string;
  status: PeriodStatus;
  target: number;
  n: number;
  index: BriefFigure;
  factors: (BriefFigure & { code: string })[];
}

export interface Trend {
  minN: number;
  periods: TrendEntry[];
}

export interface DayCount {
  day: string;
  n: number;
}

export interface Days {
  period: string;
  startsOn: string;
  endsOn: string;
  days: DayCount[];
}

export interface UnitNode {
  id: number;
  parentId: number | null;
  path: string;
  name: string;
  active: boolean;
  servicePoints: { id: number; code: string; name: string; active: boolean }[];
}

export interface UnitTree {
  rootId: number;
  units: UnitNode[];
}

export interface QuestionnaireVersion {
  id: number;
  active: boolean;
}

export interface QuestionnaireDefinition {
  definition: {
    factors: { code: string; name: Localized; items: { code: string; text: Localized }[] }[];
    fields: { code: string; label: Localized }[];
  };
}
