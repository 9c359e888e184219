/**
 * The review app's browser script, as a string served at /app.js (see page.ts for why a
 * string). Plain DOM, no framework: a documents list and a document view (records sorted by
 * confidence, the focused record's fields beside the crop of their source), driven from the
 * keyboard. Every text from a document goes in through textContent, never as HTML.
 * (No backticks or dollar-brace inside: this is a template literal.)
 */
export const CLIENT_JS = String.raw`'use strict';
(function () {
  var app = document.getElementById('app');
  var where = document.getElementById('where');
  var help = document.getElementById('help');
  var state = { docs: [], docSel: 0, doc: null, records: [], sel: 0, field: 0, editing: false };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'class') node.className = attrs[k];
      else if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), attrs[k]);
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }
  function api(path, body) {
    var init = body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {};
    return fetch('/api/documents' + path, init).then(function (r) {
      return r.json().then(function (data) { if (!r.ok) throw new Error(data.error || r.statusText); return data; });
    });
  }
  function pct(c) { return (c * 100).toFixed(0) + '%'; }
  function docPath(id) { return '/' + encodeURIComponent(id); }

  // ---- documents list
  function showDocs() {
    where.textContent = '';
    api('').then(function (docs) {
      state.docs = docs; state.doc = null;
      renderDocs();
    }).catch(showError);
  }
  function renderDocs() {
    var rows = state.docs.map(function (d, i) {
      return el('tr', { class: i === state.docSel ? 'sel' : '', 'data-doc': d.id, onclick: function () { location.hash = '#/d/' + encodeURIComponent(d.id); } }, [
        el('td', {}, [el('a', { href: '#/d/' + encodeURIComponent(d.id), text: d.path })]),
        el('td', { text: d.format }),
        el('td', { class: 'status-' + d.status, text: d.status }),
        el('td', { text: String(d.tables) }), el('td', { text: String(d.records) }),
        el('td', { text: String(d.needsReview) }), el('td', { text: String(d.reviewed) }), el('td', { text: String(d.corrected) }),
      ]);
    });
    app.replaceChildren(el('table', { class: 'docs' }, [
      el('thead', {}, [el('tr', {}, ['document', 'format', 'status', 'tables', 'records', 'to review (< 0.8)', 'reviewed', 'corrected'].map(function (h) { return el('th', { text: h }); }))]),
      el('tbody', {}, rows),
    ]));
    if (state.docs.length === 0) app.appendChild(el('p', { class: 'muted', text: 'No evaltab Documents in this directory.' }));
  }

  // ---- one document
  function showDoc(id, focus) {
    api(docPath(id)).then(function (doc) {
      state.doc = doc;
      state.records = [];
      doc.tables.forEach(function (t) { t.records.forEach(function (r) { r.tableInfo = t; state.records.push(r); }); });
      var found = focus ? state.records.findIndex(function (r) { return r.table + '/' + r.path === focus; }) : -1;
      state.sel = found >= 0 ? found : 0;
      state.field = firstField(state.records[state.sel]);
      where.textContent = doc.path + ' · ' + doc.status;
      renderDoc();
    }).catch(showError);
  }
  function renderDoc() {
    var doc = state.doc;
    var list = el('div', { class: 'list', id: 'records' });
    doc.tables.forEach(function (t) {
      list.appendChild(el('h3', { text: t.id + ' · ' + t.kind + (t.project ? ' · ' + t.project : '') + ' · ' + pct(t.confidence) }));
      t.records.forEach(function (r) {
        var i = state.records.indexOf(r);
        list.appendChild(el('div', { class: 'rec' + (i === state.sel ? ' sel' : ''), 'data-record': r.table + '/' + r.path, onclick: function () { select(i); } }, [
          el('span', { class: 'conf' + (r.needsReview ? ' low' : ''), text: pct(r.confidence) }),
          el('span', { class: 'title', text: r.title }),
          el('span', { class: 'flagcount muted', text: r.flags.length ? r.flags.length + ' flag' + (r.flags.length > 1 ? 's' : '') : '' }),
          el('span', { class: r.review ? 'state-' + r.review.status : '' }),
        ]));
      });
    });
    var notes = [];
    if (doc.stale) notes.push(el('p', { class: 'note', text: 'The review file was made for other bytes of this source; its corrections are not applied (it is set aside on the first new decision).' }));
    if (doc.diagnostics.length) notes.push(el('details', {}, [el('summary', { class: 'muted', text: doc.diagnostics.length + ' diagnostics' })].concat(doc.diagnostics.map(function (d) { return el('p', { class: 'muted', text: d.level + ' ' + d.code + ': ' + d.message }); }))));
    app.replaceChildren(el('div', {}, notes), el('div', { class: 'layout' }, [list, el('div', { class: 'detail', id: 'detail' })]));
    renderRecord();
    var sel = list.querySelector('.rec.sel');
    if (sel) sel.scrollIntoView({ block: 'nearest' });
  }
  function select(i) {
    if (i < 0 || i >= state.records.length) return;
    state.sel = i; state.field = firstField(state.records[i]); state.editing = false;
    var r = state.records[i];
    history.replaceState(null, '', '#/d/' + encodeURIComponent(state.doc.id) + '/' + encodeURIComponent(r.table + '/' + r.path));
    renderDoc();
  }
  function current() { return state.records[state.sel]; }
  /** the 三级 name (or the first field read from a cell) first: the 一级/二级 labels are merged cells */
  function firstField(r) {
    if (!r) return 0;
    var k = r.fields.findIndex(function (f) { return f.name === 'level3'; });
    if (k < 0) k = r.fields.findIndex(function (f) { return f.cells.length > 0; });
    return Math.max(0, k);
  }

  function renderRecord() {
    var r = current();
    var detail = document.getElementById('detail');
    if (!r) { detail.replaceChildren(el('p', { class: 'muted', text: 'No records in this document.' })); return; }
    var status = r.review ? r.review.status + ' ' + r.review.at.slice(0, 16).replace('T', ' ') : 'not reviewed';
    var rows = r.fields.map(function (f, k) {
      var value = f.corrected !== undefined
        ? el('td', {}, [el('span', { class: 'was', text: f.value === null ? '∅' : f.value }), ' ', el('span', { class: 'now', text: f.corrected === null ? '∅ (cleared)' : f.corrected })])
        : el('td', { class: 'value', text: f.value === null ? '∅' : f.value });
      if (k === state.field && state.editing) {
        var input = el('input', { id: 'edit', value: f.corrected !== undefined && f.corrected !== null ? f.corrected : (f.value || '') });
        value = el('td', {}, [input]);
      }
      return el('tr', { class: k === state.field ? 'focus' : '', 'data-field': f.name, onclick: function () { state.field = k; renderRecord(); } }, [
        el('th', { text: f.label }), value, el('td', { class: 'where', text: whereOf(f.cells) }),
      ]);
    });
    var flags = r.flags.length ? el('ul', { class: 'flags' }, r.flags.map(function (f) { return el('li', {}, [el('code', { text: f.name }), ' ' + f.meaning]); })) : el('p', { class: 'muted', text: 'No flags: read cleanly.' });
    var checks = r.checks.length ? el('ul', { class: 'checks' }, r.checks.map(function (c) { return el('li', {}, [el('code', { text: c.name }), ' ' + c.meaning + ' — ' + c.message]); })) : null;
    detail.replaceChildren.apply(detail, [
      el('h2', { text: r.title }),
      el('div', { class: 'muted', text: r.tableInfo.id + ' · ' + r.path + ' · confidence ' + pct(r.confidence) + (r.needsReview ? ' (review needed)' : '') + ' · ' + status }),
      el('table', { class: 'fields' }, [el('tbody', {}, rows)]),
      el('h4', { text: 'Flags' }), flags,
      checks ? el('h4', { text: 'Checks that failed' }) : null, checks,
      el('h4', {}, ['Source'].concat(debugLinks(r))), el('div', { id: 'source' }),
    ].filter(Boolean));
    var input = document.getElementById('edit');
    if (input) { input.focus(); input.select(); }
    renderSource(r);
  }
  /** links to the extract --debug overlays of the record's pages: how the table was understood */
  function debugLinks(r) {
    var have = state.doc.debugPages || [];
    var pages = [];
    r.fields.forEach(function (f) { f.cells.forEach(function (c) { if (c.page && have.indexOf(c.page) >= 0 && pages.indexOf(c.page) < 0) pages.push(c.page); }); });
    return pages.sort(function (a, b) { return a - b; }).map(function (p) {
      return el('a', { class: 'debug-link', href: '/api/documents' + docPath(state.doc.id) + '/debug/' + p, target: '_blank', rel: 'noopener',
        title: 'rulings, cells, tables and column roles found on page ' + p, text: 'debug p.' + p });
    });
  }
  function whereOf(cells) {
    if (!cells.length) return '';
    var c = cells[0];
    var at = [];
    if (c.page) at.push('p.' + c.page);
    if (c.line) at.push('line ' + c.line);
    if (c.grid !== null) at.push('table ' + (c.grid + 1) + ' row ' + (c.row + 1) + ' cell ' + (c.col + 1));
    return at.join(' · ') + (cells.length > 1 ? ' (+' + (cells.length - 1) + ')' : '');
  }

  // ---- the source beside the record
  function renderSource(r) {
    var box = document.getElementById('source');
    var field = r.fields[state.field];
    var fmt = state.doc.source.format;
    if (r.strips.length && state.doc.sourceAvailable) return box.replaceChildren.apply(box, r.strips.map(function (s) { return stripOf(s, r, field); }));
    if (fmt === 'text' && state.doc.sourceAvailable && (r.lines || (field && field.cells.length && field.cells[0].line))) return textLines(box, r, field);
    box.replaceChildren(cellsTable(r, field));
    if (!state.doc.sourceAvailable && (fmt === 'pdf' || fmt === 'image' || fmt === 'text')) box.appendChild(el('p', { class: 'note', text: 'The source file ' + state.doc.source.path + ' is not found from here: showing the extracted cells.' }));
  }
  function stripOf(s, r, field) {
    // fit the panel, but never magnify more than a 150 dpi rendering (2 px per pt, 0.6 px per scan pixel)
    var room = Math.min(document.getElementById('detail').clientWidth - 30, 900);
    var k = Math.min(room / (s.box[2] - s.box[0]), s.unit === 'pt' ? 2 : 0.6);
    var width = Math.round((s.box[2] - s.box[0]) * k);
    var div = el('div', { class: 'strip', 'data-role': s.role, 'data-page': String(s.page), style: 'width:' + width + 'px;height:' + Math.round((s.box[3] - s.box[1]) * k) + 'px' });
    var img = el('img', { alt: 'page ' + s.page, src: '/api/documents' + docPath(state.doc.id) + '/pages/' + s.page,
      'data-page-size': s.pageSize.join(','),
      style: 'left:' + (-s.box[0] * k) + 'px;top:' + (-s.box[1] * k) + 'px;width:' + (s.pageSize[0] * k) + 'px' });
    div.appendChild(img);
    r.fields.forEach(function (f) {
      f.cells.forEach(function (c) {
        if (c.page !== s.page || !c.box || c.box[3] < s.box[1] || c.box[1] > s.box[3]) return;
        // the focused field outlined strongly, the other fields of the row faintly
        div.appendChild(el('div', { class: 'outline' + (f === field ? ' focus' : ' other'), 'data-field': f.name, 'data-box': c.box.join(','),
          style: 'left:' + (c.box[0] - s.box[0]) * k + 'px;top:' + (c.box[1] - s.box[1]) * k + 'px;width:' + (c.box[2] - c.box[0]) * k + 'px;height:' + (c.box[3] - c.box[1]) * k + 'px' }));
      });
    });
    return div;
  }
  function textLines(box, r, field) {
    var lines = r.lines || [field.cells[0].line, field.cells[0].line];
    var from = Math.max(1, lines[0] - 2), to = lines[1] + 2;
    box.replaceChildren(el('p', { class: 'muted', text: 'Loading lines ' + from + '–' + to + '…' }));
    api(docPath(state.doc.id) + '/lines?from=' + from + '&to=' + to).then(function (got) {
      var hitLines = field ? field.cells.map(function (c) { return c.line; }) : [];
      var pre = el('pre', { class: 'src' }, got.map(function (l) {
        var inRecord = l.line >= lines[0] && l.line <= lines[1];
        var parts = l.text.split('\t');
        var cols = field ? field.cells.filter(function (c) { return c.line === l.line; }).map(function (c) { return c.col; }) : [];
        var spans = parts.map(function (p, i) { return cols.indexOf(i) >= 0 ? el('mark', { text: p }) : document.createTextNode(p); });
        var withTabs = [];
        spans.forEach(function (s, i) { if (i) withTabs.push(document.createTextNode('\t')); withTabs.push(s); });
        return el('div', { class: inRecord || hitLines.indexOf(l.line) >= 0 ? 'hit' : '', 'data-line': String(l.line) }, [el('span', { class: 'ln', text: String(l.line) })].concat(withTabs));
      }));
      box.replaceChildren(pre);
    }).catch(function (e) { box.replaceChildren(el('p', { class: 'note', text: e.message }), cellsTable(r, field)); });
  }
  function cellsTable(r, field) {
    var header = (r.tableInfo.header || []).slice().sort(function (a, b) { return a.row - b.row || a.col - b.col; });
    var cols = r.sourceText.split('\n')[0].split('\t');
    var hit = field && field.cells.length ? field.cells.map(function (c) { return c.col; }) : [];
    var headRow = el('tr', {}, cols.map(function (_, i) {
      var h = header.filter(function (c) { return c.col === i; }).map(function (c) { return c.text; }).join(' / ');
      return el('th', { text: h });
    }));
    var bodyRows = r.sourceText.split('\n').map(function (line, n) {
      return el('tr', {}, line.split('\t').map(function (t, i) { return el('td', { class: n === 0 && hit.indexOf(i) >= 0 ? 'hit' : '', text: t }); }));
    });
    return el('div', {}, [el('table', { class: 'cells' }, [el('thead', {}, [headRow]), el('tbody', {}, bodyRows)]), el('p', { class: 'muted', text: field ? whereOf(field.cells) : '' })]);
  }

  // ---- decisions
  function decide(body) {
    var r = current();
    body.table = r.table; body.record = r.path;
    return api(docPath(state.doc.id) + '/decisions', body).then(function (updated) {
      var keep = state.field;
      updated.tableInfo = r.tableInfo;
      state.records[state.sel] = updated;
      var list = r.tableInfo.records; list[list.indexOf(r)] = updated;
      state.editing = false; state.field = keep;
      renderDoc();
    }).catch(showError);
  }
  function saveEdit() {
    var input = document.getElementById('edit');
    var field = current().fields[state.field];
    decide({ action: 'correct', field: field.name, value: input.value });
  }

  function showError(e) { app.appendChild(el('p', { class: 'note', text: 'Error: ' + e.message })); }

  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (state.editing) {
      if (ev.key === 'Enter') { ev.preventDefault(); saveEdit(); }
      else if (ev.key === 'Escape') { state.editing = false; renderRecord(); }
      return;
    }
    if (ev.key === '?') { help.hidden = !help.hidden; return; }
    if (ev.key === 'Escape') { help.hidden = true; return; }
    if (!state.doc) {
      if (ev.key === 'j' || ev.key === 'k') { state.docSel = Math.max(0, Math.min(state.docs.length - 1, state.docSel + (ev.key === 'j' ? 1 : -1))); renderDocs(); }
      else if (ev.key === 'Enter' && state.docs[state.docSel]) location.hash = '#/d/' + encodeURIComponent(state.docs[state.docSel].id);
      return;
    }
    var r = current();
    var fields = r ? r.fields.length : 0;
    if (ev.key === 'j') select(state.sel + 1);
    else if (ev.key === 'k') select(state.sel - 1);
    else if (ev.key === 'n' || (ev.key === 'Tab' && !ev.shiftKey)) { ev.preventDefault(); state.field = (state.field + 1) % fields; renderRecord(); }
    else if (ev.key === 'p' || (ev.key === 'Tab' && ev.shiftKey)) { ev.preventDefault(); state.field = (state.field - 1 + fields) % fields; renderRecord(); }
    else if ((ev.key === 'e' || ev.key === 'Enter') && r) { ev.preventDefault(); state.editing = true; renderRecord(); }
    else if (ev.key === 'a' && r) decide({ action: 'accept' });
    else if (ev.key === 'x' && r) decide({ action: 'reset' });
    else if (ev.key === 'u' || ev.key === 'Backspace') location.hash = '#/';
  });

  function route() {
    var m = /^#\/d\/([^/]+)(?:\/(.+))?$/.exec(location.hash);
    help.hidden = true;
    if (m) showDoc(decodeURIComponent(m[1]), m[2] ? decodeURIComponent(m[2]) : null);
    else showDocs();
  }
  window.addEventListener('hashchange', route);
  route();
})();
`;
