// Accounts of the reform office (province administrators only), and every user's own password.
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Role } from '@sipas/db';
import { recordAudit } from '../audit/record';
import { hashPassword, verifyPassword } from '../auth/password';
import { insertUser } from '../auth/queries';
import { requireRole, sessionCookie, sessionIdOf } from '../auth/session';
import { maxPasswordLength, passwordProblem } from '../auth/strength';
import { clearFailures, recordFailure, usernameWait } from '../auth/throttle';
import type { AppEnv } from '../context';
import { ApiError, type Issue, invalidInput, isUniqueViolation } from '../errors';
import { valid } from '../validate';
import {
  activeUnitExists,
  deleteSessions,
  findPasswordHash,
  findUser,
  listUsers,
  lockEnabledAdmins,
  lockUser,
  setPasswordHash,
  updateUser,
  type UserChange,
} from './queries';

const roles = ['province_admin', 'unit_manager', 'viewer', 'data_entry'] as const;
const idParam = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const unitId = z.number().int().min(1).max(2_147_483_647).nullable();
const newPassword = z.string().max(maxPasswordLength, `Use at most ${maxPasswordLength} characters.`);
const weakMessage = 'The new password is not strong enough.';

/** The rule the users table also enforces: a unit manager has a unit, nobody else has one. */
function unitProblem(role: Role, unit: number | null): string | undefined {
  if (role === 'unit_manager' && unit === null) return 'A unit manager needs a unit.';
  if (role === 'data_entry' && unit === null) return 'A data-entry clerk needs a unit.';
  if (role !== 'unit_manager' && role !== 'data_entry' && unit !== null)
    return 'Only a unit manager or a data-entry clerk belongs to a unit; send null for this role.';
  return undefined;
}

const newUser = z
  .object({
    username: z
      .string()
      .max(64)
      .regex(/^[a-z0-9._-]{3,64}$/, 'Use 3–64 lowercase letters, digits, dots, underscores or hyphens.'),
    role: z.enum(roles),
    unitId: unitId.default(null),
    password: newPassword,
  })
  .superRefine((user, ctx) => {
    const unit = unitProblem(user.role, user.unitId);
    if (unit) ctx.addIssue({ code: 'custom', path: ['unitId'], message: unit });
    const weak = passwordProblem(user.password, user.username);
    if (weak) ctx.addIssue({ code: 'custom', path: ['password'], message: weak });
  });

const userChange = z
  .object({ role: z.enum(roles).optional(), unitId: unitId.optional(), disabled: z.boolean().optional() })
  .refine(
    (b) => b.role !== undefined || b.unitId !== undefined || b.disabled !== undefined,
    'Send at least one of role, unitId or disabled.',
  );

const notFound = (id: number) => new ApiError(404, 'not_found', `No user has the id ${id}.`);
const noUnit = (id: number) => invalidInput([{ path: 'unitId', message: `No active unit has the id ${id}.` }]);
const fields = ['role', 'unitId', 'disabled'] as const;

