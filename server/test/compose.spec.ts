import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EnvSchema } from '../src/config/env.schema';
import { MAX_UPLOAD_BYTES } from '../src/modules/uploads/image-pipeline';

/**
 * docker-compose.yml cannot run here (no Docker engine), so its shape is checked: two stateless app nodes
 * behind a WebSocket-capable load balancer (docs/architecture.md, "Several nodes"), sharing PostgreSQL,
 * Redis, the object storage and the token secret, each given the whole environment operators rely on; every
 * secret from .env and required; LiveKit configured from the template, never in --dev; only the load
 * balancer (and LiveKit's own ports) published; every image pinned.
 */
const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

type Service = {
  image?: string;
  build?: unknown;
  environment?: Record<string, unknown> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: unknown };
  volumes?: string[];
  ports?: string[];
  command?: string[] | string;
};
type Compose = { services: Record<string, Service> };

// Docker Compose honours YAML merge keys (`<<: *app`), so the parser must too.
const composeText = read('docker-compose.yml');
const compose = parse(composeText, { merge: true }) as Compose;
const services = compose.services;
const nginx = read('deploy/nginx.conf');
const livekitTemplate = read('deploy/livekit.yaml.template');

/** The environment names operators rely on (README.md, "Configuration"). */
const CONTRACT_ENV = [
  'PORT',
  'DATABASE_URL',
  'DATA_DIR',
  'REDIS_URL',
  'LIVEKIT_URL',
  'LIVEKIT_API_KEY',
  'LIVEKIT_API_SECRET',
  'JWT_SECRET',
  'PUBLIC_ORIGIN',
  'SEED',
  'AUTH_RATE_LIMIT_PER_MIN',
  'TRUST_PROXY',
  // The S3 store's variables (modules/uploads), passed to every node for the shared storage service.
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
];
/** Secrets: each comes from .env and compose refuses to start without it (`${NAME:?…}`), never defaulted. */
const SECRETS = [
  'JWT_SECRET',
  'POSTGRES_PASSWORD',
  'LIVEKIT_API_KEY',
  'LIVEKIT_API_SECRET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'GRAFANA_ADMIN_PASSWORD',
];
const APP_NODES = ['app1', 'app2'];

function environment(name: string): Record<string, string> {
  const env = services[name].environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function dependsOn(name: string): Record<string, string | undefined> {
  const deps = services[name].depends_on ?? [];
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([d, v]) => [d, v?.condition]));
}

