// Typesets formulas with KaTeX for org.dlf.content.MathCache: node render-formulas.mjs FORMULAS.json OUT.json
// FORMULAS.json: [{"tex": "...", "display": true|false}, ...] (written by MathCacheTest); KATEX_DIR: katex's folder.
// The options are those of frontend/components/dlf-math.js; a formula KaTeX cannot parse stops the run.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [input, output] = process.argv.slice(2);
const katex = createRequire(path.join(process.env.KATEX_DIR, 'package.json'))('./');
const formulas = JSON.parse(fs.readFileSync(input, 'utf8'));
const out = { katex: katex.version, inline: {}, display: {} };
const failed = [];
for (const { tex, display } of formulas) {
  try {
    out[display ? 'display' : 'inline'][tex] = katex.renderToString(tex, {
      displayMode: display, throwOnError: true, strict: 'ignore', output: 'htmlAndMathml',
    });
  } catch (e) {
    failed.push(`${display ? '$$' : '$'}${tex}: ${e.message}`);
  }
}
if (failed.length) {
  console.error(`KaTeX cannot typeset ${failed.length} formula(s):\n` + failed.join('\n'));
  process.exit(1);
}
// one formula a line, sorted, so that a change of the text shows as a small diff
const entries = (map) => Object.keys(map).sort().map((tex) => JSON.stringify(tex) + ':' + JSON.stringify(map[tex])).join(',\n');
const text = `{"katex":${JSON.stringify(out.katex)},\n"inline":{\n${entries(out.inline)}},\n"display":{\n${entries(out.display)}}}\n`;
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, text);
console.log(`${formulas.length} formulas, KaTeX ${katex.version} -> ${output} (${fs.statSync(output).size} bytes)`);
