import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The SPA (index.html → src/web/main.tsx) is built into dist/web and served by the proxy
// (src/proxy). In `npm run dev`, Vite serves it and forwards /api to the proxy started by
// scripts/dev.ts.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    // No inline scripts or styles: the proxy serves the SPA under a strict Content-Security-Policy.
    assetsInlineLimit: 0,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.API_PORT ?? '8787'}`, changeOrigin: true } },
  },
});
