import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The benchmark's baseline pages, built like the SPA (production, no inline code) into dist/bench
// and served by a proxy of their own during `npm run bench`.
export default defineConfig({
  root: resolve(import.meta.dirname),
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/bench'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: 'es2022',
    rollupOptions: {
      input: {
        'bare-list': resolve(import.meta.dirname, 'bare-list.html'),
        'first-rows': resolve(import.meta.dirname, 'first-rows.html'),
        'tanstack-table': resolve(import.meta.dirname, 'tanstack-table.html'),
      },
    },
  },
});