export const users = new Hono<AppEnv>()
  .use(requireRole('province_admin'))
  .get('/', async (c) => c.json({ users: await listUsers(c.var.deps.db) }))
  .post('/', valid('json', newUser), async (c) => {
    const { db, now } = c.var.deps;
    const { username, role, unitId, password } = c.req.valid('json');
    if (unitId !== null && !(await activeUnitExists(db, unitId))) throw noUnit(unitId);
    const passwordHash = await hashPassword(password);
    const created = await db.transaction().execute(async (trx) => {
      const id = await insertUser(trx, { username, passwordHash, role, unitId }).catch((err: unknown) => {
        throw isUniqueViolation(err) ? new ApiError(409, 'username_taken', `The username ${username} is already taken.`) : err;
      });
      await recordAudit(trx, c.var.user, { action: 'create', entity: 'user', entityId: id, after: { username, role, unitId } }, now());
      return findUser(trx, id);
    });
    return c.json(created, 201);
  })
  .patch('/:id', valid('param', idParam), valid('json', userChange), async (c) => {
    const { db, now } = c.var.deps;
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const me = c.var.user;
    const updated = await db.transaction().execute(async (trx) => {
      const admins = await lockEnabledAdmins(trx);
      if (!(await lockUser(trx, id))) throw notFound(id);
      const current = (await findUser(trx, id))!;
      const role = body.role ?? current.role;
      // A role without a unit drops the unit unless the body names one (which is then refused).
      const next: UserChange = {
        role,
        unitId: body.unitId !== undefined ? body.unitId : role === 'unit_manager' || role === 'data_entry' ? current.unitId : null,
        disabled: body.disabled ?? current.disabled,
      };
      const unit = unitProblem(next.role, next.unitId);
      if (unit) throw invalidInput([{ path: 'unitId', message: unit }]);
      if (next.unitId !== null && next.unitId !== current.unitId && !(await activeUnitExists(trx, next.unitId))) throw noUnit(next.unitId);
      const removesAdmin = current.role === 'province_admin' && !current.disabled && (next.role !== 'province_admin' || next.disabled);
      if (removesAdmin && admins.length <= 1) {
        throw new ApiError(409, 'last_admin', 'This is the last enabled province administrator: create or enable another one first.');
      }
      if (removesAdmin && id === me.id) {
        throw new ApiError(
          409,
          'own_account',
          'You cannot disable your own account or change your own role; ask another province administrator.',
        );
      }
      const changed = fields.filter((f) => next[f] !== current[f]);
      if (changed.length === 0) return current;
      await updateUser(trx, id, next);
      // The session check already refuses a disabled user; ending the sessions also frees them.
      const sessionsEnded = next.disabled && !current.disabled ? await deleteSessions(trx, id) : 0;
      const action = changed.length === 1 && changed[0] === 'disabled' ? (next.disabled ? 'disable' : 'enable') : 'update';
      const before = Object.fromEntries(changed.map((f) => [f, current[f]]));
      const after = { ...Object.fromEntries(changed.map((f) => [f, next[f]])), ...(sessionsEnded > 0 ? { sessionsEnded } : {}) };
      await recordAudit(trx, me, { action, entity: 'user', entityId: id, before, after }, now());
      return (await findUser(trx, id))!;
    });
    return c.json(updated);
  })
  .post('/:id/password', valid('param', idParam), valid('json', z.object({ password: newPassword })), async (c) => {
    const { db, now } = c.var.deps;
    const { id } = c.req.valid('param');
    if (id === c.var.user.id) {
      throw new ApiError(409, 'own_account', 'Change your own password on the account page, with your current password.');
    }
    const target = await findUser(db, id);
    if (!target) throw notFound(id);
    const { password } = c.req.valid('json');
    const weak = passwordProblem(password, target.username);
    if (weak) throw invalidInput([{ path: 'password', message: weak }], weakMessage);
    const passwordHash = await hashPassword(password);
    await db.transaction().execute(async (trx) => {
      await setPasswordHash(trx, id, passwordHash);
      const sessionsEnded = await deleteSessions(trx, id);
      // A reset also lifts a sign-in lock-out; the hash itself never enters the audit log.
      await clearFailures(trx, target.username);
      await recordAudit(
        trx,
        c.var.user,
        { action: 'reset_password', entity: 'user', entityId: id, after: { password: 'reset', sessionsEnded } },
        now(),
      );
    });
    return c.body(null, 204);
  });

const ownPassword = z.object({ currentPassword: z.string().min(1, 'Enter your current password.').max(maxPasswordLength), newPassword });

export const account = new Hono<AppEnv>().post('/password', valid('json', ownPassword), async (c) => {
  const { db, now } = c.var.deps;
  const me = c.var.user;
  const { currentPassword, newPassword: password } = c.req.valid('json');
  // A stolen session must not become a way round the sign-in throttle to learn the password.
  const wait = await usernameWait(db, me.username, now());
  if (wait > 0) {
    c.header('Retry-After', String(wait));
    throw new ApiError(429, 'sign_in_throttled', `Too many wrong passwords for this username. Try again in ${wait} seconds.`);
  }
  const issues: Issue[] = [];
  if (!(await verifyPassword(currentPassword, (await findPasswordHash(db, me.id)) ?? ''))) {
    await recordFailure(db, me.username, now());
    issues.push({ path: 'currentPassword', message: 'This is not your current password.' });
  }
  const weak = passwordProblem(password, me.username);
  if (weak) issues.push({ path: 'newPassword', message: weak });
  else if (password === currentPassword) issues.push({ path: 'newPassword', message: 'Choose a password different from the current one.' });
  if (issues.length > 0) throw invalidInput(issues);
  const passwordHash = await hashPassword(password);
  // requireUser has read this cookie already: the session that asks is the one that stays.
  const current = sessionIdOf(getCookie(c, sessionCookie) ?? '');
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, me.id, passwordHash);
    const sessionsEnded = await deleteSessions(trx, me.id, current);
    await recordAudit(
      trx,
      me,
      { action: 'change_password', entity: 'user', entityId: me.id, after: { password: 'changed', sessionsEnded } },
      now(),
    );
  });
  return c.body(null, 204);
});
