/**
 * Builds the portal into portal/dist, which the API server serves at `/` (`npm run build:portal`).
 * `npx vite portal` runs it in development against an API on localhost:4000 (`npm start`).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Everything is served by the API's own origin: no CDN, no external fonts (see the server's CSP).
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The playground (GraphiQL + Monaco) is a separate lazy chunk of a few MB; the rest stays small.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React-compiler runtime carries a "use no memo" directive that bundling drops harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // Monaco's language workers are ES module workers, emitted as files of their own.
  worker: { format: 'es' },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
