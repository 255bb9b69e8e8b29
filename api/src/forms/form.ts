import { ApiError } from '../errors';
import type { Deps } from '../context';
import { findOpenPeriod } from '../periods/queries';
import { activeVersion } from '../questionnaires/cache';
import { localize, type Lang } from '../shared/questionnaire';
import { findActiveServicePoint } from './queries';

/** Everything a client needs to render and validate a counter's form (the survey page and a kiosk ask for it). */
export async function formFor({ db, questionnaires }: Pick<Deps, 'db' | 'questionnaires'>, code: string, lang: Lang) {
  const servicePoint = await findActiveServicePoint(db, code);
  if (!servicePoint) throw new ApiError(404, 'not_found', `No active service point has the code ${code}.`);
  const period = await findOpenPeriod(db);
  if (!period) throw new ApiError(409, 'no_open_period', 'No survey period is open at the moment.');
  const version = await activeVersion(db, questionnaires);
  return {
    servicePoint: { code: servicePoint.code, name: servicePoint.name, unit: { id: servicePoint.unitId, name: servicePoint.unitName } },
    period: { code: period.code, startsOn: period.startsOn, endsOn: period.endsOn, target: period.target },
    questionnaire: { version: version.id, lang, ...localize(version.definition, lang) },
  };
}
