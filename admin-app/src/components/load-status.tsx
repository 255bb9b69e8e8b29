// What a page shows while its data is on the way, or when it could not be fetched.
import { useText } from '../i18n';
import { common } from '../messages';
import type { Load } from './use-load';

export function LoadStatus({ load }: { load: Load<unknown> }) {
  const c = useText(common);
  if (load.kind === 'loading') return <p class="muted">{c.loading}</p>;
  if (load.kind === 'failed')
    return (
      <p class="error" role="alert">
        {load.message}
      </p>
    );
  return null;
}
