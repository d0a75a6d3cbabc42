// `npm run test:deep`: the heaviest runs at full depth (every simple path of the statechart, every
// shortest path driven through the element, 10,000 random sequences per property). `npm test`
// runs the same tests on fewer inputs; CI runs both (.ci/run).
import base from './web-test-runner.config.js';

export default {
  ...base,
  files: ['test/paths.test.ts', 'test/properties.test.ts'],
  // Every path at full depth is long work on a slow machine: the runner's own stop for a hung file
  // is set well above it (the tests themselves are bounded by counts, never by time).
  testsFinishTimeout: 75 * 60 * 1000,
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>window.SRW_TEST_DEPTH = 'deep';</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
