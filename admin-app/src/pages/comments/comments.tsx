import type { CommentItem as Item, CommentPage, UnitTree } from '@sipas/api/types';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { request } from '../../api';
import { fetchComments, filterQuery, type CommentFilters as Filters, moveCount, readFilters } from './api';
import { CommentFilters } from './filters';
import { CommentItem } from './item';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
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
  const [tree, setTree] = useState<UnitTree>();
  const [page, setPage] = useState<CommentPage>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    request<UnitTree>('GET', '/api/admin/units').then(setTree, setError);
  }, []);
  useEffect(() => {
    let current = true;
    setLoading(true);
    fetchComments(filters)
      .then((p) => current && (setPage(p), setError(undefined)), (err: unknown) => current && setError(err))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [key]);

  const older = async () => {
    if (!page?.next) return;
    setLoading(true);
    try {
      const more = await fetchComments(filters, page.next);
      setPage({ ...more, items: [...page.items, ...more.items] });
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };
  const changed = (item: Item) =>
    setPage((p) => {
      const before = p?.items.find((i) => i.id === item.id);
      if (!p || !before) return p;
      return { ...p, items: p.items.map((i) => (i.id === item.id ? item : i)), counts: moveCount(p.counts, before.followUp.status, item.followUp.status) };
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
      <CommentFilters filters={filters} tree={tree} periods={page?.periods ?? []} factors={page?.factors ?? []} onChange={change} />
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
