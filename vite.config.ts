import { defineConfig, type Plugin } from 'vite';
import { directorySchema, holidaysSchema } from './machines/directory.schema.js';

const SHIPPED_DATA: Record<string, { schema: typeof directorySchema | typeof holidaysSchema; stripNotes: boolean }> = {
  'directory.wales.json': { schema: directorySchema, stripNotes: true },
  'bank-holidays.json': { schema: holidaysSchema, stripNotes: false },
};

/**
 * The data that ships in the bundle is checked against its schema here, when it is built or
 * served, so a broken file stops the build instead of reaching a page; the page then uses it as it
 * is, without parsing it again before the first question (issue 5's first-question budget).
 * The directory's `note` fields are for a board's web team (warnings about each source); the
 * person reporting never sees them, so they stay in data/ and are left out of the bundle.
 */
function checkShippedData(): Plugin {
  return {
    name: 'check-shipped-data',
    enforce: 'pre',
    transform(code, id) {
      const file = /data\/([\w.-]+\.json)$/.exec(id)?.[1];
      const shipped = file ? SHIPPED_DATA[file] : undefined;
      if (!shipped) return null;
      const raw: unknown = JSON.parse(code);
      const checked = shipped.schema.safeParse(raw);
      if (!checked.success) {
        const where = checked.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('\n  ');
        this.error(`data/${file} does not match its schema:\n  ${where}`);
      }
      const data = shipped.stripNotes ? JSON.parse(code, (key, value) => (key === 'note' ? undefined : value)) : raw;
      return { code: JSON.stringify(data), map: null };
    },
  };
}

export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  plugins: [checkShippedData()],
  build: {
    target: 'es2022',
    lib: {
      // The wizard. The zod schemas a host page may import (`safeguarding-report-wizard/schemas`) are
      // built apart, by vite.schemas.config.ts: as a second entry here they would share modules with
      // this one, and those would go into a third file the first question waits for (issue 14).
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'safeguarding-report-wizard.js',
    },
    rolldownOptions: {
      // The entry may export more than src/index.ts does, so what it shares with the files loaded
      // later (lit, the translator) stays in it instead of going into a third file loaded first.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // Files loaded after the entry (Welsh, the finder, its data, zod and the schemas) sit beside it,
        // and are imported by relative addresses, so they load from wherever the entry is served.
        chunkFileNames: 'safeguarding-report-wizard-[name].js',
      },
    },
  },
});
