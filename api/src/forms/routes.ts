import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../errors';
import type { AppEnv, Deps } from '../context';
import { localize, type Lang } from '../shared/questionnaire';
import { valid } from '../validate';
import { findActiveQuestionnaireId, findActiveServicePoint, findOpenPeriod } from './queries';

const params = z.object({ code: z.string().min(1).max(32) });
const query = z.object({ lang: z.enum(['vi', 'en']).default('vi') });

/** Everything a client needs to render and validate a counter's form. */
export async function formFor({ db, questionnaires }: Pick<Deps, 'db' | 'questionnaires'>, code: string, lang: Lang) {
  const servicePoint = await findActiveServicePoint(db, code);
  if (!servicePoint) throw new ApiError(404, 'not_found', `No active service point has the code ${code}.`);
  const period = await findOpenPeriod(db);
  if (!period) throw new ApiError(409, 'no_open_period', 'No survey period is open at the moment.');
  const versionId = await findActiveQuestionnaireId(db);
  const version = versionId === undefined ? undefined : await questionnaires.get(versionId);
  if (!version) throw new ApiError(409, 'no_active_questionnaire', 'No questionnaire is active at the moment.');
  return {
    servicePoint: { code: servicePoint.code, name: servicePoint.name, unit: { id: servicePoint.unitId, name: servicePoint.unitName } },
    period: { code: period.code, startsOn: period.startsOn, endsOn: period.endsOn, target: period.target },
    questionnaire: { version: version.id, lang, ...localize(version.definition, lang) },
  };
}

export const forms = new Hono<AppEnv>().get('/:code', valid('param', params), valid('query', query), async (c) =>
  c.json(await formFor(c.var.deps, c.req.valid('param').code, c.req.valid('query').lang)),
);
