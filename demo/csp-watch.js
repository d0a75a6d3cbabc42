// Runs before any module on the strict-CSP demo page, so every policy violation is recorded.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
