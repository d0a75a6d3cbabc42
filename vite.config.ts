import { defineConfig } from 'vite';

export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2022',
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'safeguarding-report-wizard.js',
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
