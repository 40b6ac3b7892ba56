#!/usr/bin/env node
// Draws folded stacks (`a;b;c <ms>` lines, from bench/cpuprofile-fold.mjs --folded) as a flame graph SVG:
// width = time, each row a stack depth, callers below their callees. Frames narrower than --min-px are
// left out, and so is idle time; hovering a frame shows its name and time (SVG <title>).
// Usage: node bench/flamegraph-svg.mjs <in.folded.txt> <out.svg> [--title "…"] [--width 1200] [--focus flush]
//        --focus NAME keeps only the stacks through that function, drawn from it upwards.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const width = Number(arg('width', 1200));
const minPx = Number(arg('min-px', 0.5));
const focus = arg('focus', null);
const ROW = 16;

// A tree of frames with their total time.
const rootNode = { name: 'all', ms: 0, children: new Map() };
for (const line of readFileSync(input, 'utf8').split('\n')) {
  const at = line.lastIndexOf(' ');
  if (at < 0) continue;
  let frames = line.slice(0, at).split(';');
  const ms = Number(line.slice(at + 1));
  if (frames.at(-1).startsWith('(idle)')) continue; // waiting is not cost
  if (focus) {
    const i = frames.findIndex((f) => f.split(' ')[0] === focus);
    if (i < 0) continue;
    frames = frames.slice(i);
  }
  let node = rootNode;
  node.ms += ms;
  for (const f of frames) {
    let child = node.children.get(f);
    if (!child) node.children.set(f, (child = { name: f, ms: 0, children: new Map() }));
    child.ms += ms;
    node = child;
  }
}

const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const rects = [];
let depth = 0;
const scale = width / rootNode.ms;
function draw(node, x, level) {
  const w = node.ms * scale;
  if (w < minPx) return;
  depth = Math.max(depth, level);
  rects.push({ node, x, w, level });
  let cx = x;
  for (const child of [...node.children.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    draw(child, cx, level + 1);
    cx += child.ms * scale;
  }
}
draw(rootNode, 0, 0);
const height = (depth + 1) * ROW + 40;
// Warm colours by a hash of the name, so a function keeps its colour across graphs.
const colour = (name) => {
  let h = 0;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `hsl(${10 + (h % 45)}, ${70 + (h % 25)}%, ${55 + (h % 15)}%)`;
};
const body = rects
  .map(({ node, x, w, level }) => {
    const y = height - 20 - (level + 1) * ROW;
    const pct = ((node.ms / rootNode.ms) * 100).toFixed(1);
    const label = w > 40 ? esc(node.name.slice(0, Math.floor(w / 6.5))) : '';
    return (
      `<g><title>${esc(node.name)} — ${Math.round(node.ms)} ms (${pct} %)</title>` +
      `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 1}" fill="${colour(node.name)}"/>` +
      (label ? `<text x="${(x + 3).toFixed(1)}" y="${y + 11}">${label}</text>` : '') +
      `</g>`
    );
  })
  .join('\n');
const title = esc(arg('title', input));
writeFileSync(
  output,
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="monospace" font-size="11">\n` +
    `<rect width="100%" height="100%" fill="#fff"/><text x="4" y="14" font-size="13">${title} — ${Math.round(rootNode.ms)} ms</text>\n` +
    `${body}\n</svg>\n`,
);
console.log(`${output}: ${rects.length} frames, ${depth} deep`);
