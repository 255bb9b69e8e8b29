// The survey's service worker: the app shell from cache, the form from the network when it can.
// It touches only the survey's own GET requests; answers go through the page's IndexedDB outbox.
const version = 'sipas-survey-v1';
const shell = '/s/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(version);
      const res = await fetch(shell, { cache: 'no-cache' });
      if (!res.ok) throw new Error(`cannot precache the app shell: ${res.status}`);
      const html = await res.clone().text();
      await cache.put(shell, res);
      // The entry script, its stylesheet and preloads are named in the page itself.
      const assets = [...new Set(html.match(/\/s\/assets\/[^"'\s>]+/g) ?? [])];
      await cache.addAll(assets);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== version) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

// The page sends what it loaded before this worker controlled it: lazy chunks, and the form.
self.addEventListener('message', (event) => {
  const urls = event.data && event.data.type === 'cache' && Array.isArray(event.data.urls) ? event.data.urls : [];
  const own = urls.map((u) => new URL(String(u), self.location.href)).filter((u) => u.origin === self.location.origin);
  const keep = async (cache, url) => {
    if (url.pathname.startsWith('/s/assets/')) return (await cache.match(url)) || cache.add(url);
    if (isForm(url.pathname)) return cache.add(url);
  };
  event.waitUntil(caches.open(version).then((cache) => Promise.all(own.map((u) => keep(cache, u).catch(() => undefined)))));
});

function isForm(path) {
  return path.startsWith('/api/forms/') || /^\/api\/kiosk\/[^/]+\/form$/.test(path);
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (path.startsWith('/s/assets/')) return event.respondWith(cacheFirst(req));
  if (req.mode === 'navigate' && (path.startsWith('/s/') || path.startsWith('/k/'))) return appShell(event);
  if (isForm(path)) return event.respondWith(networkFirst(req));
});

async function cacheFirst(req) {
  const cache = await caches.open(version);
  const hit = await cache.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok) await cache.put(req, res.clone());
  return res;
}

// Any survey or kiosk address is the same single-page app, served from cache at once;
// the network's copy (if any) refreshes the cache for the next visit.
function appShell(event) {
  const fresh = fetch(event.request)
    .then(async (res) => {
      if (res.ok && (res.headers.get('content-type') || '').includes('text/html')) {
        const cache = await caches.open(version);
        await cache.put(shell, res.clone());
      }
      return res;
    })
    .catch(() => undefined);
  event.waitUntil(fresh);
  return event.respondWith(
    caches
      .match(shell)
      .then(
        async (hit) =>
          hit || (await fresh) || new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } }),
      ),
  );
}

async function networkFirst(req) {
  const cache = await caches.open(version);
  try {
    const res = await fetch(req);
    if (res.ok) await cache.put(req, res.clone());
    return res;
  } catch {
    const hit = await cache.match(req);
    return (
      hit ||
      new Response(JSON.stringify({ error: { code: 'offline', message: 'No connection and no saved copy of the form.' } }), {
        status: 503,
        headers: { 'content-type': 'application/json' },
      })
    );
  }
}
