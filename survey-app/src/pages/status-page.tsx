import type { Messages } from '../messages';

export function LoadingPage({ t }: { t: Messages }) {
  return (
    <p class="status" role="status">
      <span class="status__spinner" aria-hidden="true" />
      {t.loading}
    </p>
  );
}

interface ErrorProps {
  t: Messages;
  message: string;
  onRetry: (() => void) | undefined;
}

export function ErrorPage({ t, message, onRetry }: ErrorProps) {
  return (
    <>
      <h2 class="page-heading">{t.cannotOpen}</h2>
      <div class="card alert" role="alert">
        <p>{message}</p>
      </div>
      {onRetry && (
        <div class="actions">
          <button type="button" class="button button--primary" onClick={onRetry}>
            {t.retry}
          </button>
        </div>
      )}
    </>
  );
}
