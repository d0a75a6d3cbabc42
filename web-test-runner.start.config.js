// A page in Welsh from the start (test/language-start.test.ts), run on its own after the suite:
// it must be the first to load the Welsh file in its page, and in the full suite it stalled.
import base from './web-test-runner.config.js';

export default { ...base, files: ['test/language-start.test.ts'] };
