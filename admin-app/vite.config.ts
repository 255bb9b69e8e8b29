import { defineConfig } from 'vite';

// No plugins: Vite compiles the TSX with the workspace tsconfig (jsxImportSource: preact).
export default defineConfig({
  base: '/admin/',
  build: { outDir: 'dist', emptyOutDir: true },
  // `npm run dev -w admin-app` next to a running API (npm run serve, port 3000 by default).
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
