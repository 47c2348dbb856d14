import react from '@vitejs/plugin-react';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

// The portal is served by the gateway at `/` (SPA fallback to index.html for non-API paths).
// `npm run dev` serves it with Vite and proxies the API to the gateway (CRM_GATEWAY_URL).
const gateway = process.env.CRM_GATEWAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig(({ command, mode }) => {
  // A build started from a test runner inherits NODE_ENV=test, and Vite would then bundle the
  // development builds of React and antd (slower, with console warnings): production is production.
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production';
  return config;
});

const config = {
  plugins: [react()],
  base: '/',
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: gateway, changeOrigin: false, ws: true } },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // antd + React are about 1 MB before gzip; pages are split by route (React.lazy).
    chunkSizeWarningLimit: 1600,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
} satisfies ViteUserConfig;
