/**
 * `dist/safeguarding-report-wizard-schemas.js`: the zod schemas a host page or a board's tools
 * import (`safeguarding-report-wizard/schemas`), one self-contained file. Built apart from the
 * wizard (vite.config.ts) so the wizard's entry shares nothing with it and does not carry zod
 * (issue 14); the wizard loads its own copy of the schemas only when it needs them.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2022',
    emptyOutDir: false,
    lib: {
      entry: 'src/schemas.ts',
      formats: ['es'],
      fileName: () => 'safeguarding-report-wizard-schemas.js',
    },
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});
