import type { CommentItem as Item, UnitTree } from '@sipas/api/types';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { request } from '../../api';
import { fetchComments, filterQuery, type CommentFilters as Filters, moveCount, readFilters } from './api';
import { CommentFilters } from './filters';
import { CommentItem } from './item';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { useLoad, valueOf } from '../../components/use-load';
import { useSession } from '../../session';
import { commentsTexts } from './texts';
import { PageTitle } from '../../components/page-title';

/**
 * "Góp ý": comments and low-scoring responses with their follow-up. The filters live in the URL
 * query so a link opens the same list; "older" pages continue from the last item shown.
 */
export function Comments() {
  const t = useText(commentsTexts);
  const { lang } = useLang();
  const { user } = useSession();
  const { query, route } = useLocation();
  const filters = readFilters(query);
  const key = filterQuery(filters);
  const tree = useLoad(() => request<UnitTree>('GET', '/api/admin/units'), '');
  const list = useLoad(() => fetchComments(filters), '', key);
  const page = valueOf(list.load);
  // "Older" adds to the list on screen; its failure is shown like a failed load.
  const [more, setMore] = useState<{ busy: boolean; error?: unknown; key?: string }>({ busy: false });
  const loading = list.load.kind === 'loading' || more.busy;
  const error =
    (more.key === key ? more.error : undefined) ?? [list.load, tree.load].flatMap((l) => (l.kind === 'failed' ? [l.error] : []))[0];

  const older = async () => {
    if (!page?.next) return;
    setMore({ busy: true });
    try {
      const next = await fetchComments(filters, page.next);
      list.update((p) => ({ ...next, items: [...p.items, ...next.items] }));
      setMore({ busy: false });
    } catch (err) {
      setMore({ busy: false, error: err, key });
    }
  };
  const changed = (item: Item) =>
    list.update((p) => {
      const before = p.items.find((i) => i.id === item.id);
      if (!before) return p;
      return {
        ...p,
        items: p.items.map((i) => (i.id === item.id ? item : i)),
        counts: moveCount(p.counts, before.followUp.status, item.followUp.status),
      };
    });
  const change = (next: Filters) => route(`/admin/comments?${filterQuery(next)}`, true);
  const factorName = (code: string) => page?.factors.find((f) => f.code === code)?.name[lang] ?? code;

  return (
    <main class="page comment-page" aria-busy={loading}>
      <PageTitle title={t.title} intro={t.intro} />
      {page && (
        <section aria-label={t.counts.label}>
          <dl class="comment-counts">
            {(['open', 'acknowledged', 'closed'] as const).map((s) => (
              <div key={s} class={`card comment-count comment-count-${s}`}>
                <dt>{t.counts[s]}</dt>
                <dd data-testid={`count-${s}`}>{page.counts[s]}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <CommentFilters
        filters={filters}
        tree={valueOf(tree.load)}
        periods={page?.periods ?? []}
        factors={page?.factors ?? []}
        onChange={change}
      />
      {error !== undefined && (
        <p class="error" role="alert">
          {errorMessage(error, lang)}
        </p>
      )}
      <h2>{t.listTitle}</h2>
      {!page && loading && <p class="muted">{t.loading}</p>}
      {page && page.items.length === 0 && <p class="card">{t.empty}</p>}
      {page && page.items.length > 0 && (
        <ol class="comment-list">
          {page.items.map((item) => (
            <li key={item.id}>
              <CommentItem item={item} factorName={factorName} minN={page.minN} canAct={user.role !== 'viewer'} onChanged={changed} />
            </li>
          ))}
        </ol>
      )}
      {page?.next && (
        <button type="button" class="button secondary" disabled={loading} onClick={() => void older()}>
          {t.older}
        </button>
      )}
    </main>
  );
}
