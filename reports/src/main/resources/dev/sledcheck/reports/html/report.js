// The slice switch: re-stacks a diagram's rows, hiding the steps its violation does not depend on.
(function () {
  function layout(figure, sliceOnly) {
    var svg = figure.querySelector('svg.seq');
    var y = Number(svg.getAttribute('data-top'));
    figure.querySelectorAll('g.step').forEach(function (g) {
      var hide = sliceOnly && g.getAttribute('data-slice') !== '1';
      g.style.display = hide ? 'none' : '';
      if (!hide) {
        g.setAttribute('transform', 'translate(0,' + y + ')');
        y += Number(g.getAttribute('data-h'));
      }
    });
    var height = y + 10;
    svg.setAttribute('height', height);
    svg.setAttribute('viewBox', '0 0 ' + svg.getAttribute('width') + ' ' + height);
    figure.querySelectorAll('line.life').forEach(function (l) { l.setAttribute('y2', height - 4); });
  }
  document.querySelectorAll('input.slice-toggle').forEach(function (box) {
    box.addEventListener('change', function () { layout(box.closest('figure'), box.checked); });
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
