// Compiles the server (api/src/server.ts, with the workspace's own packages such as @sipas/db) into
// one ES module, api/dist/server.js, that plain node runs. Every npm dependency stays an import
// resolved from node_modules at run time: native and WebAssembly parts (PGlite, canvas) and files a
// package reads beside itself (pdfkit's fonts) keep working as installed.
import { build } from 'esbuild';

/** Bundles what the workspace wrote; leaves every other bare import to node. */
const npmPackagesExternal = {
  name: 'npm-packages-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@sipas/') ? undefined : { path: args.path, external: true }));
  },
};

export async function buildServer() {
  await build({
    entryPoints: [new URL('../src/server.ts', import.meta.url).pathname],
    outfile: new URL('../dist/server.js', import.meta.url).pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [npmPackagesExternal],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
