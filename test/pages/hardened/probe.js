// Records what the hardening tests count on a page: CSP and Trusted Types violations, uncaught errors and console warnings.
window.__violations = [];
window.__errors = [];
window.__warnings = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn(...args);
};
