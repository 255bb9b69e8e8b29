/**
 * Registers the service worker that keeps the survey working offline, then hands it the assets
 * this page loaded before it took control (lazy chunks, the form itself), so they are cached too.
 */
export function registerServiceWorker(pending: Promise<unknown>[], formUrls: string[]): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .then(() => Promise.all([navigator.serviceWorker.ready, ...pending.map((p) => p.catch(() => undefined))]))
    .then(([registration]) => {
      const urls = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter(
          (url) => url.startsWith(`${location.origin}/s/assets/`) || /^\/api\/(forms\/|kiosk\/[^/]+\/form)/.test(new URL(url).pathname),
        );
      registration.active?.postMessage({ type: 'cache', urls: [...urls, ...formUrls] });
    })
    // Without a service worker the survey still works online; the outbox still keeps unsent answers.
    .catch(() => undefined);
}
