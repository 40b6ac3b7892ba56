import { randomUUID } from 'node:crypto';
import type { Fair } from '../support/two-fairs';

/** The parts of an OpenAPI 3 document this spec reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  security?: unknown[];
}
export interface ApiDescription {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** One operation of the document, named as the coverage list names routes (`GET /booths/:id`). */
export interface ApiOperation {
  method: string;
  /** The document's path, e.g. `/api/booths/{id}`. */
  path: string;
  route: string;
  pathParams: Parameter[];
  query: Parameter[];
  /** Headers the operation requires (an Idempotency-Key, say), with a fresh value each. */
  headers: string[];
  body?: { type: 'json' | 'multipart'; schema: JsonSchema };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operations(doc: ApiDescription): ApiOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => {
      const op = item[m];
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const form = content['multipart/form-data']?.schema;
      return {
        method: m.toUpperCase(),
        path,
        route: `${m.toUpperCase()} ${path.replace(/^\/api/, '').replace(/\{(\w+)\}/g, ':$1')}`,
        pathParams: params.filter((p) => p.in === 'path'),
        query: params.filter((p) => p.in === 'query'),
        headers: params.filter((p) => p.in === 'header' && p.required).map((p) => p.name),
        body: json ? { type: 'json', schema: json } : form ? { type: 'multipart', schema: form } : undefined,
      } satisfies ApiOperation;
    }),
  );
}

type Pick = (f: Fair) => string | undefined;

/**
 * What each path parameter names in fair B. The parameter's name says the kind where it is specific
 * (`boothId`); a bare `id` or `userId` takes its kind from the path segment before it. A parameter with no
 * rule here fails the spec with the route's name: a new route must be given its record.
 */
const BY_SEGMENT: [RegExp, string, Pick][] = [
  [/\/meetings\/requests\/\{id\}/, 'id', (f) => f.requestId],
  [/\/meetings\/\{id\}/, 'id', (f) => f.meetingId],
  [/\/deals\/\{id\}/, 'id', (f) => f.dealId],
  [/\/sourcing\/\{id\}/, 'id', (f) => f.sourcingId],
  [/\/tables\/\{id\}/, 'id', (f) => f.tableId],
  [/\/chat\/\{id\}/, 'id', (f) => f.chatMessageId],
  [/\/booths\/\{id\}/, 'id', (f) => f.booth.id],
  [/\/sessions\/\{id\}/, 'id', (f) => f.stageSessionId],
  [/\/questions\/\{id\}/, 'id', (f) => f.questionId],
  [/\/polls\/\{id\}/, 'id', (f) => f.pollId],
  [/\/message-reports\/\{id\}/, 'id', (f) => f.reportId],
  [/\/admin\/users\/\{id\}/, 'id', (f) => f.organiser.user.id],
  [/\/admin\/exhibitors\/\{id\}/, 'id', (f) => f.applicant.id],
  [/\/media\/exhibitors\/\{id\}/, 'id', (f) => f.exhibitor.id],
  [/\/media\/products\/\{id\}/, 'id', (f) => f.productIds[0]],
  [/\/announcements\/\{id\}/, 'id', (f) => f.announcementId],
  [/\/staff\/\{userId\}/, 'userId', (f) => f.staff.user.id],
  [/\/organisers\/\{userId\}/, 'userId', (f) => f.organiser.user.id],
  [/\/buyers\/\{userId\}/, 'userId', (f) => f.buyer.user.id],
  [/\/moderation\/\{userId\}/, 'userId', (f) => f.visitor.user.id],
  [/\/conversations\/\{id\}/, 'id', (f) => f.talk?.conversationId],
  [/\/campaigns\/\{id\}/, 'id', (f) => f.campaignId],
];
const BY_NAME: Record<string, Pick> = {
  slug: (f) => f.slug,
  boothId: (f) => f.booth.id,
  productId: (f) => f.productIds[0],
  sessionId: (f) => f.stageSessionId,
  meetingId: (f) => f.meetingId,
  threadId: (f) => f.threadId,
  messageId: (f) => f.messageId,
  tableId: (f) => f.tableId,
  inviteId: (f) => f.inviteId,
  knockId: (f) => f.talk?.knockId,
  /** A mail address of one of the fair's people (suppressions are kept by address). */
  address: (f) => f.buyer.user.email ?? undefined,
};

/** The value of a path parameter pointing at `fair`'s record, or undefined when nothing maps it. */
export function pathValue(op: ApiOperation, p: Parameter, fair: Fair): string | undefined {
  const enumerated = resolveEnum(p.schema);
  if (enumerated !== undefined) return String(enumerated);
  const rule = BY_SEGMENT.find(([re, name]) => name === p.name && re.test(op.path));
  if (rule) return rule[2](fair);
  return BY_NAME[p.name]?.(fair);
}

function resolveEnum(s?: JsonSchema): unknown {
  return s?.enum?.[0] ?? s?.const;
}

