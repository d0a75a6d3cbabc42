// `npm run test:deep`: the heaviest runs at full depth (every simple path of the statechart, every
// shortest path driven through the element, 10,000 random sequences per property). `npm test`
// runs the same tests on fewer inputs; CI runs both (.ci/run).
import base from './web-test-runner.config.js';

export default {
  ...base,
  files: ['test/paths.test.ts', 'test/properties.test.ts'],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>window.SRW_TEST_DEPTH = 'deep';</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
