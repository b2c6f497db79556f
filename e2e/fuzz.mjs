// Hostile input against every service's API, generated from the services' own OpenAPI documents (/q/openapi): for each
// operation, requests whose ids, parameters and bodies are what an attacker or a broken client sends (NUL bytes and
// other control characters, very long strings, traversal, wrong types, missing and extra fields, deep nesting, bad
// JSON). Every answer must be a 4xx or 2xx with our {code, message} body on refusals, never a 5xx and never a stack
// trace. Run alone against ./run: `node e2e/fuzz.mjs [requests per operation]`; e2e/test.mjs runs it as a step.
import { fileURLToPath } from 'node:url';

const SERVICES = {
  'greeting-service': process.env.GREETING_URL || 'http://localhost:8080',
  'negotiation-service': process.env.NEGOTIATION_URL || 'http://localhost:8081',
  'order-service': process.env.ORDER_URL || 'http://localhost:8082',
  'aftersales-service': process.env.AFTERSALES_URL || 'http://localhost:8083',
  'insights-service': process.env.INSIGHTS_URL || 'http://localhost:8084',
};

// A small deterministic generator, so a failure can be replayed with the same seed.
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
}

const HOSTILE_STRINGS = [
  '\u0000', 'a\u0000b', '%00', '\u0001\u0002\u001f', '\r\nX-Injected: 1', '../../etc/passwd', '..%2f..%2f', '%',
  '%ZZ', '\uFFFF', '\uD800', '😀'.repeat(50), 'x'.repeat(5000), '', ' ', "' OR 1=1 --", '<script>alert(1)</script>',
  '${jndi:ldap://x}', '{{7*7}}', '-1', '0', '99999999999999999999999', '1e309', 'NaN', 'null', 'true', '[]', '{}',
  '00000000-0000-0000-0000-000000000000', 'not-a-uuid', 'DEMO', 'demo', 'wool-coat', '转人工', '\u202Eevil',
];
const HOSTILE_VALUES = [null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, [], {}, [null], { a: { b: { c: {} } } },
  'x'.repeat(100_000), '\u0000', ...HOSTILE_STRINGS.slice(0, 12)];

function pick(r, list) { return list[Math.floor(r() * list.length)]; }

/** Percent-encodes as a client library would; a lone surrogate becomes the invalid UTF-8 it stands for. */
function enc(v) {
  try { return encodeURIComponent(v); } catch { return '%ED%A0%80'; }
}

function resolveRef(doc, schema) {
  let s = schema;
  for (let i = 0; s && s.$ref && i < 10; i++) {
    s = s.$ref.replace(/^#\//, '').split('/').reduce((o, k) => (o ? o[k] : undefined), doc);
  }
  return s || {};
}

/** A plausible value for a schema, then often broken. */
function valueFor(doc, schema, r, depth = 0) {
  const s = resolveRef(doc, schema);
  if (depth > 4) return null;
  if (r() < 0.3) return pick(r, HOSTILE_VALUES);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (s.enum) return r() < 0.7 ? pick(r, s.enum) : pick(r, HOSTILE_STRINGS);
  switch (type) {
    case 'object': {
      const out = {};
      for (const [k, v] of Object.entries(s.properties || {})) {
        if (r() < 0.85) out[k] = valueFor(doc, v, r, depth + 1);
      }
      if (r() < 0.2) out[pick(r, HOSTILE_STRINGS).slice(0, 40) || 'extra'] = pick(r, HOSTILE_VALUES);
      return out;
    }
    case 'array': return Array.from({ length: Math.floor(r() * 4) }, () => valueFor(doc, s.items || {}, r, depth + 1));
    case 'integer': return pick(r, [0, 1, -1, 7, 2 ** 31, -(2 ** 31) - 1, 10 ** 12]);
    case 'number': return pick(r, [0, 0.01, -5, 899, 1e15, -1e-9]);
    case 'boolean': return r() < 0.5;
    default: return pick(r, HOSTILE_STRINGS);
  }
}

function pathWith(template, r) {
  return template.replace(/\{[^}]+\}/g, () => {
    const v = r() < 0.15 ? pick(r, ['demo', 'wool-coat', '1']) : pick(r, HOSTILE_STRINGS);
    // Raw NUL and the like are sent percent-encoded, as a client library would.
    return enc(v || 'x').slice(0, 3000);
  });
}

