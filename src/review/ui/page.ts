/**
 * The review app's page and style, as strings so that they ship inside the compiled package
 * (package.json "files" holds only dist/**.js) and nothing is fetched from a CDN. The page is
 * a shell; src/review/ui/client.ts fills it.
 */
export const PAGE_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>evaltab review</title>
<link rel="stylesheet" href="/app.css">
</head>
<body>
<header id="bar"><a href="#/" id="home">evaltab review</a><span id="where"></span><span id="keys">j/k record · n/p field · e edit · a accept · x undo · u back · ? help</span></header>
<main id="app"><p class="muted">Loading…</p></main>
<div id="help" hidden>
  <h2>Keys</h2>
  <table>
    <tr><td>j / k</td><td>next / previous record (documents in the list)</td></tr>
    <tr><td>n / p, Tab</td><td>next / previous field of the record</td></tr>
    <tr><td>e or Enter</td><td>edit the field; Enter saves, Esc cancels, an empty value clears it</td></tr>
    <tr><td>a</td><td>accept the record as read</td></tr>
    <tr><td>x</td><td>undo the review of the record</td></tr>
    <tr><td>u or Backspace</td><td>back to the documents</td></tr>
    <tr><td>?</td><td>this help</td></tr>
  </table>
</div>
<script src="/app.js"></script>
</body>
</html>
`;

export const PAGE_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, "Noto Sans CJK SC", sans-serif; color: #1d232a; background: #f4f5f7; }
#bar { position: sticky; top: 0; z-index: 2; display: flex; gap: 16px; align-items: baseline; padding: 8px 16px; background: #1d3557; color: #fff; }
#bar a { color: #fff; font-weight: 600; text-decoration: none; }
#where { flex: 1; }
#keys { font-size: 12px; opacity: .8; }
main { padding: 12px 16px; }
.muted { color: #667; }
table.docs { border-collapse: collapse; background: #fff; width: 100%; }
table.docs th, table.docs td { padding: 6px 10px; border-bottom: 1px solid #e3e6ea; text-align: left; }
table.docs tr.sel { background: #fff3c4; }
.status-ok { color: #1b7f3b; } .status-partial { color: #a65f00; } .status-failed { color: #b3261e; }
.layout { display: grid; grid-template-columns: minmax(260px, 32%) 1fr; gap: 12px; align-items: start; }
.list { background: #fff; max-height: calc(100vh - 110px); overflow: auto; border: 1px solid #e3e6ea; }
.list h3 { margin: 0; padding: 6px 10px; font-size: 13px; background: #eef1f5; position: sticky; top: 0; }
.rec { display: flex; gap: 8px; padding: 4px 10px; cursor: pointer; border-bottom: 1px solid #f0f1f3; }
.rec.sel { background: #fff3c4; }
.rec .title { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.conf { font-variant-numeric: tabular-nums; min-width: 3em; }
.conf.low { color: #b3261e; font-weight: 600; }
.state-accepted::after { content: "✓"; color: #1b7f3b; }
.state-corrected::after { content: "✎"; color: #1d3557; }
.detail { background: #fff; border: 1px solid #e3e6ea; padding: 10px 14px; }
.detail h2 { margin: 0 0 4px; font-size: 18px; }
.fields { border-collapse: collapse; width: 100%; margin: 8px 0; }
.fields td, .fields th { padding: 4px 8px; border-bottom: 1px solid #eef0f2; text-align: left; vertical-align: top; }
.fields tr.focus { background: #e7f0ff; outline: 2px solid #3a6fd8; }
.fields .was { text-decoration: line-through; color: #888; }
.fields .now { color: #1d3557; font-weight: 600; }
.fields .where { font-size: 12px; color: #667; }
.fields input { width: 100%; font: inherit; padding: 2px 4px; }
.flags li, .checks li { margin: 2px 0; }
.flags code, .checks code { background: #f1f3f5; padding: 0 4px; border-radius: 3px; }
.strip { position: relative; overflow: hidden; border: 1px solid #c9ced6; margin: 6px 0; background: #fff; }
.strip img { position: absolute; max-width: none; }
.outline { position: absolute; border: 2px solid #e63946; background: rgba(230, 57, 70, .08); pointer-events: none; }
.outline.other { border: 1px dashed #3a6fd8; background: none; }
.src { font: 13px/1.5 ui-monospace, "Noto Sans Mono CJK SC", monospace; background: #fafbfc; border: 1px solid #e3e6ea; padding: 6px; overflow: auto; }
.src .ln { color: #99a; display: inline-block; min-width: 3em; }
.src .hit { background: #fff3c4; }
.src mark, .cells td.hit { background: #ffd6d9; outline: 2px solid #e63946; }
.cells { border-collapse: collapse; margin: 6px 0; }
.cells td, .cells th { border: 1px solid #c9ced6; padding: 3px 6px; font-size: 13px; }
.cells th { background: #eef1f5; font-weight: normal; }
#help { position: fixed; inset: 15% 25% auto; background: #fff; border: 1px solid #889; padding: 16px; box-shadow: 0 8px 30px rgba(0,0,0,.25); z-index: 3; }
.note { color: #a65f00; }
.debug-link { margin-left: 0.8em; font-size: 0.8em; font-weight: normal; }
`;
