// The slice switch shows one of a figure's two drawn views: every step, or the steps that led to
// the break. Its label always says what a click will do.
(function () {
  document.querySelectorAll('button.slice-toggle').forEach(function (button) {
    button.addEventListener('click', function () {
      var only = button.getAttribute('aria-pressed') !== 'true';
      var figure = button.closest('figure');
      button.setAttribute('aria-pressed', String(only));
      button.textContent = button.getAttribute(only ? 'data-on' : 'data-off');
      figure.querySelector('div.view[data-view="all"]').hidden = only;
      figure.querySelector('div.view[data-view="slice"]').hidden = !only;
    });
  });
  // A link into a collapsed configuration opens it.
  function reveal() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    for (var e = target; e; e = e.parentElement) {
      if (e.tagName === 'DETAILS') { e.open = true; }
    }
    if (target) { target.scrollIntoView(); }
  }
  window.addEventListener('hashchange', reveal);
  reveal();
  window.addEventListener('load', function () {
    var s = document.getElementById('sledcheck-status');
    var state = window.__sledcheck;
    s.setAttribute('data-errors', String(state.errors.length));
    s.setAttribute('data-blocked', String(state.blocked.length));
    s.setAttribute('data-resources', String(performance.getEntriesByType('resource').length));
    s.setAttribute('data-diagrams', String(document.querySelectorAll('svg.seq').length));
    s.setAttribute('data-state', 'loaded');
    s.textContent = state.errors.concat(state.blocked).join('\n');
  });
})();