function bodyFor(doc, op, r) {
  const roll = r();
  if (roll < 0.08) return { raw: '{"unterminated": ' };
  if (roll < 0.12) return { raw: '[' .repeat(2000) };
  if (roll < 0.16) return { raw: 'not json at all \u0000' };
  if (roll < 0.2) return { raw: '' };
  const schema = op.requestBody?.content?.['application/json']?.schema;
  return { json: schema ? valueFor(doc, schema, r) : pick(r, HOSTILE_VALUES) };
}

function leaks(text) {
  return /\bat (com|org|io|java)\.[\w.$]+\(|Exception:|Caused by|\berror ?id\b|stack ?trace/i.test(text);
}

export async function fuzz({ perOperation = 40, seed = 20261202, log = console.log, headers = {} } = {}) {
  const r = rng(seed);
  const problems = [];
  const counts = {};
  let sent = 0;
  for (const [service, base] of Object.entries(SERVICES)) {
    const res = await fetch(`${base}/q/openapi?format=json`);
    if (!res.ok) throw new Error(`${service}: /q/openapi answered ${res.status}`);
    const doc = await res.json();
    const operations = [];
    for (const [path, item] of Object.entries(doc.paths || {})) {
      for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
        if (item[method]) operations.push({ path, method, op: item[method] });
      }
    }
    for (const { path, method, op } of operations) {
      if (op.responses?.['200']?.content?.['text/event-stream']) continue; // a stream stays open by design
      for (let i = 0; i < perOperation; i++) {
        let url = base + pathWith(path, r);
        const query = (op.parameters || []).filter((p) => p.in === 'query');
        if (query.length && r() < 0.8) {
          url += '?' + query.map((p) => `${enc(p.name)}=${enc(pick(r, HOSTILE_STRINGS).slice(0, 2000))}`).join('&');
        }
        const init = { method: method.toUpperCase(), headers: { ...headers } };
        if (r() < 0.3) init.headers.Authorization = 'Bearer ' + pick(r, ['x', '\u00ff', 'a'.repeat(3000), '']);
        if (r() < 0.1) init.headers['Last-Event-ID'] = pick(r, HOSTILE_STRINGS).replace(/[\r\n\u0000-\u001f\u007f-\uffff]/g, '?');
        if (method !== 'get' && method !== 'delete') {
          const body = bodyFor(doc, op, r);
          init.headers['content-type'] = r() < 0.05 ? 'text/plain' : 'application/json';
          init.body = body.raw !== undefined ? body.raw : JSON.stringify(body.json);
        }
        let status;
        let text = '';
        try {
          const answer = await fetch(url, init);
          status = answer.status;
          text = await answer.text();
        } catch (e) {
          problems.push(`${service} ${method.toUpperCase()} ${path}: no answer (${e.message}) for ${url.slice(0, 200)}`);
          continue;
        }
        sent++;
        counts[status] = (counts[status] || 0) + 1;
        if (status >= 500) {
          problems.push(`${service} ${method.toUpperCase()} ${path} → ${status} for ${url.slice(0, 200)} body ${String(init.body).slice(0, 200)}: ${text.slice(0, 200)}`);
        } else if (leaks(text)) {
          problems.push(`${service} ${method.toUpperCase()} ${path} → ${status} leaks internals: ${text.slice(0, 200)}`);
        } else if (status >= 400 && status !== 405 && !/"code"\s*:/.test(text) && text.length > 0) {
          problems.push(`${service} ${method.toUpperCase()} ${path} → ${status} without our {code, message}: ${text.slice(0, 200)}`);
        }
      }
    }
    log(`${service}: ${operations.length} operations`);
  }
  return { sent, counts, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const perOperation = Number(process.argv[2] || 40);
  const { sent, counts, problems } = await fuzz({ perOperation });
  console.log(`${sent} hostile requests; statuses ${JSON.stringify(counts)}`);
  problems.slice(0, 40).forEach((p) => console.log('PROBLEM', p));
  console.log(`${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
