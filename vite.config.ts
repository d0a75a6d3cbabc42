import { defineConfig, type Plugin } from 'vite';

/**
 * The directory's `note` fields are for a board's web team (warnings about each source); the
 * person reporting never sees them, so they stay in data/ and are left out of the bundle.
 */
function stripDirectoryNotes(): Plugin {
  return {
    name: 'strip-directory-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/data\/directory\.[\w-]+\.json$/.test(id)) return null;
      const data = JSON.parse(code, (key, value) => (key === 'note' ? undefined : value));
      return { code: JSON.stringify(data), map: null };
    },
  };
}

export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  plugins: [stripDirectoryNotes()],
  build: {
    target: 'es2022',
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'safeguarding-report-wizard.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        // The town and postcode data is the one file beside the main one, loaded on first use.
        chunkFileNames: 'safeguarding-report-wizard-[name].js',
      },
    },
  },
});
