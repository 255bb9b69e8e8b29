// npm start: builds what is missing or older than its sources (the two front ends, the compiled
// server), then runs the compiled server in this process: no TypeScript loader in production.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './build-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The newest modification time of the files under dirs (0 when there are none). */
function newest(dirs) {
  let time = 0;
  const walk = (path) => {
    const s = statSync(path, { throwIfNoEntry: false });
    if (!s) return;
    if (s.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else time = Math.max(time, s.mtimeMs);
  };
  for (const d of dirs) walk(join(root, d));
  return time;
}

/** True when output is missing or a source is newer than it. */
function stale(output, sources) {
  const out = join(root, output);
  return !existsSync(out) || statSync(out).mtimeMs < newest(sources);
}

for (const app of ['survey-app', 'admin-app']) {
  if (stale(`${app}/dist/index.html`, [`${app}/src`, `${app}/index.html`, `${app}/public`, 'api/src/shared'])) {
    console.log(`building ${app}`);
    execFileSync('npm', ['run', 'build', '-w', app], { cwd: root, stdio: 'inherit' });
  }
}
if (stale('api/dist/server.js', ['api/src', 'db/src'])) {
  console.log('building the server');
  await buildServer();
}
await import(join(root, 'api/dist/server.js'));
