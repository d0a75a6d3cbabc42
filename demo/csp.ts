// The strict-CSP demo's module: registers the wizard (violations are recorded by csp-watch.js).
import '../src/index.js';
