import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// Vite compiles TSX with the root tsconfig's jsxImportSource (preact); the one plugin writes a
// .br and a .gz beside every built text file, which the API serves by the request's Accept-Encoding.
export default defineConfig({
  base: '/s/',
  build: { outDir: 'dist', emptyOutDir: true },
  plugins: [compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  // `npm run dev -w survey-app` next to `npm run serve` (port 3000): the API answers /api.
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
