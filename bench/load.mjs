// The load benchmark: many conversations against a running stack (./run), each with its SSE stream open, and messages
// sent open-loop at a fixed rate whether or not the replies keep up. Each message is timed from its POST to the first
// reply on its stream that names it (inReplyTo); afterwards every transcript is audited for unanswered and doubled
// messages, and for front-desk answers out of the order their messages were sent in. Needs Node.js 18+, nothing to install. Loopback only.
//
//   node bench/load.mjs [--rate 100] [--seconds 60] [--mix front|all] [--warmup 10] [--conversations N] [--drain 20]
//                       [--timeline FILE]   (one JSON line a message: sent, accepted and first reply, epoch ms)
//
// Every conversation comes from its own client address (X-Forwarded-For, which greeting-service trusts from
// loopback, as from an Ingress), as real shoppers do; each gets a message every conversations/rate seconds, well
// inside the shop's default limits (60 a minute per conversation, 600 per address, 60,000 per shop).
//
// It also reports the CPU each process spent per message answered (the services, PostgreSQL, the JVM hosting Kafka,
// this benchmark) and the whole machine's: on a shared box, the figure that says how far the rate can go. And, second
// by second, who had the cores when replies were slowest: a stall under load is either one process taking the cores
// from the others (a burst in the broker, insights-service's state) or the whole machine short of CPU.

import { spawn } from 'node:child_process';
import http from 'node:http';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const options = parse(process.argv.slice(2));
const BASE = process.env.E2E_BASE_URL || 'http://localhost:8080';
const ORDERS = process.env.E2E_ORDERS_URL || BASE.replace(/:8080$/, ':8082');
const OPS_KEY = process.env.DIANXIAOER_OPS_API_KEY || 'local-ops-key';
if (!/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(BASE)) throw new Error('benchmarks target this machine only');

const RATE = Number(options.rate ?? 100);
const SECONDS = Number(options.seconds ?? 60);
const WARMUP = Number(options.warmup ?? 10);
const DRAIN = Number(options.drain ?? 20);
const MIX = options.mix ?? 'front';
const CONVERSATIONS = Number(options.conversations ?? Math.max(60, Math.ceil(RATE * 3)));
const PRODUCTS = ['wool-coat', 'down-jacket', 'cashmere-sweater', 'jeans', 'sneakers'];

// What shoppers ask. The front-desk mix is what greeting-service answers itself (stock, sizes, material,
// authenticity, greetings); the all-stages mix adds bargaining, order and after-sales questions in the shares a
// shop's chat sees them.
const FRONT = ['有货吗', 'L码还有吗', '是正品吗', '170cm 60kg穿什么码', '这件什么材质的', '在吗', '你好', '有M码吗',
  '还有库存吗', '是不是正品', '身高165穿多大', '面料是什么'];
const NEGOTIATION = ['能便宜点吗', '太贵了 便宜点', '再少点吧', '包邮吗 能不能送个赠品'];
const ORDER = ['什么时候发货', '我的快递到哪了', '能开发票吗', '怎么付款'];
const AFTERSALES = ['收到的衣服质量有问题 想退货', '大衣领口是破的 太失望了', '尺码不合适能换吗', '想申请退款'];

