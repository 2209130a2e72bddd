// Lockwatch report: sorting, filtering and grouping of the findings table; zoom, pan, search,
// hiding, collapsing (one package or all) and the details panel of the lock-order graph. The
// page is complete without this script; the script only adds ways to move through it. No network.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // ---- Findings table ----------------------------------------------------------------------
  var table = document.getElementById('findings-table');
  if (table) { findingsTable(table); }

  function findingsTable(table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var sort = { column: 0, direction: 1 };
    var text = document.getElementById('f-text');
    var kind = document.getElementById('f-kind');
    var severity = document.getElementById('f-severity');
    var group = document.getElementById('f-group');
    var count = document.getElementById('f-count');

    function cellValue(row, column) {
      var cell = row.cells[column];
      return cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
    }
    function compare(a, b) {
      var x = cellValue(a, sort.column), y = cellValue(b, sort.column);
      var numeric = headers[sort.column].getAttribute('data-sort') === 'num';
      var c = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return c * sort.direction || rows.indexOf(a) - rows.indexOf(b);
    }
    function keysOf(row) {
      switch (group.value) {
        case 'package': return [row.getAttribute('data-package')];
        case 'class': return [row.getAttribute('data-class') || '(unknown class)'];
        case 'kind': return [row.cells[1].firstChild.textContent];
        case 'test':
          var tests = row.getAttribute('data-tests');
          return tests ? tests.split('\n') : ['(no test known)'];
        default: return [''];
      }
    }
    function render() {
      var query = text.value.trim().toLowerCase();
      var shown = rows.filter(function (row) {
        if (kind.value && row.getAttribute('data-kind') !== kind.value) { return false; }
        if (severity.value && row.getAttribute('data-severity') !== severity.value) { return false; }
        if (!query) { return true; }
        return (row.textContent + ' ' + row.getAttribute('data-tests') + ' ' +
                row.getAttribute('data-class')).toLowerCase().indexOf(query) >= 0;
      }).sort(compare);
      while (body.firstChild) { body.removeChild(body.firstChild); }
      if (!group.value) {
        shown.forEach(function (row) { body.appendChild(row); });
      } else {
        var groups = {};
        shown.forEach(function (row) {
          keysOf(row).forEach(function (key) { (groups[key] = groups[key] || []).push(row); });
        });
        Object.keys(groups).sort(function (a, b) {
          return groups[b].length - groups[a].length || a.localeCompare(b);
        }).forEach(function (key) {
          var header = el('tr', { 'class': 'group-row' });
          header.appendChild(el('th', { colspan: String(headers.length) },
              key + ' \u2014 ' + groups[key].length + (groups[key].length === 1 ? ' finding' : ' findings')));
          body.appendChild(header);
          groups[key].forEach(function (row) {
            body.appendChild(body.contains(row) ? row.cloneNode(true) : row);
          });
        });
      }
      count.textContent = shown.length + ' of ' + rows.length + ' shown';
    }
    headers.forEach(function (th, column) {
      th.addEventListener('click', function () {
        sort.direction = sort.column === column ? -sort.direction : 1;
        sort.column = column;
        headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', sort.direction > 0 ? 'ascending' : 'descending');
        render();
      });
    });
    [text, kind, severity, group].forEach(function (input) {
      input.addEventListener('input', render);
    });
    Array.prototype.forEach.call(document.querySelectorAll('.cards a[data-kind]'), function (card) {
      card.addEventListener('click', function () {
        kind.value = card.getAttribute('data-kind');
        render();
      });
    });
    render();
  }

  // ---- Lock-order graph --------------------------------------------------------------------
  var dataElement = document.getElementById('graph-data');
  if (dataElement) { lockGraph(JSON.parse(dataElement.textContent)); }

  function lockGraph(data) {
    var viewport = document.getElementById('graph-viewport');
    var panel = document.getElementById('graph-panel');
    var svgs = { classes: document.getElementById('graph-classes'),
                 packages: document.getElementById('graph-packages') };
    var sizes = {};
    Object.keys(svgs).forEach(function (k) {
      var box = svgs[k].viewBox.baseVal;
      sizes[k] = { w: box.width, h: box.height };
      svgs[k].removeAttribute('width');
      svgs[k].removeAttribute('height');
      svgs[k].setAttribute('preserveAspectRatio', 'xMinYMin meet');
    });
    var view = 'classes';
    var state = { x: 0, y: 0, scale: 1 };
    var hidden = {};
    var zoomLabel = document.getElementById('g-zoom');
    var unhide = document.getElementById('g-unhide');

    function svg() { return svgs[view]; }
    function apply() {
      var w = viewport.clientWidth / state.scale, h = viewport.clientHeight / state.scale;
      svg().setAttribute('viewBox', [state.x, state.y, w, h].join(' '));
      zoomLabel.textContent = Math.round(state.scale * 100) + ' %';
    }
    function zoomAt(factor, cx, cy) {
      var scale = Math.min(4, Math.max(0.05, state.scale * factor));
      state.x += cx / state.scale - cx / scale;
      state.y += cy / state.scale - cy / scale;
      state.scale = scale;
      apply();
    }
    function fitScale(w, h) {
      return Math.min(viewport.clientWidth / (w + 20), viewport.clientHeight / (h + 20));
    }
    function show(x, y, w, h, maxScale) {
      state.scale = Math.min(maxScale, fitScale(w, h));
      state.x = x + w / 2 - viewport.clientWidth / state.scale / 2;
      state.y = y + h / 2 - viewport.clientHeight / state.scale / 2;
      apply();
    }
    function fit() {
      // Centred across, from the top down.
      state.scale = Math.min(1, fitScale(sizes[view].w, sizes[view].h));
      state.x = sizes[view].w / 2 - viewport.clientWidth / state.scale / 2;
      state.y = -10 / state.scale;
      apply();
    }
    function rectOf(g) {
      var r = g.querySelector('rect');
      return { x: +r.getAttribute('x'), y: +r.getAttribute('y'),
               w: +r.getAttribute('width'), h: +r.getAttribute('height') };
    }
    function initialView() {
      var s = fitScale(sizes[view].w, sizes[view].h);
      var cycles = svg().querySelectorAll('.node.cycle');
      if (s >= 0.7 || cycles.length === 0) { fit(); return; }
      // Too big to read whole: start at 100 % on the cycles.
      var box = null;
      Array.prototype.forEach.call(cycles, function (g) {
        var r = rectOf(g);
        box = box ? { x1: Math.min(box.x1, r.x), y1: Math.min(box.y1, r.y),
                      x2: Math.max(box.x2, r.x + r.w), y2: Math.max(box.y2, r.y + r.h) }
                  : { x1: r.x, y1: r.y, x2: r.x + r.w, y2: r.y + r.h };
      });
      state.scale = 1;
      state.x = box.x1 - 30 / state.scale;
      state.y = box.y1 - 30 / state.scale;
      apply();
    }
    function byId(id) { return svg().querySelector('[data-id="' + id + '"]'); }
    function select(g) {
      Array.prototype.forEach.call(svg().querySelectorAll('.selected, .touching'), function (e) {
        e.classList.remove('selected');
        e.classList.remove('touching');
      });
      if (g) { g.classList.add('selected'); }
    }
    function center(g) {
      var r = rectOf(g);
      if (state.scale < 0.7) { state.scale = 1; }
      state.x = r.x + r.w / 2 - viewport.clientWidth / state.scale / 2;
      state.y = r.y + r.h / 2 - viewport.clientHeight / state.scale / 2;
      apply();
    }
    function findingLinks(list, anchors) {
      anchors.forEach(function (anchor) {
        var target = document.getElementById(anchor);
        var li = el('li');
        var a = el('a', { href: '#' + anchor },
            target ? target.querySelector('h3').textContent : anchor);
        li.appendChild(a);
        list.appendChild(li);
      });
    }
    function panelFor(title) {
      while (panel.firstChild) { panel.removeChild(panel.firstChild); }
      panel.appendChild(el('h3', {}, title));
      return panel;
    }
    function arcLink(list, id) {
      var arc = data.arcs[id];
      var li = el('li');
      var a = el('a', { href: '#graph' },
          data.nodes[arc.from].label + ' \u2192 ' + data.nodes[arc.to].label +
          ' (' + arc.sites.length + ')');
      a.addEventListener('click', function (e) { e.preventDefault(); setView('classes'); showArc(id, true); });
      li.appendChild(a);
      list.appendChild(li);
    }
    function showNode(id, move) {
      var node = data.nodes[id];
      if (move && folded[data.packages[node.pkg].name]) { setFolded(data.packages[node.pkg].name, false); }
      var g = byId(id);
      select(g);
      if (move) { center(g); }
      var p = panelFor(node.label);
      p.appendChild(el('p', {}, node.name));
      p.appendChild(el('p', { 'class': 'muted' }, 'package ' + data.packages[node.pkg].name +
          (node.cycle ? ' \u00b7 in a reported cycle' : '')));
      var out = el('ul'), into = el('ul'), findings = {};
      Object.keys(data.arcs).forEach(function (a) {
        var arc = data.arcs[a];
        if (arc.from === id) { arcLink(out, a); }
        if (arc.to === id && arc.from !== id) { arcLink(into, a); }
        if (arc.from === id || arc.to === id) {
          var e = byId(a);
          if (e) { e.classList.add('touching'); }
          arc.findings.forEach(function (f) { findings[f] = true; });
        }
      });
      p.appendChild(el('h4', {}, 'then takes (' + out.childNodes.length + ')'));
      p.appendChild(out);
      p.appendChild(el('h4', {}, 'taken while holding (' + into.childNodes.length + ')'));
      p.appendChild(into);
      if (Object.keys(findings).length) {
        p.appendChild(el('h4', {}, 'findings'));
        var list = el('ul');
        findingLinks(list, Object.keys(findings));
        p.appendChild(list);
      }
      var hide = el('button', { type: 'button' }, 'hide this lock class');
      hide.addEventListener('click', function () { setHidden(id, true); panelFor('hidden: ' + node.label); });
      p.appendChild(hide);
    }
    function showArc(id, move) {
      var arc = data.arcs[id];
      var g = byId(id);
      select(g);
      if (move) { center(byId(arc.from)); }
      var p = panelFor(data.nodes[arc.from].label + ' \u2192 ' + data.nodes[arc.to].label);
      p.appendChild(el('p', {}, 'held ' + data.nodes[arc.from].name + ', then took ' +
          data.nodes[arc.to].name));
      p.appendChild(el('p', { 'class': 'muted' }, arc.count + ' lock-instance edges \u00b7 threads: ' +
          (arc.threads.join(', ') || 'unknown')));
      if (arc.findings.length) {
        p.appendChild(el('h4', {}, 'in reported cycles'));
        var list = el('ul');
        findingLinks(list, arc.findings);
        p.appendChild(list);
      }
      p.appendChild(el('h4', {}, arc.sites.length + ' site pairs (held at \u2192 taken at)'));
      var sites = el('ul', { 'class': 'sites' });
      arc.sites.forEach(function (s) { sites.appendChild(el('li', {}, s)); });
      p.appendChild(sites);
    }
    function showPackage(id) {
      var pkg = data.packages[id];
      select(byId(id));
      var p = panelFor(pkg.name);
      var expand = el('button', { type: 'button' }, 'show its lock classes');
      expand.addEventListener('click', function () { expandPackage(pkg.name); });
      p.appendChild(expand);
      p.appendChild(el('h4', {}, pkg.nodes.length + ' lock classes'));
      var list = el('ul');
      pkg.nodes.forEach(function (n) {
        var li = el('li');
        var a = el('a', { href: '#graph' }, data.nodes[n].label);
        a.addEventListener('click', function (e) { e.preventDefault(); setView('classes'); showNode(n, true); });
        li.appendChild(a);
        list.appendChild(li);
      });
      p.appendChild(list);
    }
    function showPackageArc(id) {
      var arc = data.packageArcs[id];
      select(byId(id));
      var p = panelFor(data.packages[arc.from].name + ' \u2192 ' + data.packages[arc.to].name);
      var list = el('ul');
      arc.arcs.forEach(function (a) { arcLink(list, a); });
      p.appendChild(list);
    }
    function expandPackage(name) {
      setView('classes');
      if (folded[name]) { setFolded(name, false); }
      fitPackage(name);
    }
    function fitPackage(name) {
      var r = unionOf(groupsNamed(name));
      if (r) { show(r.x, r.y, r.w, r.h, 1); }
    }

    // ---- One package collapsed into its box (lock-class view) ----
    // The package's lock classes and the arcs between them are hidden, its box is drawn as one
    // node, and every arc between it and the rest ends (or starts) at the box's border.
    var folded = {};
    var expandAll = document.getElementById('g-expand-all');
    var packageNamed = {};
    Object.keys(data.packages).forEach(function (p) { packageNamed[data.packages[p].name] = p; });
    function groupsNamed(name) {
      return Array.prototype.filter.call(svgs.classes.querySelectorAll('.group'),
          function (g) { return g.getAttribute('data-id') === name; });
    }
    function unionOf(groups) {
      var box = null;
      groups.forEach(function (g) {
        var r = rectOf(g);
        box = box ? { x1: Math.min(box.x1, r.x), y1: Math.min(box.y1, r.y),
                      x2: Math.max(box.x2, r.x + r.w), y2: Math.max(box.y2, r.y + r.h) }
                  : { x1: r.x, y1: r.y, x2: r.x + r.w, y2: r.y + r.h };
      });
      return box && { x: box.x1, y: box.y1, w: box.x2 - box.x1, h: box.y2 - box.y1 };
    }
    function pointsOf(d) {
      var n = d.replace(/[ML]/g, ' ').trim().split(/\s+/).map(Number), points = [];
      for (var i = 0; i + 1 < n.length; i += 2) { points.push({ x: n[i], y: n[i + 1] }); }
      return points;
    }
    function inside(p, r) { return p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h; }
    // Where the segment from p (inside r) to q (outside) crosses r's border.
    function exit(p, q, r) {
      var t = 1;
      if (q.x > r.x + r.w) { t = Math.min(t, (r.x + r.w - p.x) / (q.x - p.x)); }
      if (q.x < r.x) { t = Math.min(t, (r.x - p.x) / (q.x - p.x)); }
      if (q.y > r.y + r.h) { t = Math.min(t, (r.y + r.h - p.y) / (q.y - p.y)); }
      if (q.y < r.y) { t = Math.min(t, (r.y - p.y) / (q.y - p.y)); }
      return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
    }
    // The route from where it first leaves r on; null when it never does.
    function fromBorder(points, r) {
      var i = 0;
      while (i < points.length && inside(points[i], r)) { i++; }
      if (i === 0) { return points; }
      if (i === points.length) { return null; }
      return [exit(points[i - 1], points[i], r)].concat(points.slice(i));
    }
    function reroute() {
      Object.keys(data.arcs).forEach(function (a) {
        var arc = data.arcs[a];
        var g = svgs.classes.querySelector('[data-id="' + a + '"]');
        var paths = g.querySelectorAll('path');
        if (!g.hasAttribute('data-route')) { g.setAttribute('data-route', paths[0].getAttribute('d')); }
        var from = data.packages[data.nodes[arc.from].pkg].name;
        var to = data.packages[data.nodes[arc.to].pkg].name;
        var points = from === to && folded[from] ? null : pointsOf(g.getAttribute('data-route'));
        if (points && folded[from]) { points = fromBorder(points, folded[from]); }
        if (points && folded[to]) {
          points = fromBorder(points.reverse(), folded[to]);
          if (points) { points.reverse(); }
        }
        g.classList.toggle('folded', !points);
        if (!points) { return; }
        var d = !folded[from] && !folded[to] ? g.getAttribute('data-route') : points.map(function (p, i) {
          return (i ? 'L' : 'M') + p.x.toFixed(1) + ' ' + p.y.toFixed(1);
        }).join(' ');
        Array.prototype.forEach.call(paths, function (path) { path.setAttribute('d', d); });
      });
    }
    function svgText(attrs, text) {
      var t = document.createElementNS(svgs.classes.namespaceURI, 'text');
      Object.keys(attrs).forEach(function (k) { t.setAttribute(k, attrs[k]); });
      t.textContent = text;
      return t;
    }
    function setFolded(name, fold) {
      var pkg = data.packages[packageNamed[name]];
      if (!pkg) { return; }
      var groups = groupsNamed(name);
      if (fold) { folded[name] = unionOf(groups); } else { delete folded[name]; }
      pkg.nodes.forEach(function (n) {
        svgs.classes.querySelector('[data-id="' + n + '"]').classList.toggle('folded', fold);
      });
      var cycle = pkg.nodes.some(function (n) { return data.nodes[n].cycle; });
      groups.forEach(function (g) {
        g.classList.toggle('collapsed', fold);
        g.classList.toggle('cycle', fold && cycle);
        if (!fold) { g.classList.remove('match'); }
        var toggle = g.querySelector('.toggle');
        toggle.setAttribute('aria-expanded', String(!fold));
        toggle.setAttribute('aria-label', (fold ? 'expand' : 'collapse') + ' package ' + name);
        toggle.querySelector('text').textContent = fold ? '+' : '\u2212';
        var note = g.querySelector('.fold-note');
        if (note) { g.removeChild(note); }
        if (fold) {
          var r = rectOf(g);
          // Under the header, where it is seen even when the box is taller than the view.
          g.appendChild(svgText({ 'class': 'fold-note', x: r.x + r.w / 2, y: r.y + Math.min(r.h / 2 + 13, 52) },
              pkg.nodes.length + (pkg.nodes.length === 1 ? ' lock class' : ' lock classes') +
              (cycle ? ', in a cycle' : '')));
        }
      });
      reroute();
      var n = Object.keys(folded).length;
      expandAll.hidden = n === 0;
      expandAll.textContent = 'expand ' + n + (n === 1 ? ' collapsed package' : ' collapsed packages');
    }
    function showGroup(name) {
      var pkg = data.packages[packageNamed[name]];
      if (!pkg) { return; }
      select(groupsNamed(name)[0]);
      var p = panelFor(name);
      var fold = el('button', { type: 'button' },
          folded[name] ? 'expand this package' : 'collapse this package');
      fold.addEventListener('click', function () { setFolded(name, !folded[name]); showGroup(name); });
      p.appendChild(fold);
      p.appendChild(el('h4', {}, pkg.nodes.length + (pkg.nodes.length === 1 ? ' lock class' : ' lock classes')));
      var list = el('ul');
      pkg.nodes.forEach(function (n) {
        var li = el('li');
        var a = el('a', { href: '#graph' }, data.nodes[n].label);
        a.addEventListener('click', function (e) { e.preventDefault(); showNode(n, true); });
        li.appendChild(a);
        list.appendChild(li);
      });
      p.appendChild(list);
    }
    function setHidden(id, hide) {
      if (hide) { hidden[id] = true; } else { delete hidden[id]; }
      var g = svgs.classes.querySelector('[data-id="' + id + '"]');
      g.classList.toggle('hidden', hide);
      Object.keys(data.arcs).forEach(function (a) {
        var arc = data.arcs[a];
        var e = svgs.classes.querySelector('[data-id="' + a + '"]');
        e.classList.toggle('hidden', !!(hidden[arc.from] || hidden[arc.to]));
      });
      var n = Object.keys(hidden).length;
      unhide.hidden = n === 0;
      unhide.textContent = 'show ' + n + ' hidden';
    }
    function setView(name) {
      if (view === name) { return; }
      svgs[view].setAttribute('hidden', '');
      view = name;
      svgs[view].removeAttribute('hidden');
      document.getElementById('g-packages').checked = name === 'packages';
      fit();
    }

    // Panning with the pointer; a press that barely moves is a click.
    var drag = null;
    viewport.addEventListener('pointerdown', function (e) {
      drag = { x: e.clientX, y: e.clientY, sx: state.x, sy: state.y, moved: false };
    });
    viewport.addEventListener('pointermove', function (e) {
      if (!drag) { return; }
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) > 4) {
        drag.moved = true;
        viewport.classList.add('panning');
        try { viewport.setPointerCapture(e.pointerId); } catch (ignored) { /* not a live pointer */ }
      }
      if (drag.moved) {
        state.x = drag.sx - dx / state.scale;
        state.y = drag.sy - dy / state.scale;
        apply();
      }
    });
    function endDrag(e) {
      if (drag && !drag.moved) { click(e.target); }
      drag = null;
      viewport.classList.remove('panning');
    }
    viewport.addEventListener('pointerup', endDrag);
    viewport.addEventListener('pointercancel', function () { drag = null; });
    viewport.addEventListener('wheel', function (e) {
      e.preventDefault();
      var r = viewport.getBoundingClientRect();
      zoomAt(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });
    function click(target) {
      var g = target.closest ? target.closest('[data-id]') : null;
      if (!g) { return; }
      if (g.classList.contains('group')) {
        // The header's control collapses or expands the package; elsewhere the box is shown.
        var name = g.getAttribute('data-id');
        if (target.closest('.toggle')) { setFolded(name, !folded[name]); } else { fitPackage(name); }
        showGroup(name);
        return;
      }
      var id = g.getAttribute('data-id');
      if (data.nodes[id]) { showNode(id, false); }
      else if (data.arcs[id]) { showArc(id, false); }
      else if (data.packages[id]) { showPackage(id); }
      else if (data.packageArcs[id]) { showPackageArc(id); }
    }
    viewport.addEventListener('keydown', function (e) {
      if ((e.key === 'Enter' || e.key === ' ') && e.target.closest && e.target.closest('[data-id]')) {
        e.preventDefault();
        click(e.target);
      }
      if (e.key === '+' || e.key === '=') { zoomAt(1.25, viewport.clientWidth / 2, viewport.clientHeight / 2); }
      if (e.key === '-') { zoomAt(0.8, viewport.clientWidth / 2, viewport.clientHeight / 2); }
    });

    document.getElementById('g-zoom-in').addEventListener('click', function () {
      zoomAt(1.25, viewport.clientWidth / 2, viewport.clientHeight / 2);
    });
    document.getElementById('g-zoom-out').addEventListener('click', function () {
      zoomAt(0.8, viewport.clientWidth / 2, viewport.clientHeight / 2);
    });
    document.getElementById('g-fit').addEventListener('click', fit);
    document.getElementById('g-actual').addEventListener('click', function () {
      zoomAt(1 / state.scale, viewport.clientWidth / 2, viewport.clientHeight / 2);
    });
    document.getElementById('g-packages').addEventListener('change', function (e) {
      setView(e.target.checked ? 'packages' : 'classes');
    });
    document.getElementById('g-only-cycles').addEventListener('change', function (e) {
      Object.keys(svgs).forEach(function (k) { svgs[k].classList.toggle('only-cycles', e.target.checked); });
    });
    unhide.addEventListener('click', function () {
      Object.keys(hidden).forEach(function (id) { setHidden(id, false); });
    });
    expandAll.addEventListener('click', function () {
      Object.keys(folded).forEach(function (name) { setFolded(name, false); });
    });
    var search = document.getElementById('g-search');
    search.addEventListener('input', function () {
      var q = search.value.trim().toLowerCase();
      svg().classList.toggle('searching', q.length > 0);
      function matches(name) { return q.length > 0 && name.toLowerCase().indexOf(q) >= 0; }
      Array.prototype.forEach.call(svg().querySelectorAll('.node'), function (g) {
        var id = g.getAttribute('data-id');
        g.classList.toggle('match', matches(data.nodes[id] ? data.nodes[id].name : data.packages[id].name));
      });
      // A collapsed package matches when one of its lock classes does.
      Array.prototype.forEach.call(svg().querySelectorAll('.group.collapsed'), function (g) {
        var pkg = data.packages[packageNamed[g.getAttribute('data-id')]];
        g.classList.toggle('match', pkg.nodes.some(function (n) { return matches(data.nodes[n].name); }));
      });
    });
    search.addEventListener('keydown', function (e) {
      if (e.key !== 'Enter') { return; }
      var first = svg().querySelector('.node.match:not(.folded), .group.match');
      if (first) { center(first); click(first); }
    });
    window.addEventListener('resize', apply);
    initialView();
  }
})();