describe('docker-compose.yml', () => {
  it('has the services of the scale plan', () => {
    for (const name of ['postgres', 'redis', 'storage', 'livekit-config', 'livekit', 'app1', 'app2', 'lb']) {
      expect(services).toHaveProperty(name);
    }
    expect(services.postgres.image).toMatch(/^postgres:/);
    expect(services.redis.image).toMatch(/^redis:7/);
    expect(services.livekit.image).toMatch(/^livekit\/livekit-server/);
    expect(services.lb.image).toMatch(/^nginx/);
    expect(services.storage.image).toBe('versity/versitygw:v1.8.0');
  });

  it('pins every image to a version tag', () => {
    const images = Object.entries(services)
      .filter(([, s]) => s.image && !s.build)
      .map(([name, s]) => [name, s.image!] as const);
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const [name, image] of images) {
      expect([name, image]).toEqual([name, expect.stringMatching(/^[\w./-]+:v?\d+(\.\d+){1,2}(-[\w.-]+)?$/)]);
    }
    // The app image's own base too.
    for (const from of read('Dockerfile').matchAll(/^FROM (\S+)/gm))
      expect(from[1]).toMatch(/:\d+\.\d+\.\d+-/);
  });

  it('takes every secret from .env and refuses to start without it', () => {
    for (const secret of SECRETS) {
      const uses = [...composeText.matchAll(new RegExp(`\\$\\{${secret}(:[^}]*)?\\}`, 'g'))].map((m) => m[0]);
      expect([secret, uses.length > 0]).toEqual([secret, true]);
      for (const use of uses) expect(use).toMatch(new RegExp(`^\\$\\{${secret}:\\?[^}]+\\}$`));
    }
    const example = read('.env.example');
    for (const secret of SECRETS) expect(example).toMatch(new RegExp(`^${secret}=$`, 'm'));
    expect(read('.gitignore')).toMatch(/^\.env$/m);
  });

  it('publishes only the load balancer, and LiveKit the ports browsers must reach', () => {
    const published = Object.entries(services)
      .filter(([, s]) => s.ports?.some((p) => !p.startsWith('127.0.0.1:')))
      .map(([name]) => name);
    expect(published.sort()).toEqual(['lb', 'livekit']);
    expect(services.lb.ports).toHaveLength(1);
    // Prometheus and Grafana: the host's loopback only.
    const loopback = Object.entries(services)
      .filter(([, s]) => s.ports?.length && s.ports.every((p) => p.startsWith('127.0.0.1:')))
      .map(([name]) => name);
    expect(loopback.sort()).toEqual(['grafana', 'prometheus']);
  });

  it('scrapes every app node on its metrics port, which the load balancer never forwards', () => {
    const scrape = parse(read('deploy/prometheus/prometheus.yml')) as {
      scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[];
    };
    const targets = scrape.scrape_configs
      .find((j) => j.job_name === 'pameran')!
      .static_configs.flatMap((c) => c.targets);
    for (const node of APP_NODES) {
      const port = environment(node).METRICS_PORT;
      expect(port).toMatch(/^\d+$/);
      expect(port).not.toBe(environment(node).PORT);
      expect(targets).toContain(`${node}:${port}`);
      expect(nginx).not.toContain(`:${port}`);
    }
    expect(services.prometheus.volumes).toContain('./deploy/prometheus:/etc/prometheus:ro');
  });

  it.each(APP_NODES)('%s is built from the repository Dockerfile', (name) => {
    expect(services[name].build).toBeDefined();
    const context = services[name].build;
    const dir = typeof context === 'string' ? context : (context as { context?: string }).context;
    expect(dir).toBe('.');
    expect(read('Dockerfile')).toMatch(/^CMD \["node", "scripts\/start\.mjs"\]$/m);
    expect(JSON.parse(read('package.json')).scripts.start).toBe('node scripts/start.mjs');
  });

  it.each(APP_NODES)('%s carries every environment name of the public contract', (name) => {
    const env = environment(name);
    const missing = CONTRACT_ENV.filter((key) => !(key in env));
    expect(missing).toEqual([]);
    expect(env.PORT).toBe('3000');
    expect(env.DATA_DIR).toBe('/data');
    // The image runs with NODE_ENV=production: no demo data unless asked for, and no DEMO_* at all.
    expect(env.SEED).toBe('${SEED:-none}');
    expect(Object.keys(env).filter((k) => k.startsWith('DEMO_'))).toEqual([]);
    expect(env.TRUST_PROXY).toBe('1');
    expect(env.S3_ENDPOINT).toBe('http://storage:7070');
    expect(dependsOn(name)).toHaveProperty('storage');
  });

  it.each(APP_NODES)('%s sets only names the server reads (no typos)', (name) => {
    const known = Object.keys(EnvSchema.shape);
    const unknown = Object.keys(environment(name)).filter((key) => !known.includes(key));
    expect(unknown).toEqual([]);
  });

  it('both app nodes share the token secret, Redis and the database', () => {
    const [a, b] = APP_NODES.map(environment);
    // Required from the operator (`:?`), never defaulted: a default would be a published secret.
    expect(a.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?[^}]*\}$/);
    expect(b.JWT_SECRET).toBe(a.JWT_SECRET);
    expect(a.REDIS_URL).toMatch(/^redis:\/\/redis:6379/);
    expect(b.REDIS_URL).toBe(a.REDIS_URL);
    expect(new URL(a.DATABASE_URL.replace(/\$\{[^}]*\}/g, 'x')).hostname).toBe('postgres');
    expect(b.DATABASE_URL).toBe(a.DATABASE_URL);
    expect(b.LIVEKIT_URL).toBe(a.LIVEKIT_URL);
  });

  it.each(APP_NODES)('%s waits for healthy PostgreSQL and Redis and has a health check', (name) => {
    const deps = dependsOn(name);
    expect(deps.postgres).toBe('service_healthy');
    expect(deps.redis).toBe('service_healthy');
    expect(deps).toHaveProperty('livekit');
    expect(JSON.stringify(services[name].healthcheck?.test)).toContain('/api/health');
  });

  it('postgres and redis have health checks', () => {
    expect(JSON.stringify(services.postgres.healthcheck?.test)).toContain('pg_isready');
    expect(JSON.stringify(services.redis.healthcheck?.test)).toContain('ping');
  });

  it('livekit runs from the config rendered out of the template with the keys, never in --dev', () => {
    const command = JSON.stringify(services.livekit.command);
    expect(command).not.toContain('--dev');
    expect(command).toContain('--config');
    expect(command).toContain('0.0.0.0');
    expect(dependsOn('livekit')['livekit-config']).toBe('service_completed_successfully');
    expect(JSON.stringify(services['livekit-config'].command)).toContain('/deploy/livekit.yaml.template');
    const renderer = environment('livekit-config');
    expect(renderer.LIVEKIT_WEBHOOK_URL).toMatch(/^http:\/\/lb(:80)?\/api\/livekit\/webhook$/);
    expect(renderer.LIVEKIT_API_SECRET).toBe(environment('app1').LIVEKIT_API_SECRET);
    const ports = (services.livekit.ports ?? []).join(' ');
    expect(ports).toContain('7880:7880');
    expect(ports).toContain('7881:7881');
    expect(ports).toMatch(/\/udp/);
  });

  it('lb depends on both app nodes and mounts deploy/nginx.conf', () => {
    const deps = dependsOn('lb');
    for (const name of APP_NODES) expect(deps).toHaveProperty(name);
    expect((services.lb.volumes ?? []).some((v) => v.startsWith('./deploy/nginx.conf:'))).toBe(true);
    expect(services.lb.ports?.length).toBeGreaterThan(0);
  });
});