function pickMessage(i) {
  if (MIX === 'front') return FRONT[i % FRONT.length];
  const r = i % 10;
  if (r < 4) return FRONT[i % FRONT.length];
  if (r < 6) return NEGOTIATION[i % NEGOTIATION.length];
  if (r < 8) return ORDER[i % ORDER.length];
  return AFTERSALES[i % AFTERSALES.length];
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();
const address = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

class Conversation {
  constructor(i, opened) {
    this.i = i;
    this.id = opened.conversationId;
    this.token = opened.token;
    this.lastSeq = 0;
    this.sent = 0;
    this.stream = null;
  }

  headers(extra = {}) {
    return { Authorization: `Bearer ${this.token}`, 'X-Forwarded-For': address(this.i), ...extra };
  }

  /** Follows the stream, resuming after the last item seen when it drops, until stop() is called. */
  async follow(onItem) {
    while (!this.stopped) {
      try {
        await this.streamOnce(onItem);
      } catch (e) {
        if (this.stopped) return;
        stats.streamDrops++;
        await sleep(200);
      }
    }
  }

  /** One SSE connection, until it ends or fails (node:http: fetch's streams cost the generator more CPU than the rest). */
  streamOnce(onItem) {
    return new Promise((resolve, reject) => {
      const request = http.get(`${BASE}/api/v1/conversations/${this.id}/stream?after=${this.lastSeq}`,
        { headers: this.headers({ Accept: 'text/event-stream' }), agent: streamAgent }, (res) => {
          if (res.statusCode !== 200) {
            res.resume();
            reject(new Error(`stream HTTP ${res.statusCode}`));
            return;
          }
          this.connected = true;
          res.setEncoding('utf8');
          let buffer = '';
          res.on('data', (chunk) => {
            buffer += chunk;
            let end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
              if (!data) continue;
              const item = JSON.parse(data);
              if (item.seq > this.lastSeq) {
                this.lastSeq = item.seq;
                onItem(this, item, now());
              }
            }
          });
          res.on('end', resolve);
          res.on('error', reject);
          res.on('close', resolve); // destroyed by stop(): whatever Node emits before it, the follow loop ends
        });
      request.on('error', reject);
      this.request = request;
    });
  }

  stop() {
    this.stopped = true;
    this.request?.destroy();
  }
}

const stats = { sent: 0, measuredSent: 0, accepted: 0, refused: new Map(), errors: 0, streamDrops: 0 };
const messages = new Map(); // messageId -> { conversation, sentAt, measured, repliedAt, replies, stages }
const early = new Map(); // replies that arrived before their POST's answer: messageId -> [at, stage]

function onItem(conversation, item, at) {
  if (item.role === 'customer' || !item.inReplyTo) return;
  const m = messages.get(item.inReplyTo);
  if (!m) {
    if (!early.has(item.inReplyTo)) early.set(item.inReplyTo, [at, item.stage]);
    return;
  }
  m.replies++;
  if (m.repliedAt === undefined) {
    m.repliedAt = at;
    m.stage = item.stage;
  }
}

// Requests go over kept-alive connections (node:http): a new connection per message would load the machine it measures.
const postAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const streamAgent = new http.Agent({ keepAlive: false });

function post(url, body, headers = {}) {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST', agent: postAgent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null });
        } catch (e) {
          reject(e);
        }
      });
      res.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
}

// A message is timed from when it was due, not from when the generator got round to it: a late generator would
// otherwise hide the very delays it causes (coordinated omission).
async function send(conversation, k, measured, dueAt) {
  const text = pickMessage(k);
  const clientMessageId = `load-${conversation.i}-${conversation.sent++}`;
  const sentAt = dueAt;
  stats.sent++;
  if (measured) stats.measuredSent++;
  try {
    const res = await post(`${BASE}/api/v1/conversations/${conversation.id}/messages`, { text, clientMessageId },
      conversation.headers());
    if (res.status !== 202) {
      stats.refused.set(res.status, (stats.refused.get(res.status) || 0) + 1);
      return;
    }
    stats.accepted++;
    const m = { conversation, sentAt, acceptedAt: now(), measured, replies: 0, seq: res.body.seq, text };
    const already = early.get(res.body.messageId);
    if (already) {
      m.repliedAt = already[0];
      m.stage = already[1];
      m.replies = 1;
      early.delete(res.body.messageId);
    }
    messages.set(res.body.messageId, m);
  } catch (e) {
    stats.errors++;
  }
}

const SERVICES = ['greeting-service', 'negotiation-service', 'order-service', 'aftersales-service', 'insights-service'];
const CLOCK_TICKS = 100; // USER_HZ, the unit of /proc/<pid>/stat's times on Linux

/**
 * CPU ticks (user + system) of each service's JVMs started from this machine's build, by pid; none where /proc is
 * absent. A service whose processes changed in the window (one killed) is left out of the report. Beside the services,
 * what else shares the machine: PostgreSQL (its server processes, and the connections that ended, which the postmaster
 * has reaped), the JVM of ./run that hosts Kafka, and this benchmark (Node, and its lag watcher).
 */
