// Chapter-to-chapter navigation and repeat visits of the course (App A), paired with nothing: absolute times.
// Usage: P4_A=http://127.0.0.1:18080 node nav.mjs [--rounds 5] [--out nav.jsonl]
// Per round: a fresh Chromium and context; a cold first visit of /chapter/history; then, in the same page, a click on
// each chapter in the side navigation in turn (client-side navigation: one server round trip). For each click: ms
// from the click until the new chapter's title is in the DOM ("text") and until its opening figure holds a drawing
// and that frame has been painted ("figure"). Then a repeat visit: a new tab in the same context (warm HTTP cache,
// same session) loads /chapter/mlp and /chapter/neuron by URL: FCP and first chart painted, as measure.mjs.
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, arr) => {
  if (v.startsWith('--')) a.push([v.slice(2), arr[i + 1] && !arr[i + 1].startsWith('--') ? arr[i + 1] : 'true']);
  return a;
}, []));
const A = process.env.P4_A ?? 'http://127.0.0.1:18080';
const ROUNDS = +(args.rounds ?? 5);
const OUT = args.out ?? `/tmp/first-visit/nav-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`;
const ORDER = ['ai-ml-dl', 'neuron', 'perceptron', 'mlp', 'forward-propagation', 'gradient-descent', 'backpropagation', 'history', 'mlp', 'neuron'];

// In the page: click the navigation link of `slug` and time the new chapter's text and painted figure.
const navigate = (slug) => new Promise((resolve) => {
  const oldTitle = document.querySelector('#chapter-title');
  const leadOf = () => document.querySelector('#lead-figure') || document.querySelector('.chapter [data-widget]');
  const oldLead = leadOf();
  const link = document.querySelector(`a[href="chapter/${slug}"]`);
  if (!link) { resolve({ error: 'no link to ' + slug }); return; }
  const drawn = (lead) => {
    const fig = lead && lead.querySelector('dlf-chart, dlf-svg, svg');
    if (!fig) return false;
    const c = fig.querySelector('canvas');
    if (!c) return !!fig.querySelector('circle, rect, path, text, div, span');
    if (!c.width || !c.height) return false;
    const u = new Uint32Array(c.getContext('2d').getImageData(0, 0, c.width, c.height).data.buffer);
    for (let i = 0; i < u.length; i++) if (u[i]) return true;
    return false;
  };
  let text = null;
  const t0 = performance.now();
  link.click();
  const tick = () => {
    const title = document.querySelector('#chapter-title');
    if (text === null && title && title !== oldTitle) text = performance.now() - t0;
    const lead = leadOf();
    if (text !== null && lead && lead !== oldLead && drawn(lead)) {
      const figure = performance.now() - t0;
      const mc = new MessageChannel();
      mc.port1.onmessage = () => resolve({ text, figure, painted: performance.now() - t0, nodes: document.getElementsByTagName('*').length });
      mc.port2.postMessage(0);
      return;
    }
    if (performance.now() - t0 > 20000) { resolve({ error: 'timeout', text }); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});

const idle = (page) => page.waitForFunction(() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
  && Object.values(window.Vaadin.Flow.clients).every((c) => !c.isActive()), null, { timeout: 60000 });

const visitScript = (primary) => {
  const st = (window.__p4 = { fcp: null, chartPainted: null });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') st.fcp = e.startTime; })
    .observe({ type: 'paint', buffered: true });
  const tick = () => {
    const c = document.querySelector(primary);
    if (c && c.width && c.height) {
      const u = new Uint32Array(c.getContext('2d').getImageData(0, 0, c.width, c.height).data.buffer);
      if (u.some((p) => p !== 0)) {
        const mc = new MessageChannel(); mc.port1.onmessage = () => { st.chartPainted = performance.now(); }; mc.port2.postMessage(0);
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

fs.writeFileSync(OUT, '');
for (let r = 0; r < ROUNDS; r++) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await ctx.newPage();
  await page.goto(`${A}/chapter/history`);
  await idle(page);
  for (const slug of ORDER) {
    const res = await page.evaluate(navigate, slug);
    await idle(page);
    const rec = { kind: 'nav', round: r, slug, ...res };
    fs.appendFileSync(OUT, JSON.stringify(rec) + '\n');
    console.log(`r${r} nav ${slug.padEnd(20)} text=${res.text?.toFixed(0)} figure=${res.figure?.toFixed(0)} painted=${res.painted?.toFixed(0)} ${res.error ?? ''}`);
  }
  for (const [slug, primary] of [['mlp', 'dlf-chart#mlp-plot canvas'], ['neuron', 'dlf-chart#activation-plot canvas']]) {
    const tab = await ctx.newPage();
    await tab.addInitScript(visitScript, primary);
    await tab.goto(`${A}/chapter/${slug}`);
    await tab.waitForFunction(() => window.__p4 && window.__p4.chartPainted !== null && window.__p4.fcp !== null, null, { timeout: 60000 });
    const v = await tab.evaluate(() => window.__p4);
    const rec = { kind: 'repeat', round: r, slug, fcp: v.fcp, chartPainted: v.chartPainted };
    fs.appendFileSync(OUT, JSON.stringify(rec) + '\n');
    console.log(`r${r} repeat ${slug.padEnd(17)} fcp=${v.fcp?.toFixed(0)} chart=${v.chartPainted?.toFixed(0)}`);
    await tab.close();
  }
  await browser.close();
}
// summary: medians per kind/slug
const rows = fs.readFileSync(OUT, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const med = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
const fmt = (x) => (x == null ? 'n/a' : x.toFixed(0));
console.log('\n| navigation (click → …), ms, median of ' + ROUNDS + ' rounds | text | figure painted |\n|---|---|---|');
for (const slug of [...new Set(ORDER)]) {
  const s = rows.filter((x) => x.kind === 'nav' && x.slug === slug);
  console.log(`| → ${slug} | ${fmt(med(s.map((x) => x.text)))} | ${fmt(med(s.map((x) => x.painted)))} |`);
}
const all = rows.filter((x) => x.kind === 'nav');
console.log(`| all ${all.length} clicks: median / max | ${fmt(med(all.map((x) => x.text)))} / ${fmt(Math.max(...all.map((x) => x.text ?? 0)))} | ${fmt(med(all.map((x) => x.painted)))} / ${fmt(Math.max(...all.map((x) => x.painted ?? 0)))} |`);
console.log('\n| repeat visit (warm cache), ms | FCP | first chart painted |\n|---|---|---|');
for (const slug of ['mlp', 'neuron']) {
  const s = rows.filter((x) => x.kind === 'repeat' && x.slug === slug);
  console.log(`| /chapter/${slug} | ${fmt(med(s.map((x) => x.fcp)))} | ${fmt(med(s.map((x) => x.chartPainted)))} |`);
}
console.log('wrote', OUT);
