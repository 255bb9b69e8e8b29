import { onOutboxChange, revoke } from '../outbox/sender';

/** Tells the server the kiosk is alive and how much it has not sent: every minute and after each send round. */
export function startHeartbeat(key: string): () => void {
  let queued = 0;
  const beat = async () => {
    try {
      const res = await fetch(`/api/kiosk/${encodeURIComponent(key)}/heartbeat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ queued }),
      });
      if (res.status === 403) revoke(key);
    } catch {
      // Offline: the next beat will tell.
    }
  };
  const stop = onOutboxChange((state) => {
    queued = state.waiting.length;
    void beat();
  });
  const timer = setInterval(() => void beat(), 60_000);
  return () => {
    stop();
    clearInterval(timer);
  };
}