function cpuTicks() {
  const out = {};
  let pids = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  const add = (group, pid, t) => { out[group] = { ...(out[group] || {}), [pid]: t }; };
  for (const pid of pids) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const own = Number(fields[11]) + Number(fields[12]); // utime and stime
      const service = SERVICES.find((s) => command.includes(`${s}/target/quarkus-app/quarkus-run.jar`));
      if (service) add(service, pid, own);
      else if (comm === 'postgres') add(POSTGRES, pid, own + (command.includes('/bin/postgres') ? Number(fields[13]) + Number(fields[14]) : 0));
      else if (command.includes('local-stack.jar')) add(KAFKA, pid, own);
      else if (Number(pid) === process.pid || Number(pid) === watcherPid) add(BENCH, pid, own);
    } catch {
      // gone in the meantime
    }
  }
  return out;
}

const POSTGRES = 'postgresql';
const KAFKA = 'kafka (./run\'s JVM)';
const BENCH = 'this benchmark';
/** Groups whose processes come and go in a window (PostgreSQL's connections) and are counted all the same. */
const CHANGING = [POSTGRES];
let watcherPid;

/** The share of the machine's cores busy between two readings of machineTicks(). */
const busyBetween = (a, b) => (b.busy - a.busy) / Math.max(1, b.total - a.total);

/** Busy and total ticks of the whole machine (/proc/stat), to put the groups beside what the machine had. */
function machineTicks() {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = cpu[3] + cpu[4];
    const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

// insights-service's lag: the records of the topics it reads that its consumer group has not committed yet, once a
// second while the load runs (bench/insights.sh --watch, a Kafka admin client; skipped where Java or the jars are
// missing).
function watchInsights() {
  const samples = [];
  let counting = false;
  const here = dirname(fileURLToPath(import.meta.url));
  // without the jars insights.sh would build them: not in the middle of a measurement
  const none = { begin: () => {}, stop: async () => samples };
  if (!existsSync(join(here, '..', 'insights-service', 'target', 'quarkus-app', 'lib', 'main'))) return none;
  let watcher;
  try {
    watcher = spawn(join(here, 'insights.sh'), ['--watch', process.env.KAFKA_BOOTSTRAP_SERVERS || 'localhost:9092'],
      { stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    return none;
  }
  watcherPid = watcher.pid;
  watcher.on('error', () => {});
  process.on('exit', () => watcher.kill());
  let buffered = '';
  watcher.stdout.on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines) {
      const m = /^lag (\d+)$/.exec(line);
      if (m && counting) samples.push(Number(m[1]));
    }
  });
  return { begin: () => { counting = true; }, stop: async () => { watcher.kill(); return samples; } };
}

/**
 * Samples every group's CPU and the machine's once a second over the measured window, so that the slowest seconds can
 * be put beside who had the cores in them. A group's share of a second counts each of its processes from the sample
 * before (a process born in the second counts whole: PostgreSQL's connections).
 */
