// heapsim html: steps through a run embedded in this page (no network, no libraries).
(function () {
  'use strict';
  var RUN = JSON.parse(document.getElementById('heapsim-run').textContent);
  var PROGRAM = JSON.parse(document.getElementById('heapsim-program').textContent);
  var STEPS = RUN.steps;
  var ATOMS = new Set(['str', 'int', 'float', 'complex', 'bytes', 'bool', 'NoneType']);
  // roots whose objects are the interpreter's own, not the program's
  var INTERNAL_ROOTS = new Set(['interned strings', 'interpreter (sys, builtins)', 'code constants', 'builtins module',
    "built-in types' methods", 'thread (running frames)']);
  // objects shown as nodes without their insides (a class's dict, a function's globals...)
  var LEAF_TYPES = new Set(['type', 'function', 'module', 'code', 'frame', 'builtin_function_or_method',
    'method_descriptor', 'getset_descriptor', 'member_descriptor', 'wrapper_descriptor', 'classmethod', 'staticmethod']);
  var SVGNS = 'http://www.w3.org/2000/svg';
  var NODE_W = 204, NODE_H = 36, ROW_GAP = 14, COL_GAP = 64, NAME_W = 150, NAME_H = 22, MARGIN = 12;
  var state = { index: 0, selected: null, showAtoms: false, showInternals: false, showDetail: false };

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function sv(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function clip(s, n) { return s.length > n ? s.slice(0, n - 1) + '\u2026' : s; }

  // every label the run ever gave an object, for objects that are gone
  var LABELS = new Map();
  STEPS.forEach(function (s) {
    s.heap.objects.forEach(function (o) { if (!LABELS.has(o.id)) LABELS.set(o.id, o.label); });
    s.events.forEach(function (e) { if (e.type === 'Freed' && !LABELS.has(e.object)) LABELS.set(e.object, e.label); });
  });
  function labelOf(id) { return LABELS.has(id) ? LABELS.get(id) : '#' + id; }

  // per-step indexes (a few kept)
  var cache = new Map();
  function indexOf(i) {
    if (i < 0) return null;
    if (cache.has(i)) return cache.get(i);
    var s = STEPS[i], objects = new Map(), out = new Map(), weakOut = new Map(), sig = new Map();
    s.heap.objects.forEach(function (o) { objects.set(o.id, o); });
    s.heap.edges.forEach(function (e) { if (!out.has(e.from)) out.set(e.from, []); out.get(e.from).push(e); });
    s.heap.weakEdges.forEach(function (w) { if (!weakOut.has(w.weakref)) weakOut.set(w.weakref, []); weakOut.get(w.weakref).push(w); });
    objects.forEach(function (o, id) {
      sig.set(id, [o.refcount, o.tracked, o.generation, o.finalized, o.reachable,
        (out.get(id) || []).map(function (e) { return e.slot + '>' + e.to; }).join(','),
        (weakOut.get(id) || []).map(function (w) { return w.referent; }).join(',')].join('|'));
    });
    var ix = { step: s, objects: objects, out: out, weakOut: weakOut, sig: sig };
    cache.set(i, ix);
    if (cache.size > 8) cache.delete(cache.keys().next().value);
    return ix;
  }

  function bindingsOf(s) {
    var groups = [{ title: 'globals', names: s.globals }];
    s.frames.forEach(function (f) { groups.push({ title: 'frame ' + f.name, names: f.locals }); });
    return groups;
  }

  /** The objects the graph shows: the program's (from its names, its roots, and garbage) unless all are asked for. */
  function visibleIds(ix) {
    var s = ix.step, seen = new Set(), queue = [];
    function start(id) { if (ix.objects.has(id) && !seen.has(id)) { seen.add(id); queue.push(id); } }
    if (state.showInternals) {
      s.heap.objects.forEach(function (o) { start(o.id); });
    } else {
      bindingsOf(s).forEach(function (g) { Object.keys(g.names).forEach(function (n) { start(g.names[n]); }); });
      s.heap.roots.forEach(function (r) { if (!INTERNAL_ROOTS.has(r.label)) r.held.forEach(start); });
      s.heap.objects.forEach(function (o) { if (!o.reachable) start(o.id); });
      while (queue.length) {
        var id = queue.shift();
        if (LEAF_TYPES.has(ix.objects.get(id).type)) continue;
        (ix.out.get(id) || []).forEach(function (e) { start(e.to); });
        (ix.weakOut.get(id) || []).forEach(function (w) { start(w.referent); });
      }
    }
    var shown = new Set();
    s.heap.objects.forEach(function (o) {
      if (seen.has(o.id) && !o.immortal && (state.showAtoms || !ATOMS.has(o.type) || o.id === state.selected)) shown.add(o.id);
    });
    if (state.selected !== null && ix.objects.has(state.selected)) shown.add(state.selected);
    return shown;
  }

  /** Columns by distance from the names (breadth-first, snapshot order breaking ties); garbage below. */
  function layout(ix, shown) {
    var s = ix.step, col = new Map(), order = [], queue = [];
    function place(id, c) { if (shown.has(id) && !col.has(id)) { col.set(id, c); order.push(id); queue.push(id); } }
    function spread() {
      while (queue.length) {
        var id = queue.shift(), c = col.get(id);
        (ix.out.get(id) || []).forEach(function (e) { place(e.to, c + 1); });
        (ix.weakOut.get(id) || []).forEach(function (w) { place(w.referent, c + 1); });
      }
    }
    bindingsOf(s).forEach(function (g) { Object.keys(g.names).forEach(function (n) { place(g.names[n], 0); }); });
    spread();
    s.heap.objects.forEach(function (o) { if (o.reachable) { place(o.id, 0); spread(); } });
    var firstGarbage = order.length;
    s.heap.objects.forEach(function (o) { place(o.id, 0); spread(); });
    // names on the left
    var names = [], y = MARGIN;
    bindingsOf(s).forEach(function (g) {
      var keys = Object.keys(g.names);
      if (!keys.length && g.title === 'globals') return;
      names.push({ title: g.title, y: y });
      y += 16;
      keys.forEach(function (n) { names.push({ name: n, target: g.names[n], y: y }); y += NAME_H + 6; });
      y += 6;
    });
    var x0 = MARGIN + NAME_W + COL_GAP, colY = [], pos = new Map(), garbageTop = 0;
    order.forEach(function (id, k) {
      var c = col.get(id);
      if (k === firstGarbage) {
        garbageTop = Math.max.apply(null, colY.concat([y, MARGIN])) + 2 * ROW_GAP;
      }
      var top = k >= firstGarbage ? Math.max(colY[c] || 0, garbageTop) : (colY[c] || MARGIN);
      pos.set(id, { x: x0 + c * (NODE_W + COL_GAP), y: top, col: c });
      colY[c] = top + NODE_H + ROW_GAP;
    });
    var width = x0 + Math.max(1, colY.length) * (NODE_W + COL_GAP) + 40;
    var height = Math.max(y, Math.max.apply(null, colY.concat([MARGIN]))) + 30;
    return { pos: pos, names: names, width: width, height: height, garbageTop: order.length > firstGarbage ? garbageTop : 0 };
  }

  /** A reference from box a to box b: forward left to right, backward right to left, within a column a bulge to the right. */
  function route(a, b) {
    var ay = a.y + NODE_H / 2, by = b.y + NODE_H / 2, ax, bx, c1x, c2x;
    if (b.col > a.col) {
      ax = a.x + NODE_W; bx = b.x;
      var d = Math.max(30, (bx - ax) / 2); c1x = ax + d; c2x = bx - d;
    } else if (b.col < a.col) {
      ax = a.x; bx = b.x + NODE_W;
      var e = Math.max(30, (ax - bx) / 2); c1x = ax - e; c2x = bx + e;
    } else {
      ax = a.x + NODE_W; bx = b.x + NODE_W;
      var bulge = 24 + Math.min(60, Math.abs(by - ay) / 6); c1x = ax + bulge; c2x = bx + bulge;
    }
    var mid = { x: 0.125 * ax + 0.375 * c1x + 0.375 * c2x + 0.125 * bx, y: 0.5 * ay + 0.5 * by };
    return { d: 'M' + ax + ',' + ay + ' C' + c1x + ',' + ay + ' ' + c2x + ',' + by + ' ' + bx + ',' + by, mid: mid };
  }

  function drawHeap(ix, prev, shown) {
    var svg = $('heap'), L = layout(ix, shown), s = ix.step;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    svg.setAttribute('width', L.width);
    svg.setAttribute('height', L.height);
    svg.setAttribute('viewBox', '0 0 ' + L.width + ' ' + L.height);
    var defs = sv('defs');
    [['arrow', '#57606a'], ['arrow-weak', '#3366cc'], ['arrow-name', '#8fb3e8']].forEach(function (m) {
      var marker = sv('marker', { id: m[0], viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' });
      marker.appendChild(sv('path', { d: 'M0,0 L10,5 L0,10 z', fill: m[1] }));
      defs.appendChild(marker);
    });
    svg.appendChild(defs);
    var edges = sv('g', { 'class': 'edges' }), nodes = sv('g', { 'class': 'nodes' });
    svg.appendChild(edges);
    svg.appendChild(nodes);
    if (L.garbageTop) {
      nodes.appendChild(sv('text', { x: MARGIN + NAME_W + COL_GAP, y: L.garbageTop - 6, 'class': 'frame-title' }, 'awaiting collection (no root reaches these)'));
    }
    // names
    L.names.forEach(function (n) {
      if (n.title) { nodes.appendChild(sv('text', { x: MARGIN, y: n.y + 11, 'class': 'frame-title' }, n.title)); return; }
      var g = sv('g', { 'class': 'name', 'data-name': n.name });
      var target = ix.objects.get(n.target), text = n.name;
      if (!L.pos.has(n.target)) text += ' = ' + (target ? target.label : labelOf(n.target));
      g.appendChild(sv('rect', { x: MARGIN, y: n.y, width: NAME_W, height: NAME_H, rx: 3 }));
      g.appendChild(sv('text', { x: MARGIN + 6, y: n.y + 15 }, clip(text, 22)));
      g.appendChild(sv('title', {}, text));
      nodes.appendChild(g);
      if (L.pos.has(n.target)) {
        var p = L.pos.get(n.target);
        var c = route({ x: MARGIN + NAME_W - NODE_W, y: n.y + NAME_H / 2 - NODE_H / 2, col: -1 }, p);
        edges.appendChild(sv('path', { d: c.d, 'class': 'edge binding', 'marker-end': 'url(#arrow-name)' }));
      }
    });
    // strong and weak references between shown objects
    s.heap.edges.forEach(function (e) {
      if (!L.pos.has(e.from) || !L.pos.has(e.to)) return;
      var a = L.pos.get(e.from), b = L.pos.get(e.to), path;
      if (e.from === e.to) {
        var x = a.x + NODE_W, y = a.y;
        path = { d: 'M' + x + ',' + (y + 8) + ' C' + (x + 40) + ',' + (y - 14) + ' ' + (x + 40) + ',' + (y + NODE_H + 14) + ' ' + x + ',' + (y + NODE_H - 8), mid: { x: x + 32, y: y + NODE_H / 2 } };
      } else {
        path = route(a, b);
      }
      var toClass = e.slot === '.__class__';
      var p = sv('path', { d: path.d, 'class': 'edge strong' + (toClass ? ' to-class' : ''), 'marker-end': 'url(#arrow)', 'data-from': e.from, 'data-to': e.to });
      p.appendChild(sv('title', {}, labelOf(e.from) + e.slot + ' \u2192 ' + labelOf(e.to)));
      edges.appendChild(p);
      var slot = e.slot.trim();
      if (slot && !toClass && b.col > a.col) edges.appendChild(sv('text', { x: path.mid.x, y: path.mid.y - 3, 'class': 'slot', 'text-anchor': 'middle' }, clip(slot, 18)));
    });
    s.heap.weakEdges.forEach(function (w) {
      if (!L.pos.has(w.weakref) || !L.pos.has(w.referent)) return;
      var a = L.pos.get(w.weakref), b = L.pos.get(w.referent);
      var path = route(a, b);
      var p = sv('path', { d: path.d, 'class': 'edge weak', 'marker-end': 'url(#arrow-weak)', 'data-from': w.weakref, 'data-to': w.referent });
      p.appendChild(sv('title', {}, 'weak reference' + (w.hasCallback ? ' with a callback' : '') + ': ' + labelOf(w.weakref) + ' \u2192 ' + labelOf(w.referent)));
      edges.appendChild(p);
    });
    // objects
    var changed = [];
    s.heap.objects.forEach(function (o) {
      if (!L.pos.has(o.id)) return;
      var p = L.pos.get(o.id);
      var isChanged = !prev || !prev.sig.has(o.id) || prev.sig.get(o.id) !== ix.sig.get(o.id);
      if (isChanged) changed.push(o.label);
      var cls = 'node' + (o.reachable ? '' : ' garbage') + (isChanged ? ' changed' : '') + (o.id === state.selected ? ' selected' : '');
      var g = sv('g', { 'class': cls, 'data-id': o.id, 'data-type': o.type, 'data-label': o.label, 'data-refcount': o.refcount });
      g.appendChild(sv('rect', { x: p.x, y: p.y, width: NODE_W, height: NODE_H, rx: 4 }));
      g.appendChild(sv('text', { x: p.x + 6, y: p.y + 14 }, clip(o.label, 30)));
      var info = 'refcount ' + o.refcount + (o.tracked ? '  gen ' + o.generation : '') + (o.finalized ? '  __del__ ran' : '') +
        (!prev || !prev.sig.has(o.id) ? '  new' : '');
      g.appendChild(sv('text', { x: p.x + 6, y: p.y + 29, 'class': 'rc' }, info));
      g.appendChild(sv('title', {}, o.label + ' (' + o.type + ')' + (o.reachable ? '' : ': awaiting collection')));
      g.addEventListener('click', function () { select(o.id); });
      nodes.appendChild(g);
    });
    return changed;
  }

  function objref(id, dead) {
    var a = el('span', { 'class': 'objref' + (dead ? ' dead' : ''), 'data-id': id }, labelOf(id));
    a.addEventListener('click', function () { select(id); });
    return a;
  }

  function drawNames(s) {
    var box = $('names');
    box.textContent = '';
    bindingsOf(s).forEach(function (g) {
      var keys = Object.keys(g.names);
      box.appendChild(el('h3', {}, g.title));
      if (!keys.length) { box.appendChild(el('div', { 'class': 'hint' }, 'no names')); return; }
      var t = el('table');
      keys.forEach(function (n) {
        var tr = el('tr');
        tr.appendChild(el('td', { 'class': 'name' }, n));
        var td = el('td');
        td.appendChild(objref(g.names[n], false));
        tr.appendChild(td);
        t.appendChild(tr);
      });
      box.appendChild(t);
    });
  }

  function drawSource(s) {
    var list = $('source');
    if (!list.childNodes.length) {
      PROGRAM.source.split('\n').forEach(function (line) {
        list.appendChild(el('li', line.trim().startsWith('#') ? { 'class': 'comment' } : {}, line || ' '));
      });
    }
    var old = list.querySelector('li.current');
    if (old) old.classList.remove('current');
    var cur = s.line > 0 ? list.childNodes[s.line - 1] : null;
    if (cur) {
      cur.classList.add('current');
      if (cur.offsetTop < list.scrollTop || cur.offsetTop + cur.offsetHeight > list.scrollTop + list.clientHeight) {
        list.scrollTop = cur.offsetTop - list.clientHeight / 2;
      }
    }
  }

  function drawOutput(s, prevStep) {
    var pre = $('stdout'), before = prevStep ? prevStep.stdout : '';
    pre.textContent = '';
    var old = s.stdout.startsWith(before) ? before : '';
    pre.appendChild(document.createTextNode(old));
    if (s.stdout.length > old.length) pre.appendChild(el('span', { 'class': 'new' }, s.stdout.slice(old.length)));
    if (!s.stdout) pre.appendChild(el('span', { 'class': 'hint' }, 'nothing printed yet'));
    pre.scrollTop = pre.scrollHeight;
  }

  function drawEvents(s) {
    var list = $('events'), freed = [];
    list.textContent = '';
    s.events.forEach(function (e) {
      if (e.type === 'Freed' && !e.detail) freed.push(e);
      if (e.summary === undefined || (e.detail && !state.showDetail)) return;
      var li = el('li', { 'class': e.type }, '  '.repeat(e.indent || 0) + e.summary);
      var id = e.object !== undefined ? e.object : e.weakref;
      if (id !== undefined) { li.classList.add('clickable'); li.addEventListener('click', function () { select(id); }); }
      list.appendChild(li);
    });
    if (!list.childNodes.length) list.appendChild(el('li', { 'class': 'hint' }, 'no heap events'));
    var box = $('freed');
    box.textContent = '';
    if (freed.length) {
      box.appendChild(document.createTextNode('freed in this step: '));
      freed.forEach(function (e, k) {
        if (k) box.appendChild(document.createTextNode(', '));
        box.appendChild(objref(e.object, true));
      });
    }
    return s.events.filter(function (e) { return e.type === 'Freed'; }).map(function (e) { return e.label; });
  }

  function whyText(ix) {
    var id = state.selected;
    if (id === null) return null;
    if (ix.objects.has(id)) {
      var w = ix.step.whyAlive && ix.step.whyAlive[id];
      return w || labelOf(id) + ' is alive (refcount ' + ix.objects.get(id).refcount + '); no explanation was recorded for it';
    }
    if (RUN.whyDead && RUN.whyDead[id]) {
      var freedAt = -1;
      for (var i = 0; i <= state.index; i++) {
        if (STEPS[i].events.some(function (e) { return e.type === 'Freed' && e.object === id; })) freedAt = i;
      }
      if (freedAt >= 0) return labelOf(id) + ' is dead: ' + RUN.whyDead[id];
    }
    return labelOf(id) + ' does not exist at this step';
  }

  function render() {
    var i = state.index, s = STEPS[i], ix = indexOf(i), prev = indexOf(i - 1);
    $('step-label').textContent = 'step ' + (i + 1) + ' / ' + STEPS.length;
    $('step-source').textContent = (s.line > 0 ? 'line ' + s.line + ': ' : '') + s.source;
    $('slider').value = i + 1;
    $('first').disabled = $('prev').disabled = i === 0;
    $('next').disabled = $('last').disabled = i === STEPS.length - 1;
    drawSource(s);
    drawNames(s);
    drawOutput(s, prev && prev.step);
    var shown = visibleIds(ix);
    var changed = drawHeap(ix, prev, shown);
    var freed = drawEvents(s);
    var why = whyText(ix);
    $('why').textContent = why === null ? '' : why;
    $('why-hint').textContent = why === null ? 'click an object, a name or an event' : labelOf(state.selected);
    var types = {};
    shown.forEach(function (id) { var t = ix.objects.get(id).type; types[t] = (types[t] || 0) + 1; });
    var status = {
      step: i + 1, steps: STEPS.length, line: s.line, source: s.source, objects: s.heap.objects.length,
      shown: shown.size, types: types, freed: freed, changed: changed,
      selected: state.selected === null ? null : labelOf(state.selected), why: why
    };
    $('heapsim-status').textContent = JSON.stringify(status);
    document.body.setAttribute('data-step', String(i + 1));
  }

  function go(i) {
    state.index = Math.max(0, Math.min(STEPS.length - 1, i));
    try { history.replaceState(null, '', '#step=' + (state.index + 1)); } catch (e) { /* some file: URLs refuse */ }
    render();
  }

  function select(id) {
    state.selected = state.selected === id ? null : id;
    render();
  }

  function fromHash() {
    var p = new URLSearchParams(location.hash.slice(1));
    if (p.has('step')) state.index = Math.max(0, Math.min(STEPS.length - 1, (parseInt(p.get('step'), 10) || 1) - 1));
    if (p.get('select')) state.selected = Number(p.get('select'));
    return p;
  }

  function onKey(e) {
    if (e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA') && e.target.type !== 'checkbox') return;
    if (e.key === 'ArrowRight') go(state.index + 1);
    else if (e.key === 'ArrowLeft') go(state.index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(STEPS.length - 1);
    else return;
    e.preventDefault();
  }

  $('meta').textContent = 'Python ' + RUN.python + ' \u00b7 ' + STEPS.length + ' steps \u00b7 exit status ' + RUN.exitStatus;
  $('slider').max = STEPS.length;
  $('first').addEventListener('click', function () { go(0); });
  $('prev').addEventListener('click', function () { go(state.index - 1); });
  $('next').addEventListener('click', function () { go(state.index + 1); });
  $('last').addEventListener('click', function () { go(STEPS.length - 1); });
  $('slider').addEventListener('input', function () { go(parseInt($('slider').value, 10) - 1); });
  [['show-atoms', 'showAtoms'], ['show-internals', 'showInternals'], ['show-detail', 'showDetail']].forEach(function (c) {
    $(c[0]).addEventListener('change', function () { state[c[1]] = $(c[0]).checked; render(); });
  });
  document.addEventListener('keydown', onKey);
  window.addEventListener('hashchange', function () { fromHash(); render(); });
  var params = fromHash();
  render();
  // "keys=ArrowRight,ArrowRight" presses keys after loading (a test and demo hook)
  if (params.has('keys')) {
    params.get('keys').split(',').forEach(function (k) {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    });
  }
})();
