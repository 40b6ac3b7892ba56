#!/usr/bin/env node
// Render a config template from the environment: ${NAME} must be set (else exit 1 naming it), ${NAME:-x}
// defaults to x. Used for deploy/livekit.yaml.template (by hand, or by docker compose's livekit-config).
//   node deploy/render-template.mjs <template> <output>
import { readFileSync, writeFileSync } from 'node:fs';

const [template, output] = process.argv.slice(2);
if (!template || !output) {
  console.error('usage: node deploy/render-template.mjs <template> <output>');
  process.exit(2);
}
const missing = new Set();
const text = readFileSync(template, 'utf8')
  .split('\n')
  .map((line) =>
    line.trimStart().startsWith('#')
      ? line
      : line.replace(/\$\{([A-Z0-9_]+)(?::-([^}]*))?\}/g, (_, name, fallback) => {
          const value = process.env[name];
          if (value !== undefined && value !== '') return value;
          if (fallback === undefined) missing.add(name);
          return fallback ?? '';
        }),
  )
  .join('\n');
if (missing.size) {
  console.error(`${template}: set ${[...missing].join(', ')}`);
  process.exit(1);
}
writeFileSync(output, text, { mode: 0o600 });
console.log(`${output} written from ${template}`);