function secondBySecond() {
  const samples = [];
  let timer;
  let all = [];
  const sample = () => samples.push({ at: now(), cpu: cpuTicks(), machine: machineTicks() });
  const delta = (a, b) => Object.entries(b).reduce((sum, [pid, t]) => sum + t - (a?.[pid] ?? 0), 0);
  // One entry a second: the machine's busy share and each group's share of one core, in percent, biggest first.
  const seconds = () => samples.slice(1).map((b, i) => {
    const a = samples[i];
    const wall = ((b.at - a.at) / 1000) * CLOCK_TICKS;
    const cores = Object.fromEntries(Object.keys(b.cpu)
      .map((g) => [g, Math.round((100 * delta(a.cpu[g], b.cpu[g])) / wall)])
      .filter(([, pct]) => pct >= 5)
      .sort((x, y) => y[1] - x[1]));
    const busy = a.machine && b.machine ? Math.round(100 * busyBetween(a.machine, b.machine)) : null;
    return { busy, cores };
  });
  return {
    start(at, cpu, machine) {
      samples.push({ at, cpu, machine });
      timer = setInterval(sample, 1000);
    },
    stop() {
      clearInterval(timer);
      all = seconds();
    },
    /** The median second: each group's and the machine's median share. */
    typical() {
      const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
      const groups = [...new Set(all.flatMap((s) => Object.keys(s.cores)))];
      const cores = Object.fromEntries(groups.map((g) => [g, median(all.map((s) => s.cores[g] ?? 0))])
        .filter(([, pct]) => pct >= 5).sort((x, y) => y[1] - x[1]));
      return { busy: median(all.map((s) => s.busy ?? 0)), cores };
    },
    /** The three seconds whose messages waited longest, each with who had the cores in it. */
    slowest(measured, from) {
      const bySecond = new Map();
      for (const m of measured) {
        const i = Math.floor((m.sentAt - from) / 1000);
        if (i < 0 || i >= all.length) continue;
        const latency = m.repliedAt === undefined ? Infinity : m.repliedAt - m.sentAt;
        const s = bySecond.get(i) || { sent: 0, slowest: 0 };
        bySecond.set(i, { sent: s.sent + 1, slowest: Math.max(s.slowest, latency) });
      }
      return [...bySecond].sort((x, y) => y[1].slowest - x[1].slowest).slice(0, 3)
        .map(([i, s]) => ({ second: i, ...s, ...all[i] }));
    },
  };
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const health = await fetch(`${BASE}/q/health/ready`).catch(() => null);
  if (!health || !health.ok) {
    console.error(`no stack at ${BASE}: start it with ./run first`);
    process.exit(2);
  }
  console.log(`load: ${MIX} mix, ${RATE} msg/s for ${SECONDS} s after ${WARMUP} s of warm-up, ${CONVERSATIONS} conversations with their streams open`);

  // Started before the conversations open, so that its JVM's start is not counted in the measured window's CPU.
  const watching = watchInsights();

  const conversations = [];
  for (let i = 0; i < CONVERSATIONS; i += 20) {
    const batch = await Promise.all(Array.from({ length: Math.min(20, CONVERSATIONS - i) }, async (_, j) => {
      const n = i + j;
      const opened = await post(`${BASE}/api/v1/conversations`,
        { shopId: 'demo', customerId: `load-${n}`, locale: 'zh-CN', productId: PRODUCTS[n % PRODUCTS.length] },
        { 'X-Forwarded-For': address(n) });
      if (opened.status !== 201) throw new Error(`opening a conversation: HTTP ${opened.status} ${JSON.stringify(opened.body)}`);
      return new Conversation(n, opened.body);
    }));
    conversations.push(...batch);
  }
  if (MIX === 'all') {
    // Each conversation has a paid order, as the shop's order system reports it, so order questions have an answer.
    for (let i = 0; i < conversations.length; i += 20) {
      await Promise.all(conversations.slice(i, i + 20).map(async (c) => {
        const orderId = `LOAD${Date.now()}${c.i}`;
        const created = await post(`${ORDERS}/api/v1/shops/demo/orders`, {
          orderId, conversationId: c.id, version: 1, total: 899,
          lines: [{ productId: 'wool-coat', name: '羊毛双面呢大衣', quantity: 1, unitPrice: 899 }],
          receiver: { name: '测试', phone: '13800000000', address: '浙江省杭州市西湖区文三路1号' },
        }, { 'X-Api-Key': OPS_KEY });
        if (created.status !== 201) throw new Error(`placing an order: HTTP ${created.status} ${JSON.stringify(created.body)}`);
      }));
    }
  }
  const following = conversations.map((c) => c.follow(onItem));
  const deadline = Date.now() + 30_000;
  while (conversations.some((c) => !c.connected) && Date.now() < deadline) await sleep(100);
  console.log(`${conversations.filter((c) => c.connected).length} streams open`);

  // Open loop: message k is due at start + k/rate, sent then whatever happened to the ones before it.
  const total = Math.round(RATE * (WARMUP + SECONDS));
  const warmupCount = Math.round(RATE * WARMUP);
  const start = now();
  let measuredStart;
  let lag = 0;
  let cpuStart = {};
  let machineStart = null;
  const perSecond = secondBySecond();
  const inFlight = [];
  for (let k = 0; k < total; k++) {
    const due = start + (k * 1000) / RATE;
    const wait = due - now();
    if (wait > 1) await sleep(wait);
    else lag = Math.max(lag, -wait);
    if (k === warmupCount) {
      measuredStart = now();
      watching.begin();
      cpuStart = cpuTicks();
      machineStart = machineTicks();
      perSecond.start(measuredStart, cpuStart, machineStart);
    }
    inFlight.push(send(conversations[k % conversations.length], k, k >= warmupCount, due));
  }
  const sendingEnded = now();
  await Promise.all(inFlight);

  const measured = [...messages.values()].filter((m) => m.measured);
  const drainUntil = now() + DRAIN * 1000;
  while (measured.some((m) => m.repliedAt === undefined) && now() < drainUntil) await sleep(250);

  const cpuEnd = cpuTicks();
  const machineEnd = machineTicks();
  perSecond.stop();
  const lagSamples = await watching.stop();
  conversations.forEach((c) => c.stop());
  await Promise.allSettled(following);

  // The audit: every message once in its transcript, answered, no reply twice.
  let unanswered = 0;
  let doubledMessages = 0;
  let doubledReplies = 0;
  let outOfOrder = 0;
  for (let i = 0; i < conversations.length; i += 20) {
    await Promise.all(conversations.slice(i, i + 20).map(async (c) => {
      const items = [];
      for (let after = 0; ;) {
        const res = await fetch(`${BASE}/api/v1/conversations/${c.id}/messages?after=${after}`, { headers: c.headers() });
        const page = await res.json();
        items.push(...page);
        if (page.length < 500) break;
        after = page[page.length - 1].seq;
      }
      const asked = items.filter((x) => x.role === 'customer');
      const sentHere = [...messages.values()].filter((m) => m.conversation === c);
      // A customer line no accepted POST answered for: stored twice, or stored for a request that seemed to fail.
      const acceptedSeqs = new Set(sentHere.map((m) => m.seq));
      doubledMessages += asked.filter((x) => !acceptedSeqs.has(x.seq)).length;
      const replies = items.filter((x) => x.role !== 'customer');
      const seen = new Set();
      for (const r of replies) {
        const key = `${r.inReplyTo}|${r.stage}|${r.text}`;
        if (r.inReplyTo && seen.has(key)) {
          doubledReplies++;
          if (doubledReplies <= 3) console.log(`doubled reply in ${c.id} (seq ${r.seq}): ${r.text.slice(0, 60)}`);
        }
        seen.add(key);
      }
      // Each conversation's order: the front desk answers its messages in the order they were sent.
      let lastAnswered = 0;
      for (const r of replies.filter((x) => x.stage === 'greeting' && messages.has(x.inReplyTo))) {
        const askedSeq = messages.get(r.inReplyTo).seq;
        if (askedSeq < lastAnswered) outOfOrder++;
        lastAnswered = Math.max(lastAnswered, askedSeq);
      }
      const answeredIds = new Set(replies.map((r) => r.inReplyTo));
      for (const [id, m] of messages) {
        if (m.conversation === c && !answeredIds.has(id)) unanswered++;
      }
    }));
  }

  // Every measured message counts: one never answered is slower than any that was (Infinity), so an overload shows
  // in the percentiles, not only in the unanswered count.
  const latencies = measured.map((m) => (m.repliedAt === undefined ? Infinity : m.repliedAt - m.sentAt)).sort((a, b) => a - b);
  const answeredCount = measured.filter((m) => m.repliedAt !== undefined).length;
  const lastAnswer = Math.max(...measured.filter((m) => m.repliedAt !== undefined).map((m) => m.repliedAt));
  const achieved = answeredCount / ((Math.max(lastAnswer, sendingEnded) - measuredStart) / 1000);
  const offered = stats.measuredSent / ((sendingEnded - measuredStart) / 1000);
  const byStage = {};
  measured.forEach((m) => { byStage[m.stage || 'none'] = (byStage[m.stage || 'none'] || 0) + 1; });
  const fmt = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : v === Infinity ? 'unanswered' : '-');
  const refused = [...stats.refused].map(([s, n]) => `${n}×HTTP ${s}`).join(', ') || 'none';
  console.log(`measured ${stats.measuredSent} messages (${measured.length} accepted): offered ${offered.toFixed(1)} msg/s, answered ${achieved.toFixed(1)} msg/s`
    + ` (${((achieved / offered) * 100).toFixed(1)}%)`);
  console.log(`latency POST → reply on the stream: p50 ${fmt(percentile(latencies, 50))}, p95 ${fmt(percentile(latencies, 95))},`
    + ` p99 ${fmt(percentile(latencies, 99))}, max ${fmt(latencies[latencies.length - 1])}`);
  console.log(`answered by: ${Object.entries(byStage).map(([s, n]) => `${s} ${n}`).join(', ')}`);
  // CPU time each service's JVM spent over the measured window (and the drain), per message answered: the figure the
  // autoscalers' sizing starts from (docs/measured.md, "Scale out").
  const samePids = (a, b) => Object.keys(a).sort().join() === Object.keys(b).sort().join();
  const ticks = (byPid) => Object.values(byPid).reduce((sum, t) => sum + t, 0);
  const cpuPerMessage = Object.fromEntries(Object.keys(cpuEnd)
    .filter((s) => s in cpuStart && (CHANGING.includes(s) || samePids(cpuStart[s], cpuEnd[s])))
    .map((s) => [s, ((ticks(cpuEnd[s]) - ticks(cpuStart[s])) * 1000) / CLOCK_TICKS / Math.max(1, answeredCount)]));
  if (Object.keys(cpuPerMessage).length) {
    console.log(`CPU per message answered: ${Object.entries(cpuPerMessage).map(([s, ms]) => `${s} ${ms.toFixed(1)} ms`).join(', ')}`);
  }
  // The whole machine over the same window: what every process together spent a message, and how busy the cores were.
  const machine = machineStart && machineEnd
    ? { perMessage: ((machineEnd.busy - machineStart.busy) * 1000) / CLOCK_TICKS / Math.max(1, answeredCount),
        busy: busyBetween(machineStart, machineEnd) }
    : null;
  if (machine) {
    console.log(`the whole machine: ${machine.perMessage.toFixed(1)} ms of CPU a message answered, its cores ${(machine.busy * 100).toFixed(0)}% busy`);
  }
  const slowestSeconds = perSecond.slowest(measured, measuredStart);
  if (slowestSeconds.length) {
    const share = (s) => `cores ${s.busy}% busy: ${Object.entries(s.cores).map(([g, pct]) => `${g} ${pct}%`).join(', ')}`;
    console.log(`each second, what each process used of one core; a typical second: ${share(perSecond.typical())}`);
    console.log('the slowest seconds (by the slowest reply to a message sent in them):');
    for (const s of slowestSeconds) {
      console.log(`  +${s.second} s: ${s.sent} sent, slowest ${fmt(s.slowest)}; ${share(s)}`);
    }
  }
  const lagSorted = [...lagSamples].sort((a, b) => a - b);
  const insightsLagSummary = lagSamples.length
    ? { p50: percentile(lagSorted, 50), p95: percentile(lagSorted, 95), max: lagSorted[lagSorted.length - 1], last: lagSamples[lagSamples.length - 1], samples: lagSamples.length }
    : null;
  console.log(insightsLagSummary
    ? `insights-service lag (records of its input topics not yet committed, each second): p50 ${insightsLagSummary.p50}, p95 ${insightsLagSummary.p95}, max ${insightsLagSummary.max}, at the end ${insightsLagSummary.last}`
    : 'insights-service lag: not measured (bench/insights.sh --watch gave nothing)');
  console.log(`audit: ${unanswered} unanswered, ${doubledMessages} messages doubled, ${doubledReplies} replies doubled, ${outOfOrder} answered out of order;`
    + ` refused ${refused}; ${stats.errors} errors; ${stats.streamDrops} stream drops; sender lag max ${Math.round(lag)} ms`);
  const result = {
    mix: MIX, rate: RATE, seconds: SECONDS, conversations: CONVERSATIONS, offered, achieved,
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies[latencies.length - 1],
    cpuPerMessage, machine, slowestSeconds: slowestSeconds.map((x) => ({ ...x, slowest: Number.isFinite(x.slowest) ? Math.round(x.slowest) : null })),
    insightsLag: insightsLagSummary, unanswered, doubledMessages, doubledReplies, outOfOrder, refused: Object.fromEntries(stats.refused), errors: stats.errors,
  };
  console.log(`json ${JSON.stringify(result)}`);
  if (options.timeline) {
    const epoch = (t) => (t === undefined ? null : Math.round(performance.timeOrigin + t));
    writeFileSync(options.timeline, [...messages.values()].map((m) => JSON.stringify(
      { sent: epoch(m.sentAt), accepted: epoch(m.acceptedAt), replied: epoch(m.repliedAt) })).join('\n') + '\n');
  }
  process.exit(unanswered + doubledMessages + doubledReplies + outOfOrder + stats.errors > 0 ? 1 : 0);
}

function parse(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unknown argument ${argv[i]} (see the header of bench/load.mjs)`);
    out[m[1]] = m[2] ?? argv[++i];
  }
  return out;
}

main().catch((e) => {
  console.error(e.stack || e);
  process.exit(1);
});
