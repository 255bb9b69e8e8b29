import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sipasQuestionnaire } from '@sipas/db';
import { questionnaireSchema } from '../../api/src/shared/questionnaire';
import { adminRequest, postJson, postResponse, type SessionHeaders, submission, type TestApp } from '../helpers/app';
import { auditOfEntity, startAppWithRoles } from '../helpers/admin';
import { backends } from '../helpers/backends';

const seedTitle = {
  vi: 'Phiếu khảo sát sự hài lòng về sự phục vụ hành chính',
  en: 'Survey of satisfaction with public administrative services',
};
const newTitle = { vi: 'Phiếu khảo sát năm 2027', en: 'The 2027 survey' };

/** The seed questionnaire under a new code: same items, so the test submissions fit both. */
function nextVersion(change: (q: typeof sipasQuestionnaire) => void = () => {}) {
  const q = structuredClone(sipasQuestionnaire);
  q.code = 'SIPAS-2027.1';
  q.title = newTitle;
  change(q);
  return q;
}

describe.each(backends)('questionnaire versions on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders, viewer: SessionHeaders, manager: SessionHeaders;
  beforeAll(async () => {
    ({ t, admin, viewer, manager } = await startAppWithRoles(backend, { viewer: 'viewer1', manager: 'manager1' }));
  });
  afterAll(() => t.testDb.destroy());

  const request = (method: 'GET' | 'POST', path: string, body?: unknown, session = admin) =>
    adminRequest(t.app, session, method, `/api/admin/questionnaires${path}`, body);
  const issuesOf = async (q: unknown) => {
    const res = await request('POST', '', q);
    expect(res.status).toBe(400);
    return (await res.json()).error.issues;
  };
  const versionAudit = () => auditOfEntity(t, 'questionnaire_version');
  const storedVersion = async (id: string) =>
    (await t.testDb.db.selectFrom('responses').select('questionnaire_version_id').where('id', '=', id).executeTakeFirstOrThrow())
      .questionnaire_version_id;

  test('lists the versions with their titles and response counts', async () => {
    await postResponse(t);
    const res = await request('GET', '');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      versions: [{ id: 1, code: 'SIPAS-2026.1', title: seedTitle, active: true, createdAt: expect.any(String), responses: 1 }],
    });
  });

  test('asks an anonymous visitor to sign in', async () => {
    const res = await t.app.request('/api/admin/questionnaires/1');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Please sign in.' } });
  });

  test('gives a viewer one version with its whole definition', async () => {
    const res = await request('GET', '/1', undefined, viewer);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: 1,
      code: 'SIPAS-2026.1',
      title: seedTitle,
      active: true,
      createdAt: expect.any(String),
      responses: 1,
      definition: questionnaireSchema.parse(sipasQuestionnaire),
    });
  });

  test('answers 404 for a version that does not exist and 400 for an id that is not one', async () => {
    const missing = await request('GET', '/99');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: 'No questionnaire version 99.' } });
    const malformed = await request('GET', '/abc');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.issues).toEqual([{ path: 'id', message: 'Invalid input: expected number, received NaN' }]);
  });

  test('refuses imports and activation from viewers and unit managers', async () => {
    for (const session of [viewer, manager]) {
      const imported = await request('POST', '', nextVersion(), session);
      const activated = await request('POST', '/1/activate', undefined, session);
      expect([imported.status, activated.status]).toEqual([403, 403]);
      expect(await imported.json()).toEqual({ error: { code: 'forbidden', message: 'Your role does not allow this.' } });
    }
    expect(await versionAudit()).toEqual([]);
  });

  test('refuses a body that is not JSON', async () => {
    const res = await request('POST', '', '{"code": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_json', message: 'The body is not valid JSON.' } });
  });

  test('names every problem of the shape, each at its place', async () => {
    const q = nextVersion((q) => {
      q.scale = q.scale.slice(0, 4);
      q.factors[0]!.items[1]!.text = { vi: 'Biển hiệu rõ ràng', en: '' };
      q.factors[1]!.weight = 0;
      (q.factors[2] as { code: string }).code = 'cc';
    });
    expect(await issuesOf(q)).toEqual([
      { path: 'scale', message: 'Too small: expected array to have exactly 5 items' },
      { path: 'factors.0.items.1.text.en', message: 'Too small: expected string to have >=1 characters' },
      { path: 'factors.1.weight', message: 'Too small: expected number to be >0' },
      { path: 'factors.2.code', message: 'a factor code like TC' },
    ]);
  });

  test('names each duplicate, misplaced or out-of-order code where it occurs', async () => {
    const q = nextVersion((q) => {
      q.scale[3]!.value = 5;
      q.scale[4]!.value = 4;
      q.factors[1]!.code = 'TC';
      q.factors[2]!.items[0]!.code = 'TC1';
      q.fields[1]!.code = q.fields[0]!.code;
      q.profile.organization[0]!.code = q.profile.citizen[0]!.code;
    });
    expect(await issuesOf(q)).toEqual([
      { path: 'scale.3.value', message: 'expected 4: the scale lists 1 to 5 in order' },
      { path: 'scale.4.value', message: 'expected 5: the scale lists 1 to 5 in order' },
      { path: 'factors.1.code', message: 'factor code TC is already used at factors.0.code' },
      { path: 'factors.1.items.0.code', message: 'TT1 is under factor TC: its code must start with TC' },
      { path: 'factors.1.items.1.code', message: 'TT2 is under factor TC: its code must start with TC' },
      { path: 'factors.1.items.2.code', message: 'TT3 is under factor TC: its code must start with TC' },
      { path: 'factors.1.items.3.code', message: 'TT4 is under factor TC: its code must start with TC' },
      { path: 'factors.2.items.0.code', message: 'item code TC1 is already used at factors.0.items.0.code' },
      { path: 'factors.2.items.0.code', message: 'TC1 is under factor CC: its code must start with CC' },
      { path: 'fields.1.code', message: 'code dat-dai is already used at fields.0.code' },
      { path: 'profile.organization.0.code', message: 'profile question code gender is already used at profile.citizen.0.code' },
    ]);
  });

  test('refuses a questionnaire on which every statement may be skipped or answered "not applicable"', async () => {
    const q = nextVersion((q) => q.factors.forEach((f) => f.items.forEach((i) => Object.assign(i, { allowNa: true }))));
    expect(await issuesOf(q)).toEqual([
      { path: 'factors', message: 'at least one item must be required and without "not applicable", or a response could carry no score' },
    ]);
  });

  test('imports a valid questionnaire as an inactive version and records it', async () => {
    const res = await request('POST', '', nextVersion());
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      id: 2,
      code: 'SIPAS-2027.1',
      title: newTitle,
      active: false,
      createdAt: expect.any(String),
      responses: 0,
      definition: questionnaireSchema.parse(nextVersion()),
    });
    expect(await versionAudit()).toEqual([
      { username: 'admin', action: 'create', entityId: '2', before: null, after: { code: 'SIPAS-2027.1', title: newTitle } },
    ]);
  });

  test('refuses responses to a version imported but never activated, and stores nothing', async () => {
    const early = submission({ questionnaireVersion: 2 });
    const res = await postJson(t.app, '/api/responses', early);
    expect([res.status, await res.json()]).toEqual([
      400,
      {
        error: {
          code: 'invalid_input',
          message: 'The request has invalid fields.',
          issues: [{ path: 'questionnaireVersion', message: 'no such questionnaire version' }],
        },
      },
    ]);
    expect(await t.testDb.db.selectFrom('responses').select('id').where('id', '=', early.id).execute()).toEqual([]);
  });

  test('refuses a second version under a code that exists', async () => {
    const res = await request(
      'POST',
      '',
      nextVersion((q) => (q.title = seedTitle)),
    );
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: {
        code: 'version_exists',
        message: 'A questionnaire version with the code SIPAS-2027.1 already exists; give the new one a new code.',
      },
    });
  });

  test('after activation new responses take the new version and earlier ones keep theirs', async () => {
    const before = submission();
    expect((await postJson(t.app, '/api/responses', before)).status).toBe(201);
    const res = await request('POST', '/2/activate');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: 2,
      code: 'SIPAS-2027.1',
      title: newTitle,
      active: true,
      createdAt: expect.any(String),
      responses: 0,
    });
    const form = await (await t.app.request('/api/forms/DEMO-01')).json();
    expect({ version: form.questionnaire.version, title: form.questionnaire.title }).toEqual({ version: 2, title: newTitle.vi });
    const after = submission();
    expect((await postJson(t.app, '/api/responses', after)).status).toBe(201);
    expect([await storedVersion(before.id), await storedVersion(after.id)]).toEqual([1, 2]);
    expect((await versionAudit()).at(-1)).toEqual({
      username: 'admin',
      action: 'activate',
      entityId: '2',
      before: { active: 'SIPAS-2026.1' },
      after: { active: 'SIPAS-2027.1' },
    });
  });

  test('lists the newest version first, with one active', async () => {
    const { versions } = await (await request('GET', '')).json();
    expect(versions.map((v: { code: string; active: boolean; responses: number }) => [v.code, v.active, v.responses])).toEqual([
      ['SIPAS-2027.1', true, 1],
      ['SIPAS-2026.1', false, 2],
    ]);
  });

  test('activating the active version changes and records nothing', async () => {
    const audited = (await versionAudit()).length;
    const res = await request('POST', '/2/activate');
    expect(res.status).toBe(200);
    expect((await res.json()).active).toBe(true);
    expect((await versionAudit()).length).toBe(audited);
  });

  test('answers 404 when activating a version that does not exist', async () => {
    const res = await request('POST', '/99/activate');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No questionnaire version 99.' } });
  });

  test('still takes responses to a version that was active before (a form loaded before the switch)', async () => {
    const late = submission({ questionnaireVersion: 1 });
    expect((await postJson(t.app, '/api/responses', late)).status).toBe(201);
    expect(await storedVersion(late.id)).toBe(1);
  });
});
