// Installed first, in <head>: every script error, failed load, console.error and CSP-blocked
// fetch is counted, and report.js writes the counts into #sledcheck-status once the page loaded.
window.__sledcheck = {errors: [], blocked: []};
window.addEventListener('error', function (e) {
  window.__sledcheck.errors.push('error: ' + (e.message || (e.target && e.target.tagName) || '?'));
}, true);
document.addEventListener('securitypolicyviolation', function (e) {
  window.__sledcheck.blocked.push(e.blockedURI + ' (' + e.violatedDirective + ')');
});
(function () {
  var original = console.error;
  console.error = function () {
    window.__sledcheck.errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return original.apply(console, arguments);
  };
})();
