import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EnvSchema } from '../src/config/env.schema';

/**
 * docker-compose.yml cannot run here (no Docker engine), so its shape is checked: two stateless app nodes
 * behind a WebSocket-capable load balancer (docs/architecture.md, "Several nodes"), sharing PostgreSQL,
 * Redis and the token secret, each given the whole environment operators rely on.
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

// Docker Compose honours YAML merge keys (`<<: *app`), so the parser must too.
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const nginx = read('deploy/nginx.conf');

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
  'DEMO_LIVE',
  'DEMO_CROWD',
  'AUTH_RATE_LIMIT_PER_MIN',
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
    for (const name of ['postgres', 'redis', 'livekit', 'app1', 'app2', 'lb']) {
      expect(services).toHaveProperty(name);
    }
    expect(services.postgres.image).toMatch(/^postgres:/);
    expect(services.redis.image).toMatch(/^redis:7/);
    expect(services.livekit.image).toMatch(/^livekit\/livekit-server/);
    expect(services.lb.image).toMatch(/^nginx/);
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
    expect(env.SEED).toBe('opop-2020');
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

  it('livekit runs in dev mode on all interfaces and publishes its ports', () => {
    const command = JSON.stringify(services.livekit.command);
    expect(command).toContain('--dev');
    expect(command).toContain('0.0.0.0');
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

describe('deploy/nginx.conf', () => {
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