/** The request's URL against `fair`, or the names of the parameters nothing maps. */
export function urlFor(op: ApiOperation, fair: Fair): { url: string } | { unmapped: string[] } {
  const unmapped: string[] = [];
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const p = op.pathParams.find((x) => x.name === name) ?? { name, in: 'path' as const };
    const v = pathValue(op, p, fair);
    if (v === undefined) unmapped.push(name);
    return encodeURIComponent(v ?? randomUUID());
  });
  if (unmapped.length) return { unmapped };
  const query = new URLSearchParams();
  for (const q of op.query) {
    if (q.name === 'event') query.set('event', fair.slug);
    else if (q.required) query.set(q.name, String(new BodySampler({}, fair).sample(q.schema ?? {}, q.name)));
  }
  const qs = query.toString();
  return { url: qs ? `${path}?${qs}` : path };
}

/** Names a body's fields may carry, pointed at the fair's records. */
const FIELD_VALUES: Record<string, (f: Fair) => unknown> = {
  exhibitorId: (f) => f.exhibitor.id,
  boothId: (f) => f.booth.id,
  productId: (f) => f.productIds[0],
  productIds: (f) => f.productIds,
  /** A booth's product order lists each of its products. */
  ids: (f) => f.productIds,
  userIds: (f) => [f.buyer.user.id],
  meetingId: (f) => f.meetingId,
  buyerId: (f) => f.buyer.user.id,
  userId: (f) => f.visitor.user.id,
  sessionId: (f) => f.stageSessionId,
  dayId: (f) => f.dayId,
  eventSlug: (f) => f.slug,
  country: () => 'MY',
  destinationCountry: () => 'MY',
  /** A message's text (optional when a picture is attached, so not always required by the schema). */
  body: () => 'Uji isolasi antar pameran',
  event: (f) => f.slug,
  slug: (f) => f.slug,
};

/**
 * A valid body from the operation's schema: required fields, plus any field naming a record (so it names
 * fair B's). Values are the smallest the schema accepts; a body this cannot build shows as a 400, which
 * the spec counts.
 */
export class BodySampler {
  private numbers = 0;
  private times = 0;

  constructor(
    private readonly schemas: Record<string, JsonSchema>,
    private readonly fair: Fair,
  ) {}

  /** A whole body (numbers and times start again for each). */
  body(schema: JsonSchema): unknown {
    this.numbers = 0;
    this.times = 0;
    return this.sample(schema);
  }

  sample(schema: JsonSchema, name = '', depth = 0): unknown {
    if (depth > 8) return undefined;
    const s = this.resolve(schema);
    if (Object.hasOwn(FIELD_VALUES, name)) return FIELD_VALUES[name](this.fair);
    if (s.const !== undefined) return s.const;
    if (s.enum?.length) return s.enum[0];
    if (s.default !== undefined) return s.default;
    const alternatives = s.anyOf ?? s.oneOf;
    if (alternatives) {
      const first = alternatives.map((a) => this.resolve(a)).find((a) => a.type !== 'null');
      return first ? this.sample(first, name, depth + 1) : null;
    }
    if (s.allOf) {
      return Object.assign({}, ...s.allOf.map((part) => this.sample(part, name, depth + 1) as object));
    }
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
    switch (type ?? (s.properties ? 'object' : undefined)) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [key, prop] of Object.entries(s.properties ?? {})) {
          if (s.required?.includes(key) || Object.hasOwn(FIELD_VALUES, key))
            out[key] = this.sample(prop, key, depth + 1);
        }
        return out;
      }
      case 'array': {
        const n = Math.min(Math.max(s.minItems ?? 1, 1), s.maxItems ?? 1);
        return Array.from({ length: n }, () => this.sample(s.items ?? {}, '', depth + 1));
      }
      case 'integer':
      case 'number': {
        // At least 1 (counts and rupiah), and rising through a body so that a `min` stays below a `max`.
        const floor = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : (s.minimum ?? 0);
        const value = Math.max(floor, 1) + this.numbers++;
        return s.maximum !== undefined ? Math.min(value, s.maximum) : value;
      }
      case 'boolean':
        return false;
      case 'string':
        return this.text(s);
      default:
        return undefined;
    }
  }

  private text(s: JsonSchema): string {
    // Later times for later fields, so that an `endsAt` follows its `startsAt`.
    const hour = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3_600_000 * ++this.times);
    if (s.format === 'uuid') return randomUUID();
    if (s.format === 'email') return `isolasi-${randomUUID().slice(0, 6)}@example.test`;
    if (s.format === 'date-time') return hour.toISOString();
    if (s.format === 'date') return hour.toISOString().slice(0, 10);
    if (s.format === 'uri' || s.format === 'url') return 'https://example.test/isolasi';
    const base = 'Uji isolasi antar pameran';
    const min = s.minLength ?? 1;
    const text = base.repeat(Math.ceil(min / base.length));
    return text.slice(0, Math.min(Math.max(min, base.length), s.maxLength ?? base.length));
  }

  private resolve(s: JsonSchema): JsonSchema {
    let out = s;
    for (let i = 0; out.$ref && i < 10; i++) out = this.schemas[out.$ref.split('/').pop()!] ?? {};
    return out;
  }
}
