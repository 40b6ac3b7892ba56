#!/usr/bin/env node
// The built client's weight (gzip): the JS a visitor downloads before the entry page or the hall's list
// mode can run (index.html's module script and its modulepreloads), against the lazy chunks only the 3D
// hall and video calls fetch. Usage: node bench/client-weight.mjs   (after `npm run build -w client`)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './lib.mjs';

const dist = join(root, 'client', 'dist');
const assets = join(dist, 'assets');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (files) => files.reduce((n, f) => n + gz(f), 0);

const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
const lazy = js.filter((f) => !initial.includes(f));
// A chunk belongs to the 3D hall when only Hall3D's import graph reaches it (rolldown names it after its entries).
const hall = lazy.filter((f) => /^(Hall3D|vendor~Hall3D)-/.test(f));
// LiveKit: the lazy chunks carrying livekit-client (its protocol strings survive minification).
const livekit = lazy.filter((f) => /livekit/i.test(readFileSync(join(assets, f), 'utf8')));

console.log('initial JS (entry page, list mode, booth panel):');
initial.forEach((f) => console.log(`  ${f.padEnd(52)} ${kb(gz(f))}`));
console.log(`  total ${kb(sum(initial))} gzip (goal ≤ 200 KB)`);
console.log(`3D hall chunks (lazy): ${hall.map((f) => `${f} ${kb(gz(f))}`).join(', ')} → ${kb(sum(hall))}`);
console.log(
  livekit.length
    ? `LiveKit chunks (lazy): ${livekit.map((f) => `${f} ${kb(gz(f))}`).join(', ')} → ${kb(sum(livekit))}`
    : 'LiveKit chunks: none in this build (no page imports livekit-client yet)',
);
const other = lazy.filter((f) => !hall.includes(f) && !livekit.includes(f));
if (other.length) console.log(`other lazy chunks: ${other.map((f) => `${f} ${kb(gz(f))}`).join(', ')}`);
