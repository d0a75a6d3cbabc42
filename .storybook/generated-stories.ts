/**
 * Stories generated from the tests' example data, so that every step of every route, every theme
 * and every broken directory has its own story without a hand-written export for each.
 *
 * Storybook finds stories by reading each file's named exports, and an ES module cannot have
 * exports whose names depend on data. So, as Storybook's documentation does for stories made from
 * other files (https://storybook.js.org/docs/api/main-config/main-config-indexers), two pieces
 * share one list of stories:
 * - an indexer, which tells Storybook which stories a generated file holds (titles, names, ids);
 * - a Vite plugin, which appends the matching exports to the file when the browser loads it:
 *   `export const r01_s03 = __withId(storyFor({...}), 'id');`.
 * The list comes from the data itself (fixtures/routes.ts, fixtures/*.ts), bundled with esbuild
 * for Node: the fixtures drive the wizard through the DOM only inside their functions, so loading
 * them needs no browser (only names and headings are read here).
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toId } from 'storybook/internal/csf';
import type { Indexer, IndexInput } from 'storybook/internal/types';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = path.join(root, 'node_modules', '.cache', 'srw-storybook');

interface GeneratedStory {
  exportName: string;
  title: string;
  name: string;
  /** The argument given to the file's `storyFor`, as JSON. */
  key: unknown;
}

interface RouteData {
  name: string;
  steps: { heading: string }[];
}

/**
 * Imports a TypeScript module of the project in Node (bundled with esbuild to a temporary file).
 * Once per Storybook process, so that the index and the loaded files always agree (restart
 * `npm run storybook` after changing the routes or fixtures).
 */
const loaded = new Map<string, Promise<unknown>>();
function load<T>(file: string): Promise<T> {
  if (!loaded.has(file)) loaded.set(file, bundleAndImport(file));
  return loaded.get(file) as Promise<T>;
}

async function bundleAndImport(file: string): Promise<unknown> {
  const outfile = path.join(cacheDir, `${file.replace(/[^\w]+/g, '_')}.${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(root, file)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
    tsconfig: path.join(root, 'tsconfig.json'),
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(outfile, { force: true });
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const clean = (s: string) => s.replace(/\//g, '-').replace(/\s+/g, ' ').trim();
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Story names for a route: its steps, then check answers and the summary. */
function routeStories(
  routes: RouteData[],
  which: number[],
  lang: 'en' | 'cy',
  group: string,
  heading: (english: string) => string | undefined,
): GeneratedStory[] {
  return which.flatMap((r) => {
    const route = routes[r]!;
    const title = `${group}/${pad(r + 1)} ${clean(capital(route.name))}`;
    const headings = [...route.steps.map((s) => s.heading), 'Check your answers', 'Your report summary'];
    return headings.map((english, step) => {
      const shown = heading(english);
      return {
        exportName: `${lang === 'cy' ? 'cy_' : ''}r${pad(r + 1)}_s${pad(step + 1)}`,
        title,
        name: `${pad(step + 1)} ${clean(shown ?? english)}`,
        key: lang === 'cy' ? { route: r, step, lang, heading: shown } : { route: r, step, lang },
      };
    });
  });
}

/** The generated story files, by path from the project root. */
const GENERATORS: Record<string, () => Promise<GeneratedStory[]>> = {
  'stories/routes.stories.ts': async () => {
    const { ROUTES } = await load<{ ROUTES: RouteData[] }>('fixtures/routes.ts');
    return routeStories(ROUTES, ROUTES.map((_, i) => i), 'en', 'Routes', (h) => h);
  },
  'stories/welsh.stories.ts': async () => {
    const { ROUTES } = await load<{ ROUTES: RouteData[] }>('fixtures/routes.ts');
    const { en } = await load<{ en: Record<string, string> }>('src/i18n/en.ts');
    const { cy } = await load<{ cy: Record<string, string> }>('src/i18n/cy.ts');
    // The Welsh heading: the catalogue key whose English is the heading, in Welsh. Headings are
    // filled in with the emergency number, and optional questions end with "(optional)".
    const fill = (s = '') => s.replace('{emergency}', '999');
    const welsh = (english: string) => {
      for (const k of Object.keys(en).filter((key) => key.endsWith('heading'))) {
        if (fill(en[k]) === english) return fill(cy[k]);
        if (`${fill(en[k])} ${en.optional}` === english) return `${fill(cy[k])} ${cy.optional}`;
      }
      return undefined;
    };
    const dsp = ROUTES.findIndex((r) => r.name.startsWith('DSP mode'));
    return routeStories(ROUTES, [0, ...(dsp > 0 ? [dsp] : [])], 'cy', 'Routes in Welsh (Cymraeg)', welsh);
  },
  'stories/themes.stories.ts': async () => {
    const { THEMES } = await load<{ THEMES: { name: string }[] }>('fixtures/themes.ts');
    return THEMES.map((t, i) => ({ exportName: `theme${pad(i + 1)}`, title: 'Themes', name: clean(t.name), key: i }));
  },
  'stories/broken-directories.stories.ts': async () => {
    const { BROKEN_DIRECTORIES } = await load<{ BROKEN_DIRECTORIES: { name: string }[] }>('fixtures/broken-directories.ts');
    return BROKEN_DIRECTORIES.map((b, i) => ({ exportName: `broken${pad(i + 1)}`, title: 'Broken directories', name: clean(capital(b.name)), key: i }));
  },
};

const relative = (file: string) => path.relative(root, file.split('?')[0]!).split(path.sep).join('/');
const idOf = (s: GeneratedStory) => toId(s.title, s.name);

/** Storybook's index entries for the generated files. */
export const generatedStoriesIndexer: Indexer = {
  test: /[\\/]stories[\\/](routes|welsh|themes|broken-directories)\.stories\.ts$/,
  createIndex: async (fileName) => {
    const generate = GENERATORS[relative(fileName)];
    if (!generate) throw new Error(`No story generator for ${fileName}`);
    return (await generate()).map(
      (s): IndexInput => ({ type: 'story', importPath: fileName, exportName: s.exportName, name: s.name, title: s.title, __id: idOf(s) }),
    );
  },
};

/** Appends the generated exports to each generated file as Vite loads it. */
export function generatedStoriesPlugin(): Plugin {
  return {
    name: 'srw-generated-stories',
    enforce: 'post',
    async transform(code, id) {
      const generate = GENERATORS[relative(id)];
      if (!generate) return undefined;
      const stories = await generate();
      const lines = stories.map(
        (s) => `export const ${s.exportName} = __withId(storyFor(${JSON.stringify(s.key)}), ${JSON.stringify(idOf(s))});`,
      );
      // Storybook's CSF plugin has already listed the file's own exports in `__namedExportsOrder`.
      const order = `export const __namedExportsOrder = ${JSON.stringify(stories.map((s) => s.exportName))};`;
      const listed = /export const __namedExportsOrder = \[[^\]]*\];/;
      return {
        code: [
          listed.test(code) ? code.replace(listed, order) : `${code}\n${order}`,
          '// Generated by .storybook/generated-stories.ts',
          'const __withId = (story, id) => ({ ...story, parameters: { ...story.parameters, __id: id } });',
          ...lines,
        ].join('\n'),
        map: null,
      };
    },
  };
}