describe('deploy/livekit.yaml.template', () => {
  const config = parse(livekitTemplate) as Record<string, Record<string, unknown>>;

  it('takes its keys and the webhook address from the environment', () => {
    expect(livekitTemplate).toMatch(/^keys:\n\s+\$\{LIVEKIT_API_KEY\}: \$\{LIVEKIT_API_SECRET\}$/m);
    expect(config.webhook).toEqual({ api_key: '${LIVEKIT_API_KEY}', urls: ['${LIVEKIT_WEBHOOK_URL}'] });
  });

  it('has the built-in TURN (TLS on 443, UDP) and the public address for visitors behind NAT', () => {
    expect(Object.keys(config.turn)).toEqual(
      expect.arrayContaining(['enabled', 'domain', 'tls_port', 'udp_port', 'cert_file', 'key_file']),
    );
    expect(String(config.turn.tls_port)).toContain('443');
    expect(String(config.turn.udp_port)).toContain('3478');
    expect(Object.keys(config.rtc)).toEqual(
      expect.arrayContaining(['use_external_ip', 'node_ip', 'udp_port']),
    );
  });
});

describe('deploy/nginx.conf', () => {
  it("accepts bodies up to the server's upload limit and no more", () => {
    const size = /client_max_body_size\s+(\d+)m;/.exec(nginx)?.[1];
    expect(Number(size) * 1024 * 1024).toBe(MAX_UPLOAD_BYTES);
  });

  it('balances over both app nodes on their PORT', () => {
    const upstream = /upstream\s+\S+\s*\{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    for (const name of APP_NODES) {
      expect(upstream).toMatch(new RegExp(`server\\s+${name}:${environment(name).PORT}\\b`));
    }
  });

  it('upgrades /socket.io/ to WebSocket', () => {
    const block = /location\s+\/socket\.io\/\s*\{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(block).toMatch(/proxy_pass\s+http:\/\//);
    expect(block).toMatch(/proxy_http_version\s+1\.1;/);
    expect(block).toMatch(/proxy_set_header\s+Upgrade\s+\$http_upgrade;/);
    expect(block).toMatch(
      /proxy_set_header\s+Connection\s+("upgrade"|'upgrade'|upgrade|\$connection_upgrade);/,
    );
    if (block.includes('$connection_upgrade')) {
      expect(nginx).toMatch(/map\s+\$http_upgrade\s+\$connection_upgrade\s*\{[^}]*default\s+upgrade;/);
    }
  });

  it('proxies everything else to the app nodes', () => {
    expect(nginx).toMatch(/location\s+\/\s*\{[^}]*proxy_pass\s+http:\/\//);
  });
});
