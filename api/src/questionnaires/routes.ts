import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../audit/record';
import { requireRole } from '../auth/session';
import type { AppEnv } from '../context';
import { ApiError, invalidInput } from '../errors';
import { idInUrl, readJson, valid } from '../validate';
import { checkQuestionnaire } from './check';
import { activateVersion, lockActiveVersion, findVersion, insertVersion, listVersions, lockVersion, versionCodeExists } from './queries';

// The SIPAS questionnaire is about 20 KB; ten times that is still a questionnaire.
const maxBytes = 256 * 1024;
const params = z.object({ id: idInUrl });
const admin = requireRole('province_admin');

function versionNotFound(id: number): ApiError {
  return new ApiError(404, 'not_found', `No questionnaire version ${id}.`);
}

export const questionnaireRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ versions: await listVersions(c.var.deps.db) }))
  .get('/:id', valid('param', params), async (c) => {
    const { id } = c.req.valid('param');
    const version = await findVersion(c.var.deps.db, id);
    if (!version) throw versionNotFound(id);
    return c.json(version);
  })
  .post('/', admin, async (c) => {
    const checked = checkQuestionnaire(
      await readJson(c, { bytes: maxBytes, message: `A questionnaire may be at most ${maxBytes / 1024} KB.` }),
    );
    if (!checked.ok) throw invalidInput(checked.issues, 'The questionnaire has problems; each is named below.');
    const q = checked.questionnaire;
    const { db, now } = c.var.deps;
    const id = await db.transaction().execute(async (trx) => {
      // Versions are immutable: a changed questionnaire needs a code of its own.
      if (await versionCodeExists(trx, q.code))
        throw new ApiError(
          409,
          'version_exists',
          `A questionnaire version with the code ${q.code} already exists; give the new one a new code.`,
        );
      const newId = await insertVersion(trx, q);
      await recordAudit(
        trx,
        c.var.user,
        { action: 'create', entity: 'questionnaire_version', entityId: newId, after: { code: q.code, title: q.title } },
        now(),
      );
      return newId;
    });
    return c.json(await findVersion(db, id), 201);
  })
  .post('/:id/activate', admin, valid('param', params), async (c) => {
    const { id } = c.req.valid('param');
    const { db, now } = c.var.deps;
    await db.transaction().execute(async (trx) => {
      const target = await lockVersion(trx, id);
      if (!target) throw versionNotFound(id);
      const current = await lockActiveVersion(trx);
      if (current?.id === id) return;
      // Responses already stored keep their version id; only new ones take this one.
      await activateVersion(trx, id);
      await recordAudit(
        trx,
        c.var.user,
        {
          action: 'activate',
          entity: 'questionnaire_version',
          entityId: id,
          before: { active: current?.code ?? null },
          after: { active: target.code },
        },
        now(),
      );
    });
    const versions = await listVersions(db);
    return c.json(versions.find((v) => v.id === id));
  });
