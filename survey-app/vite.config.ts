import { defineConfig } from 'vite';

// No plugin: Vite compiles TSX with the root tsconfig's jsxImportSource (preact).
export default defineConfig({
  base: '/s/',
  build: { outDir: 'dist', emptyOutDir: true },
  // `npm run dev -w survey-app` next to `npm run serve` (port 3000): the API answers /api.
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
