import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// Vite compiles the TSX with the workspace tsconfig (jsxImportSource: preact); the one plugin writes a
// .br and a .gz beside every built text file, which the API serves by the request's Accept-Encoding.
export default defineConfig({
  base: '/admin/',
  build: { outDir: 'dist', emptyOutDir: true },
  plugins: [compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  // `npm run dev -w admin-app` next to a running API (npm run serve, port 3000 by default).
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
