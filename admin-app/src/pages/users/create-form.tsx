// The "create an account" form of the Users page; a unit is asked for only for a unit manager.
import type { ManagedUser, Role } from '@sipas/api/types';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { useLang, useText } from '../../i18n';
import { common, errorMessage } from '../../messages';
import { serverMessage } from '../account/texts';
import { usersTexts } from './texts';
import { createUser, fieldIssues, roles, type UnitChoice, usernamePattern } from './api';
import { Field } from '../../components/field';

const empty = { username: '', role: 'unit_manager' as Role, unitId: '', password: '' };

export function UserCreateForm({ units, onCreated }: { units: UnitChoice[]; onCreated: (user: ManagedUser) => void }) {
  const t = useText(usersTexts);
  const c = useText(common);
  const { lang } = useLang();
  const [form, setForm] = useState(empty);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // A data-entry clerk, like a unit manager, works for one unit's subtree.
  const manager = form.role === 'unit_manager' || form.role === 'data_entry';

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const unitId = manager && form.unitId ? Number(form.unitId) : null;
      const created = await createUser({ username: form.username.trim(), role: form.role, unitId, password: form.password });
      setForm(empty);
      setIssues({});
      onCreated(created);
    } catch (err) {
      const found = fieldIssues(err);
      // A taken username is a conflict (409), but it belongs next to the username field.
      if (err instanceof ApiError && err.code === 'username_taken') found.username = t.errors.username_taken!;
      setIssues(found);
      if (Object.keys(found).length === 0) setError(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };

  const issue = (field: string) => serverMessage(issues[field], lang);

  return (
    <section class="card users-create" aria-labelledby="users-create-title">
      <h2 id="users-create-title">{t.create.title}</h2>
      <form onSubmit={submit} noValidate>
        <div class="users-form-grid">
          <Field
            id="new-username"
            label={t.create.username}
            hint={t.create.usernameHint}
            autocomplete="off"
            required
            maxLength={64}
            pattern={usernamePattern}
            value={form.username}
            onInput={(username) => setForm((f) => ({ ...f, username }))}
            error={issue('username')}
          />
          <div class="users-field">
            <label for="new-role">{t.create.role}</label>
            <select id="new-role" value={form.role} onChange={(e) => setForm((f) => ({ ...f, role: e.currentTarget.value as Role }))}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {c.roles[role]}
                </option>
              ))}
            </select>
          </div>
          {manager && (
            <div class="users-field">
              <label for="new-unit">{t.create.unit}</label>
              <select
                id="new-unit"
                required
                value={form.unitId}
                aria-invalid={issues.unitId ? true : undefined}
                aria-describedby={issues.unitId ? 'new-unit-hint new-unit-error' : 'new-unit-hint'}
                onChange={(e) => setForm((f) => ({ ...f, unitId: e.currentTarget.value }))}
              >
                <option value="">{t.create.chooseUnit}</option>
                {units.map((u) => (
                  <option key={u.id} value={String(u.id)}>
                    {/* Non-breaking spaces: the choices show the tree's depth. */}
                    {'\u00a0\u00a0'.repeat(u.depth) + u.name}
                  </option>
                ))}
              </select>
              <p class="hint" id="new-unit-hint">
                {t.create.unitHint}
              </p>
              {issues.unitId && (
                <p class="error users-field-error" id="new-unit-error">
                  {issue('unitId')}
                </p>
              )}
            </div>
          )}
          <Field
            id="new-password"
            label={t.create.password}
            hint={t.create.passwordHint}
            type="password"
            autocomplete="new-password"
            required
            maxLength={200}
            value={form.password}
            onInput={(password) => setForm((f) => ({ ...f, password }))}
            error={issue('password')}
          />
        </div>
        <p class="error" role="alert">
          {error}
        </p>
        <button type="submit" class="button primary" disabled={busy} aria-busy={busy}>
          {t.create.submit}
        </button>
      </form>
    </section>
  );
}
