// "Tài khoản": the province administrator's list of accounts, with create, disable and reset.
import type { ManagedUser } from '@sipas/api/types';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { formatDateTime } from '../../vietnam-time';
import { changeUser, fetchUnitChoices, fetchUsers, type UnitChoice } from './api';
import { UserCreateForm } from './create-form';
import { UserResetForm } from './reset-form';
import { useLang, useText } from '../../i18n';
import { common, errorMessage } from '../../messages';
import { LoadStatus } from '../../components/load-status';
import { useLoad } from '../../components/use-load';
import { useSession } from '../../session';
import { usersTexts } from './texts';
import { PageTitle } from '../../components/page-title';
import { ListTable } from '../../components/list-table';

export function Users() {
  const t = useText(usersTexts);
  const c = useText(common);
  const { lang } = useLang();
  const { user: me } = useSession();
  const { load, reload } = useLoad(fetchUsersAndUnits, t.loadFailed);
  const [resetting, setResetting] = useState<ManagedUser | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const report = async (work: () => Promise<string>) => {
    setStatus('');
    setError('');
    try {
      const done = await work();
      // Announce the change once the table shows it.
      await reload();
      setStatus(done);
    } catch (err) {
      setError(err instanceof ApiError && t.errors[err.code] ? t.errors[err.code]! : errorMessage(err, lang));
    }
  };

  const toggle = (user: ManagedUser) =>
    report(async () => {
      await changeUser(user.id, { disabled: !user.disabled });
      return user.disabled ? t.done.enabled(user.username) : t.done.disabled(user.username);
    });

  return (
    <main class="page users-page">
      <PageTitle title={t.title} intro={t.intro} />
      <p class="users-status" role="status" data-testid="users-status">
        {status}
      </p>
      <p class="error" role="alert">
        {error}
      </p>
      <LoadStatus load={load} />
      {load.kind === 'ready' && (
        <>
          <section class="card" aria-labelledby="users-list-title">
            <h2 id="users-list-title">{t.listTitle}</h2>
            <ListTable
              name="users-table"
              caption={t.table.caption}
              columns={[{ label: t.table.username }, { label: t.table.role }, { label: t.table.lastSeen }, { label: t.table.actions }]}
            >
              {load.value.users.map((user) => (
                <tr key={user.id} class={user.disabled ? 'users-row-disabled' : undefined}>
                  <th scope="row">
                    {user.username} {user.id === me.id && <span class="muted">{t.you}</span>}
                    {/* Only the exception is marked, which keeps the table narrow enough for a tablet. */}
                    {user.disabled && <span class="badge badge-not-met users-badge">{t.disabled}</span>}
                  </th>
                  <td>
                    {c.roles[user.role]}
                    {user.unitName !== null && <span class="users-unit">{user.unitName}</span>}
                  </td>
                  <td class="users-time">{formatDateTime(user.lastSeenAt)}</td>
                  <td>
                    {user.id === me.id ? (
                      <a href="/admin/account">{t.ownLink}</a>
                    ) : (
                      <div class="users-actions">
                        <button
                          type="button"
                          class="button secondary"
                          aria-label={t.actionLabel(user.disabled ? t.enable : t.disable, user.username)}
                          onClick={() => toggle(user)}
                        >
                          {user.disabled ? t.enable : t.disable}
                        </button>
                        <button
                          type="button"
                          class="button secondary"
                          aria-label={t.actionLabel(t.reset, user.username)}
                          onClick={() => setResetting(user)}
                        >
                          {t.reset}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </ListTable>
          </section>
          {resetting && (
            <UserResetForm
              key={resetting.id}
              user={resetting}
              onCancel={() => setResetting(null)}
              onDone={() => {
                setResetting(null);
                void report(async () => t.done.reset(resetting.username));
              }}
            />
          )}
          <UserCreateForm units={load.value.units} onCreated={(created) => void report(async () => t.done.created(created.username))} />
        </>
      )}
    </main>
  );
}

async function fetchUsersAndUnits(): Promise<{ users: ManagedUser[]; units: UnitChoice[] }> {
  const [users, units] = await Promise.all([fetchUsers(), fetchUnitChoices()]);
  return { users, units };
}
