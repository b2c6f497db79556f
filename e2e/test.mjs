// Browser tests of the chat widget on the demo shop page, against the whole local stack (./run --fresh), in Debian's
// Chromium driven by playwright-core. Run from e2e/: `npm ci && node test.mjs` (or ./run.sh, which installs Chromium).
// Needs the jars of `./mvnw verify` (or package) and free ports 8080-8084, 9092, 5432.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, createWriteStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createHmac } from 'node:crypto';
import { runSuite } from './scenarios/suite.mjs';
import { Shopper, placeOrder } from './scenarios/client.mjs';
import { fuzz } from './fuzz.mjs';
import { classifiedBy, replicaOf, stopReplica } from './replica.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const targetDir = join(here, 'target');
const BASE = process.env.E2E_BASE_URL || 'http://localhost:8080';
const REPLY_TIMEOUT = 45_000;
// The services keep their ops API closed without a key; ./run gives them this one unless DIANXIAOER_OPS_API_KEY is set.
const OPS_KEY = process.env.DIANXIAOER_OPS_API_KEY || 'local-ops-key';
const OPS_HEADERS = { 'X-Api-Key': OPS_KEY };
const opsFetch = (url, init = {}) => fetch(url, { ...init, headers: { ...OPS_HEADERS, ...(init.headers || {}) } });
mkdirSync(targetDir, { recursive: true });

const results = [];
const log = (...a) => console.log('[e2e]', ...a);

function startStack() {
  const out = createWriteStream(join(targetDir, 'stack.log'));
  // The satisfaction question comes 24 h after a complaint is settled; a few seconds here.
  // The supervisor's pause is 20 s by default; the scenario suite plays hundreds of bargains.
  const env = { ...process.env, DIANXIAOER_AFTERSALES_SATISFACTION_DELAY: '3s', DIANXIAOER_NEGOTIATION_SUPERVISOR_DELAY: '1s',
    // insights-service: a conversation quiet for 5 s is over, so its outcome is there within the step
    DIANXIAOER_INSIGHTS_IDLE: '5s', DIANXIAOER_INSIGHTS_SWEEP_INTERVAL: '1s' };
  const proc = spawn('./run', ['--fresh'], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout.pipe(out, { end: false });
  proc.stderr.pipe(out, { end: false });
  const up = new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('the stack did not come up in 420 s (see e2e/target/stack.log)')), 420_000);
    proc.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      if (/stack up/.test(seen)) { clearTimeout(timer); resolve(); }
      if (seen.length > 100_000) seen = seen.slice(-1000);
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`./run exited with ${code} before the stack was up (see e2e/target/stack.log)`)); });
  });
  return { proc, up };
}

async function stopStack(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGTERM');
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 120_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    log('./run did not stop within 120 s of SIGTERM; killing it');
    proc.kill('SIGKILL');
  }
}

// E2E_STEPS='demo page|welcome|handoff' runs only the steps whose name matches (while developing one; later steps may
// need what the first two set up).
async function step(name, fn) {
  if (process.env.E2E_STEPS && !new RegExp(process.env.E2E_STEPS).test(name)) {
    log(`skip ${name}`);
    return;
  }
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push({ name, ok: false });
    log(`FAIL ${name}: ${e.stack || e}`);
    throw e;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function until(what, fn, timeout = REPLY_TIMEOUT) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

// The widget draws inside an open shadow root; Playwright's CSS locators pierce it.
const bubbles = (page) => page.evaluate(() => {
  const root = document.querySelector('#dianxiaoer-widget').shadowRoot;
  return [...root.querySelectorAll('.log .m')].map((m) => ({
    role: m.classList.contains('customer') ? 'customer' : m.classList.contains('agent') ? 'agent' : 'bot',
    seq: Number(m.getAttribute('data-seq') || 0),
    text: m.querySelector('.b').lastChild.textContent,
    meta: m.querySelector('.meta').textContent,
  }));
});

async function say(page, text) {
  const input = page.locator('#dianxiaoer-widget textarea');
  await input.fill(text);
  await input.press('Enter');
}

/** Waits for a shop reply shown after the customer's message with this text, and returns it. */
async function replyAfter(page, text) {
  return until(`a reply to "${text}"`, async () => {
    const items = await bubbles(page);
    const mine = items.findLastIndex((m) => m.role === 'customer' && m.text === text && m.seq > 0);
    return mine >= 0 && items.slice(mine + 1).find((m) => m.role !== 'customer');
  });
}

async function transcript(conversation) {
  const r = await fetch(`${BASE}/api/v1/conversations/${conversation.id}/messages?after=0`,
    { headers: { Authorization: `Bearer ${conversation.token}` } });
  assert(r.ok, `transcript: HTTP ${r.status}`);
  return r.json();
}

/** The load benchmark (bench/load.mjs) as a child process: its exit code and what it printed. */
function runLoad(args) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [join(repo, 'bench', 'load.mjs'), ...args], { cwd: repo, env: process.env });
    let output = '';
    proc.stdout.on('data', (c) => { output += c; });
    proc.stderr.on('data', (c) => { output += c; });
    proc.on('close', (code) => resolve({ code, output }));
  });
}

async function main() {
  const { proc, up } = startStack();
  let browser;
  try {
    log('starting ./run --fresh ...');
    await up;
    log('stack up');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));

    await step('the demo page shows the demo shop\'s products with prices', async () => {
      await page.goto(BASE + '/');
      await page.locator('article.card').nth(9).waitFor({ timeout: 15_000 });
      const cards = await page.locator('article.card').allTextContents();
      assert(cards.length === 10, `10 products expected, saw ${cards.length}`);
      assert(cards.some((c) => c.includes('羊毛双面呢大衣') && c.includes('899.00')), 'the wool coat at 899.00');
      await page.locator('#dianxiaoer-widget .bubble').waitFor();
    });

    await step('greeting: "在吗" gets the shop\'s welcome', async () => {
      await page.locator('#dianxiaoer-widget .bubble').click();
      await page.locator('#dianxiaoer-widget textarea').waitFor();
      assert(await page.locator('#dianxiaoer-widget header').textContent().then((t) => t.includes('小二优选旗舰店') && t.includes('小美')),
        'the header names the shop and the agent');
      await say(page, '在吗');
      const welcome = await replyAfter(page, '在吗');
      log('  welcome:', welcome.text.slice(0, 80).replace(/\n/g, ' '), '...');
      assert(welcome.text.includes('小二优选旗舰店') && welcome.text.includes('小美'), 'the welcome names the shop and the agent');
    });

    const conversation = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.endsWith(':conversation'));
      return JSON.parse(localStorage.getItem(key));
    });

    await step('bargaining: "太贵了 便宜点" gets negotiation-service\'s reply', async () => {
      await say(page, '太贵了 便宜点');
      const reply = await replyAfter(page, '太贵了 便宜点');
      log('  reply:', reply.text.slice(0, 80).replace(/\n/g, ' '));
      const items = await transcript(conversation);
      const item = items.find((i) => i.seq === reply.seq);
      assert(item && ['bargain', 'promotion'].includes(item.intent), `a bargaining reply expected, got intent ${item && item.intent}`);
    });

    await step('IME: Enter while composing Chinese does not send', async () => {
      const input = page.locator('#dianxiaoer-widget textarea');
      const before = (await bubbles(page)).length;
      await input.fill('pin');
      await input.dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
      await input.dispatchEvent('compositionstart', { data: '' });
      await input.dispatchEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true });
      await page.waitForTimeout(500);
      assert((await bubbles(page)).length === before, 'nothing was sent');
      assert((await input.inputValue()) === 'pin', 'the text is still being composed');
      await input.dispatchEvent('compositionend', { data: '拼' });
      await input.fill('');
    });

    await step('reload: the conversation and its history are still there', async () => {
      await page.reload();
      const items = await until('the history after the reload', async () => {
        const b = await bubbles(page);
        return b.length >= 4 && b;
      }, 15_000);
      const texts = items.map((m) => m.text);
      assert(texts.includes('在吗') && texts.includes('太贵了 便宜点'), 'both customer messages are shown again');
      assert(items.filter((m) => m.role === 'bot').length >= 2, 'both replies are shown again');
      const again = await page.evaluate(() => window.Dianxiaoer.conversationId);
      assert(again === conversation.id, 'the same conversation');
    });

    await step('dropped stream: missed replies and the offline queue arrive after the reconnect, once each', async () => {
      await until('the stream', () => page.evaluate(() => window.Dianxiaoer.connected), 15_000);
      await context.setOffline(true);
      await page.evaluate(() => window.Dianxiaoer.dropStream());
      const shownBefore = (await bubbles(page)).length;
      // Typed while offline: queued in the widget.
      await say(page, '羊毛大衣有货吗');
      await until('the message to wait in the queue', async () => (await bubbles(page)).some((m) => m.text === '羊毛大衣有货吗' && m.seq === 0));
      // Meanwhile the conversation goes on on the server (another tab of the same customer, say).
      const r = await fetch(`${BASE}/api/v1/conversations/${conversation.id}/messages`, {
        method: 'POST', headers: { Authorization: `Bearer ${conversation.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: '175穿多大', clientMessageId: 'e2e-offline-1' }),
      });
      assert(r.status === 202, `posting from outside: HTTP ${r.status}`);
      const { seq } = await r.json();
      await until('the reply on the server', async () => (await transcript(conversation)).some((i) => i.seq > seq && i.role !== 'customer'));
      await page.waitForTimeout(1000);
      const whileDown = await bubbles(page);
      assert(!whileDown.some((m) => m.seq >= seq), 'nothing new is shown while the stream is down');
      assert(whileDown.length === shownBefore + 1, 'only the queued message is shown while offline');

      await context.setOffline(false);
      const items = await until('the missed items and the queued message with its reply', async () => {
        const b = await bubbles(page);
        const queued = b.findIndex((m) => m.text === '羊毛大衣有货吗' && m.seq > 0);
        return b.some((m) => m.seq === seq) && b.some((m) => m.seq > seq && m.role !== 'customer') && queued >= 0 &&
          b.slice(queued + 1).some((m) => m.role !== 'customer') && b;
      });
      const seqs = items.map((m) => m.seq);
      assert(new Set(seqs).size === seqs.length, 'no item is shown twice');
      assert(seqs.every((s, i) => i === 0 || s > seqs[i - 1]), 'items are in order');
      const server = await transcript(conversation);
      assert(server.filter((i) => i.text === '羊毛大衣有货吗').length === 1, 'the queued message was stored once');
    });

    const orderId = `E2E${Date.now()}`;

    await step('address check: after payment the shop asks, and tapping "确认，地址没问题" confirms', async () => {
      // The shop's order system reports an order from this conversation, then its payment (order-service's API).
      const orders = BASE.replace(/:8080$/, ':8082') + '/api/v1/shops/demo/orders';
      const created = await opsFetch(orders, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          orderId, conversationId: conversation.id, version: 1, total: 869,
          lines: [{ productId: 'wool-coat', name: '羊毛双面呢大衣', quantity: 1, unitPrice: 869 }],
          receiver: { name: '张小明', phone: '13812345678', address: '浙江省杭州市西湖区文三路100号' },
        }),
      });
      assert(created.status === 201, `creating the order: HTTP ${created.status}`);
      const paid = await opsFetch(`${orders}/${orderId}/status`, {
        method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: 'paid', version: 2 }),
      });
      assert(paid.status === 200, `paying the order: HTTP ${paid.status}`);

      const root = page.locator('#dianxiaoer-widget');
      const confirm = root.locator('.qr button', { hasText: '确认，地址没问题' });
      await confirm.waitFor({ timeout: REPLY_TIMEOUT });
      const ask = (await bubbles(page)).findLast((m) => m.role === 'bot');
      assert(ask.text.includes('138****5678') && !ask.text.includes('13812345678'), `the receiver is shown masked: ${ask.text}`);
      assert(await root.locator('.qr button', { hasText: '我要改地址' }).isVisible(), 'a button to change the address too');
      await confirm.click();
      const done = await replyAfter(page, '确认，地址没问题');
      log('  reply:', done.text.replace(/\n/g, ' '));
      assert(done.text.includes('已确认'), `the address is confirmed: ${done.text}`);
      assert(await root.locator('.qr button', { hasText: '确认，地址没问题' }).count() === 0, 'the buttons go once answered');
    });

    await step('complaint: a torn collar is heard, asked for a photo, settled, and the satisfaction buttons record 5', async () => {
      const orders = BASE.replace(/:8080$/, ':8082') + '/api/v1/shops/demo/orders';
      for (const [version, body] of [[3, { status: 'shipped', courier: '韵达', waybillNumber: 'YD1234567890' }], [4, { status: 'delivered' }]]) {
        const r = await opsFetch(`${orders}/${orderId}/status`, {
          method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...body, version }),
        });
        assert(r.status === 200, `order ${body.status}: HTTP ${r.status}`);
      }
      await until('the delivery\'s farewell', async () => (await bubbles(page)).some((m) => m.role === 'bot' && m.text.includes('好评')));

      const complaint = '大衣收到领口是破的，太失望了';
      await say(page, complaint);
      const ask = await until('the request for a photo', async () => {
        const items = await bubbles(page);
        const mine = items.findLastIndex((m) => m.text === complaint && m.seq > 0);
        return mine >= 0 && items.slice(mine + 1).find((m) => m.role === 'bot' && m.text.includes('照片'));
      });
      const heard = (await bubbles(page)).filter((m) => m.role === 'bot' && m.seq > 0 && m.seq < ask.seq).pop();
      assert(heard.text.includes('抱歉'), `an apology before anything else: ${heard.text}`);

      const photo = '照片在这 https://img.example.com/coat.jpg';
      await say(page, photo);
      const outcome = await replyAfter(page, photo);
      log('  outcome:', outcome.text.slice(0, 80).replace(/\n/g, ' '), '...');

      const root = page.locator('#dianxiaoer-widget');
      const five = root.locator('.qr button', { hasText: '5分 非常满意' });
      await five.waitFor({ timeout: REPLY_TIMEOUT });
      assert(await root.locator('.qr button').count() === 5, 'five score buttons');
      await five.click();
      const thanks = await replyAfter(page, '5分 非常满意');
      assert(thanks.text.includes('谢谢'), `thanks for the score: ${thanks.text}`);
      const cases = await (await opsFetch(BASE.replace(/:8080$/, ':8083') + '/api/v1/admin/shops/demo/cases?state=all')).json();
      const mine = cases.find((c) => c.conversationId === conversation.id);
      assert(mine && mine.satisfaction === 5, `the case records satisfaction 5: ${JSON.stringify(mine)}`);
    });

    await step('two requests: "有货吗 能便宜点吗" gets the stock answer, then negotiation-service\'s reply to the second', async () => {
      const ctx = await browser.newContext({ locale: 'zh-CN' });
      try {
        const p = await ctx.newPage();
        await p.goto(BASE + '/');
        await p.locator('#dianxiaoer-widget .bubble').click();
        await p.locator('#dianxiaoer-widget textarea').waitFor();
        const text = '羊毛双面呢大衣有货吗 能便宜点吗';
        await say(p, text);
        // The widget stores the conversation once it is open, a moment after the message is typed.
        const mine = await until('the conversation is open', () => p.evaluate(() => {
          const key = Object.keys(localStorage).find((k) => k.endsWith(':conversation'));
          return key && JSON.parse(localStorage.getItem(key));
        }));
        const answers = await until('answers to both requests', async () => {
          const items = await transcript(mine);
          const asked = items.find((i) => i.role === 'customer' && i.text === text);
          const replies = asked ? items.filter((i) => i.seq > asked.seq && i.role === 'bot') : [];
          const stock = replies.find((i) => i.intent === 'stock');
          const price = replies.find((i) => ['bargain', 'promotion'].includes(i.intent));
          return stock && price && { stock, price };
        });
        log('  stock:', answers.stock.text.slice(0, 60).replace(/\n/g, ' '), '| price:', answers.price.text.slice(0, 60).replace(/\n/g, ' '));
        assert(answers.stock.seq < answers.price.seq, 'the first request is answered first');
        assert(answers.stock.text.includes('羊毛双面呢大衣') || answers.stock.text.includes('现货') || answers.stock.text.includes('有货'),
          `the stock answer is about the coat: ${answers.stock.text}`);
        await until('both shown in the widget', async () => {
          const shown = (await bubbles(p)).map((m) => m.text);
          return shown.includes(answers.stock.text) && shown.includes(answers.price.text);
        });
      } finally {
        await ctx.close();
      }
    });

    await step('HTML from the customer is shown as text, never run', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      await say(page, evil);
      await until('the message to be accepted', async () => (await bubbles(page)).some((m) => m.text === evil && m.seq > 0));
      await replyAfter(page, evil).catch(() => {});
      await page.waitForTimeout(1000);
      const imgs = await page.evaluate(() => document.querySelector('#dianxiaoer-widget').shadowRoot.querySelectorAll('img').length +
        document.querySelectorAll('img').length);
      assert(imgs === 0, `no <img> element may appear, found ${imgs}`);
      assert(dialogs.length === 0, `no dialog may open, saw ${JSON.stringify(dialogs)}`);
    });

    await step('CORS: a shop page of an allowed origin chats cross-origin; another origin is refused', async () => {
      // A shop's own page, on its own origin (a small server here), embedding the widget from the chat server.
      const shopPage = `<!DOCTYPE html><meta charset="utf-8"><title>shop</title><h1>shop page</h1>
        <script src="${BASE}/widget/dianxiaoer.js" data-shop="demo" data-open="true" async></script>`;
      const server = createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }); res.end(shopPage); });
      await new Promise((resolve) => server.listen(0, resolve));
      const port = server.address().port;
      const allowed = `http://127.0.0.1:${port}`;
      const other = `http://localhost:${port}`;   // another origin: same server, another host name
      const ctx = await browser.newContext({ locale: 'zh-CN' });
      try {
        // The shop operator allows the first origin (shop admin API), keeping the others.
        const shop = await (await opsFetch(`${BASE}/api/v1/admin/shops/demo`)).json();
        shop.allowedOrigins = [...shop.allowedOrigins, allowed];
        const put = await opsFetch(`${BASE}/api/v1/admin/shops/demo`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(shop) });
        assert(put.status === 200, `allowing ${allowed}: HTTP ${put.status}`);

        const p1 = await ctx.newPage();
        await p1.goto(`${allowed}/`);
        await p1.locator('#dianxiaoer-widget textarea').waitFor();
        await say(p1, '你好');
        const welcome = await replyAfter(p1, '你好');
        assert(welcome.text.includes('小二优选旗舰店'), 'the welcome arrives on the allowed origin\'s page');

        const p2 = await ctx.newPage();
        const refused = [];
        p2.on('console', (m) => { if (/CORS|Access-Control/i.test(m.text())) refused.push(m.text()); });
        await p2.goto(`${other}/`);
        await p2.locator('#dianxiaoer-widget textarea').waitFor();
        await say(p2, '你好');
        await p2.waitForTimeout(3000);
        const items = await bubbles(p2);
        assert(items.length === 1 && items[0].seq === 0, 'the message is not accepted from a page the shop does not allow');
        assert(refused.length > 0, 'the browser reports the CORS refusal');
      } finally {
        await ctx.close();
        server.close();
      }
    });

    await step('handoff: an agent signs in to the workbench, sees the customer in the queue, reads the summary and answers; the customer sees the answer once, also after a reload; handed back, the bot answers again', async () => {
      const shopper = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 800 } });
      const agentContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
      try {
        const customer = await shopper.newPage();
        const errors = [];
        customer.on('pageerror', (e) => errors.push(String(e)));
        await customer.goto(BASE + '/');
        await customer.locator('#dianxiaoer-widget .bubble').click();
        await say(customer, '羊毛双面呢大衣有货吗');
        await replyAfter(customer, '羊毛双面呢大衣有货吗');
        await say(customer, '转人工');
        const handoff = await replyAfter(customer, '转人工');
        assert(handoff.text.includes('人工客服'), `the customer is told a person comes: ${handoff.text}`);
        const conversationId = await customer.evaluate(() => window.Dianxiaoer.conversationId);

        const agent = await agentContext.newPage();
        agent.on('pageerror', (e) => errors.push(String(e)));
        await agent.goto(BASE + '/workbench/');
        await agent.locator('#signin input[name=shopId]').fill('demo');
        await agent.locator('#signin input[name=username]').fill('xiaowang');
        await agent.locator('#signin input[name=password]').fill('xiaowang-demo');
        await agent.locator('#signin button[type=submit]').click();
        await until('the agent is signed in', async () => (await agent.locator('#agent-name').textContent()).includes('小王'), 15_000);
        const waiting = agent.locator(`#queue li[data-conversation="${conversationId}"]`);
        await waiting.waitFor({ timeout: 15_000 });
        assert(/等待|已等/.test(await waiting.textContent()), `the queue says how long the customer waits: ${await waiting.textContent()}`);
        await waiting.click();
        await until('the transcript in the workbench', async () => (await agent.locator('#conversation .m.customer .b').allTextContents())
          .some((t) => t.includes('转人工')), 15_000);
        const summary = await until('the summary names the product and the request', async () => {
          const text = await agent.locator('#summary').textContent();
          return text.includes('羊毛双面呢大衣') && text.includes('库存') && text;
        }, 15_000);
        log('summary:', summary.replace(/\s+/g, ' ').slice(0, 200));

        await agent.locator('#take').click();
        await until('the conversation is taken', async () => (await agent.locator('#conv-taken').textContent()).includes('小王'), 15_000);
        const answer = '亲，我是客服小王，这款大衣M码和L码都有现货，今天下单就发顺丰哦～';
        await agent.locator('#reply textarea').fill(answer);
        await agent.locator('#reply textarea').press('Enter');
        await until('the answer on the workbench transcript', async () => (await agent.locator('#conversation .m.agent .b').allTextContents())
          .some((t) => t.includes(answer)), 15_000);

        const seen = await until('the agent\'s answer in the widget', async () => (await bubbles(customer))
          .find((m) => m.role === 'agent' && m.text === answer));
        const header = await customer.locator('#dianxiaoer-widget header').textContent();
        assert(header.includes('小王'), `the widget shows that 小王 answers: ${header}`);
        assert((await customer.locator('#dianxiaoer-widget .m.agent .who').first().textContent()).includes('小王'), 'the answer carries the agent\'s name');
        await customer.reload();
        await customer.locator('#dianxiaoer-widget .bubble').waitFor();
        if (!(await customer.locator('#dianxiaoer-widget textarea').isVisible())) await customer.locator('#dianxiaoer-widget .bubble').click();
        await until('the history after a reload', async () => (await bubbles(customer)).some((m) => m.seq === seen.seq));
        await new Promise((r) => setTimeout(r, 1500));
        const copies = (await bubbles(customer)).filter((m) => m.text === answer);
        assert(copies.length === 1, `the answer is shown once after the reload, not ${copies.length} times`);

        await agent.locator('#hand-back').click();
        const back = await until('the bot says it takes over again', async () => (await bubbles(customer))
          .find((m) => m.role === 'bot' && m.seq > seen.seq && m.text.includes('继续为您服务')));
        await say(customer, '有什么优惠活动吗');
        const botAgain = await replyAfter(customer, '有什么优惠活动吗');
        assert(botAgain.role === 'bot' && botAgain.seq > back.seq, `the bot answers the next message: ${JSON.stringify(botAgain)}`);
        await until('the conversation leaves the queue', async () => (await agent.locator(`#queue li[data-conversation="${conversationId}"]`).count()) === 0, 15_000);
        await agent.screenshot({ path: join(targetDir, 'workbench.png') });
        assert(errors.length === 0, `no script errors in the widget or the workbench: ${errors.join('; ')}`);
      } finally {
        await shopper.close();
        await agentContext.close();
      }
    });

    await step('orders belong to their buyer: a stranger who types someone else\'s order number learns nothing and changes nothing; the buyer, vouched for by the shop\'s page, is answered', async () => {
      const shopApi = BASE + '/api/v1/admin/shops/demo';
      const shop = await (await opsFetch(shopApi)).json();
      const secret = 'demo-identity-secret-e2e-0001';
      const put = await opsFetch(shopApi, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...shop, identitySecret: secret }) });
      assert(put.ok, `setting the shop's identity secret: HTTP ${put.status}`);
      const sign = (id) => createHmac('sha256', secret).update(id).digest('hex');

      const buyerId = `buyer-${Date.now()}`;
      const buyer = await Shopper.open({ customerId: buyerId, customerSignature: sign(buyerId) });
      const strangerOrder = `TB${Date.now()}77`;
      await placeOrder(buyer, { orderId: strangerOrder, customerId: buyerId, total: 899,
        lines: [{ productId: 'wool-coat', name: '羊毛双面呢大衣', quantity: 1, unitPrice: 899 }],
        receiver: { name: '张小明', phone: '13812345678', address: '浙江省杭州市西湖区文三路100号' } });

      const stranger = await Shopper.open();
      const toStranger = (await stranger.say(`订单${strangerOrder}的地址改成北京市朝阳区建国路88号`)).map((m) => m.text).join('\n');
      log('  to the stranger:', toStranger.replace(/\n/g, ' ').slice(0, 120));
      assert(/登录|转人工/.test(toStranger), `the stranger is told how to sign in or reach a person: ${toStranger}`);
      for (const secretBit of ['张', '138', '浙江', '文三路', '899', '已付款', '待付款']) {
        assert(!toStranger.includes(secretBit), `nothing of the order reaches the stranger ("${secretBit}"): ${toStranger}`);
      }
      const order = await (await opsFetch(`${BASE.replace(/:8080$/, ':8082')}/api/v1/shops/demo/orders/${strangerOrder}`)).json();
      assert(order.receiver.address === '浙江省杭州市西湖区文三路100号', `the address is unchanged: ${order.receiver.address}`);

      const forged = await fetch(BASE + '/api/v1/conversations', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ shopId: 'demo', customerId: buyerId, customerSignature: sign('someone-else') }) });
      assert(forged.status === 401, `a forged identity is refused: HTTP ${forged.status}`);
      const again = await Shopper.open({ customerId: buyerId, customerSignature: sign(buyerId) });
      const toBuyer = (await again.say(`订单${strangerOrder}什么时候发货`)).map((m) => m.text).join('\n');
      assert(toBuyer && !toBuyer.includes('登录下单的账号'), `the buyer, signed in, is answered about the order: ${toBuyer}`);
    });

    await step('erasure: an operator erases a customer; every service erases its part and reports, the order keeps no receiver; a returning shopper\'s widget starts afresh', async () => {
      const shopper = await Shopper.open({ productId: 'wool-coat' });
      const bargain = await shopper.say('这件大衣能便宜点吗');
      assert(bargain.some((m) => m.stage === 'negotiation'), `bargaining answered: ${JSON.stringify(bargain)}`);
      const orderId = `ER${Date.now()}`;
      await placeOrder(shopper, { orderId, total: 869, lines: [{ productId: 'wool-coat', name: '羊毛双面呢大衣', quantity: 1, unitPrice: 869 }],
        receiver: { name: '韩梅梅', phone: '13998765432', address: '江苏省南京市鼓楼区中山路18号' } });
      const complaint = await shopper.say('大衣收到了，领口是破的，太失望了');
      assert(complaint.some((m) => m.stage === 'aftersales'), `the complaint is heard: ${JSON.stringify(complaint)}`);

      const erasures = `${BASE}/api/v1/admin/shops/demo/erasures`;
      const accepted = await opsFetch(erasures, { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ conversationId: shopper.id }) });
      assert(accepted.status === 202, `the erasure is accepted: HTTP ${accepted.status}`);
      const { erasureId } = await accepted.json();
      let status;
      await until('every service reports its part of the erasure', async () => {
        status = await (await opsFetch(`${erasures}/${erasureId}`)).json();
        return status.state === 'complete';
      }, 60_000);
      log('  erased:', status.services.map((s) => `${s.service} ${s.records}`).join(', '));
      for (const service of ['greeting-service', 'negotiation-service', 'order-service', 'aftersales-service']) {
        const report = status.services.find((s) => s.service === service);
        assert(report && report.reported === 1 && report.records > 0, `${service} erased something of the conversation: ${JSON.stringify(report)}`);
      }
      const order = await (await opsFetch(`${BASE.replace(/:8080$/, ':8082')}/api/v1/shops/demo/orders/${orderId}`)).json();
      assert(order.receiver.name === '已删除' && !order.receiver.phone && order.total === 869, `the order stays, without its receiver: ${JSON.stringify(order)}`);
      const gone = await fetch(`${BASE}/api/v1/conversations/${shopper.id}/messages`, { headers: { Authorization: `Bearer ${shopper.token}` } });
      assert(gone.status === 410, `the erased conversation is gone for the widget: HTTP ${gone.status}`);

      // A shopper whose conversation was erased (on request, or after the shop's retention period) comes back to the
      // shop's page: the widget starts afresh and the message is answered.
      const returning = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 800 } });
      try {
        const page = await returning.newPage();
        await page.goto(BASE + '/');
        await page.locator('#dianxiaoer-widget .bubble').click();
        await say(page, '在吗');
        await replyAfter(page, '在吗');
        const before = await until('the conversation is open', () => page.evaluate(() => window.Dianxiaoer.conversationId));
        const erased = await opsFetch(erasures, { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ conversationId: before }) });
        assert(erased.status === 202, `erasing the widget's conversation: HTTP ${erased.status}`);
        await page.reload();
        // The widget reopens as the shopper left it; open it only if it is closed.
        await page.locator('#dianxiaoer-widget .bubble').waitFor();
        if (!(await page.locator('#dianxiaoer-widget textarea').isVisible())) await page.locator('#dianxiaoer-widget .bubble').click();
        await say(page, '这件大衣有货吗');
        const after = await until('a new conversation', async () => {
          const id = await page.evaluate(() => window.Dianxiaoer.conversationId);
          return id && id !== before && id;
        });
        await replyAfter(page, '这件大衣有货吗');
        const shown = await bubbles(page);
        assert(!shown.some((m) => /未发送|not sent/.test(m.meta || '')), `no message shown as not sent: ${JSON.stringify(shown)}`);
        log(`  the returning shopper's widget moved from ${before.slice(0, 8)} to ${after.slice(0, 8)}`);
      } finally {
        await returning.close();
      }
    });

    await step('rate limits: a shopper who types faster than the shop allows is made to wait, and the widget sends every message once when it may', async () => {
      const shopApi = BASE + '/api/v1/admin/shops/demo';
      const shop = await (await opsFetch(shopApi)).json();
      const setLimit = (perConversation) => opsFetch(shopApi, { method: 'PUT', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...shop, rateLimits: { ...shop.rateLimits, perConversation } }) });
      assert((await setLimit(6)).ok, 'lowering the demo shop\'s limit');
      const fast = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 800 } });
      try {
        const page = await fast.newPage();
        await page.goto(BASE + '/');
        await page.locator('#dianxiaoer-widget .bubble').click();
        const said = ['在吗', '这件大衣有货吗', 'M码有吗', '什么面料', '能便宜点吗', '包邮吗', '几天到', '有赠品吗'];
        for (const text of said) await say(page, text);
        const conversation = { id: await until('the conversation is open', () => page.evaluate(() => window.Dianxiaoer.conversationId)) };
        conversation.token = await page.evaluate(() => {
          const key = Object.keys(localStorage).find((k) => k.endsWith(':conversation'));
          return JSON.parse(localStorage.getItem(key)).token;
        });
        const stored = await until('every message on the transcript', async () => {
          const items = (await transcript(conversation)).filter((m) => m.role === 'customer');
          return items.length >= said.length && items;
        }, 90_000);
        assert(stored.length === said.length && said.every((t) => stored.filter((m) => m.text === t).length === 1),
          `each message stored once, none lost: ${stored.map((m) => m.text).join(' | ')}`);
        const shown = (await bubbles(page)).filter((m) => m.role === 'customer');
        assert(shown.every((m) => !/未发送|not sent/.test(m.meta)), `no message shown as not sent: ${JSON.stringify(shown)}`);
      } finally {
        await fast.close();
        await setLimit(shop.rateLimits.perConversation);
      }
    });

    await step('screenshot of the open chat (e2e/target/chat.png)', async () => {
      await page.screenshot({ path: join(targetDir, 'chat.png') });
      const phone = await browser.newContext({ locale: 'en-US', viewport: { width: 375, height: 667 }, isMobile: true });
      const small = await phone.newPage();
      await small.goto(BASE + '/');
      await small.locator('#dianxiaoer-widget .bubble').click();
      const box = await small.locator('#dianxiaoer-widget .panel').boundingBox();
      assert(box && box.width <= 375 && box.x >= 0, `the panel fits a phone screen (${JSON.stringify(box)})`);
      assert((await small.locator('#dianxiaoer-widget .bubble').getAttribute('aria-label')) === 'Chat with the shop', 'English interface for an English browser');
      await small.screenshot({ path: join(targetDir, 'chat-phone.png') });
      await phone.close();
      assert(pageErrors.length === 0, `no script errors on the page: ${pageErrors.join('; ')}`);
    });

    await step('insights: a new shop\'s scripted conversations end up in its figures and in its list of conversations that ended badly, on the API and on the shop owner\'s page, reached from the workbench by the shop\'s admin and linking back into it (e2e/target/insights.png)', async () => {
      const INSIGHTS = BASE.replace(/:8080$/, ':8084');
      const shopId = 'insights-e2e';
      const demo = await (await opsFetch(`${BASE}/api/v1/admin/shops/demo`)).json();
      const put = await opsFetch(`${BASE}/api/v1/admin/shops/${shopId}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(demo) });
      assert(put.status === 200 || put.status === 201, `creating ${shopId}: HTTP ${put.status}`);
      // three customers: one greets, one asks for a person, one thanks; each gets the bot's answer
      const chats = [];
      for (const [i, text] of ['在吗', '转人工', '谢谢'].entries()) {
        const opened = await fetch(`${BASE}/api/v1/conversations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ shopId, customerId: `insights-${i}` }) });
        assert(opened.status === 201, `opening: HTTP ${opened.status}`);
        const { conversationId, token } = await opened.json();
        const conversation = { id: conversationId, token };
        const sent = await fetch(`${BASE}/api/v1/conversations/${conversationId}/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ text, clientMessageId: `insights-${i}` }) });
        assert(sent.status === 202, `saying ${text}: HTTP ${sent.status}`);
        await until(`the answer to ${text}`, async () => (await transcript(conversation)).some((m) => m.role === 'bot'));
        chats.push({ conversationId, text });
      }
      const figures = await until('the shop\'s figures count the three conversations', async () => {
        const r = await opsFetch(`${INSIGHTS}/api/v1/admin/shops/${shopId}/insights/figures?period=hour`);
        if (!r.ok) return null;
        const hours = await r.json();
        const sum = (k) => hours.reduce((a, h) => a + h[k], 0);
        return sum('conversations') === 3 ? { conversations: 3, handoffs: sum('handoffs'), botResolved: sum('botResolved') } : null;
      }, 90_000);
      assert(figures.handoffs === 1, `one handoff: ${JSON.stringify(figures)}`);
      assert(figures.botResolved === 2, `two resolved by the bot: ${JSON.stringify(figures)}`);
      const bad = await (await opsFetch(`${INSIGHTS}/api/v1/admin/shops/${shopId}/insights/conversations`)).json();
      const handedOver = chats.find((c) => c.text === '转人工').conversationId;
      assert(bad.length === 1 && bad[0].conversationId === handedOver, `the handed-over conversation is the one that ended badly: ${JSON.stringify(bad)}`);
      assert(bad[0].unresolvedBecause.includes('asked_for_person'), `because the customer asked for a person: ${JSON.stringify(bad[0])}`);
      log(`  figures: ${JSON.stringify(figures)}; ended badly: ${bad[0].unresolvedBecause.join(', ')}`);

      // the same figures on the shop owner's page, in real Chromium: the shop's admin signs in at the workbench and
      // follows its link to the figures; a conversation that ended badly links back into the workbench
      const admin = { username: 'insights-owner', name: '店主', role: 'shop_admin', password: 'insights-owner-secret' };
      const created = await opsFetch(`${BASE}/api/v1/admin/shops/${shopId}/accounts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) });
      assert(created.status === 201 || created.status === 409, `the shop's admin account: HTTP ${created.status}`);
      const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 900 } });
      try {
        const errors = [];
        const signIn = async (workbench) => {
          workbench.on('pageerror', (e) => errors.push(String(e)));
          await workbench.locator('#signin input[name=shopId]').fill(shopId);
          await workbench.locator('#signin input[name=username]').fill(admin.username);
          await workbench.locator('#signin input[name=password]').fill(admin.password);
          await workbench.locator('#signin button[type=submit]').click();
        };
        const workbench = await ctx.newPage();
        await workbench.goto(`${BASE}/workbench/`);
        await signIn(workbench);
        const link = workbench.locator('#insights-link');
        await link.waitFor({ state: 'visible', timeout: 15_000 });
        const [page] = await Promise.all([ctx.waitForEvent('page'), link.click()]);
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.waitForLoadState();
        const figure = (name) => page.locator(`#totals [data-figure="${name}"] dd`).textContent();
        await until('the page shows the shop\'s three conversations', async () => (await figure('conversations')) === '3', 15_000);
        assert(!page.url().includes('session') && new URL(page.url()).hash === '', `the session is handed over, not put in the address: ${page.url()}`);
        assert((await page.locator('#shop-name').textContent()).includes(shopId), 'the page names the shop');
        assert((await figure('handoffs')) === '1', `handoffs on the page: ${await figure('handoffs')}`);
        assert((await figure('resolutionRate')) === '66.7%', `resolution rate on the page: ${await figure('resolutionRate')}`);
        const bars = await page.locator('#chart rect.bar').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-conversations'))));
        assert(bars.reduce((a, b) => a + b, 0) === 3, `the chart's bars add up to 3: ${bars}`);
        const rows = page.locator('#ended-badly tbody tr');
        assert((await rows.count()) === 1, `one conversation ended badly on the page: ${await rows.count()}`);
        assert((await rows.first().getAttribute('data-conversation')) === handedOver, 'it is the handed-over one');
        assert((await rows.first().textContent()).includes('转了人工'), `the page says why: ${await rows.first().textContent()}`);
        await page.screenshot({ path: join(targetDir, 'insights.png'), fullPage: true });

        // into the workbench: a new tab, signed in afresh (the workbench keeps a session per tab), at that conversation
        const [opened] = await Promise.all([ctx.waitForEvent('page'), rows.first().locator('a').click()]);
        await opened.waitForLoadState();
        await signIn(opened);
        await until('the workbench opens the conversation that ended badly', async () => (await opened.locator('#conversation .m.customer .b').allTextContents())
          .some((t) => t.includes('转人工')), 15_000);
        assert(errors.length === 0, `no script errors: ${errors.join('; ')}`);
      } finally {
        await ctx.close();
      }
    });

    await step('scenario suite: every conversation of e2e/scenarios through the chat API (e2e/target/scenarios.log)', async () => {
      if (browser) await browser.close().catch(() => {});
      browser = null;
      const report = createWriteStream(join(targetDir, 'scenarios.log'));
      const r = await runSuite({ log: (line) => { report.write(line + '\n'); if (!/^ {4}/.test(line)) log(' ', line.split('\n')[0]); } });
      report.end();
      assert(r.failed === 0, `${r.failed} scenarios fail without a tracked reason (see e2e/target/scenarios.log)`);
      assert(r.untapped.length === 0, `buttons no scenario taps: ${r.untapped.join(', ')}`);
    });

    await step('scale-out and recovery: a second greeting-service shares the front desk; killed under load (kill -9) and started again, every message is answered once', async () => {
      const replica = replicaOf('greeting-service');
      const port = 8090;
      const replicaLog = join(targetDir, 'greeting-service-2.log');
      let second = replica.start(port, replicaLog);
      try {
        const ready = () => fetch(`http://localhost:${port}/q/health/ready`).then((r) => r.status === 200, () => false);
        await until('the second greeting-service to be ready', ready, 240_000);
        // Kafka gives it its share of the front desk's partitions once the group has rebalanced.
        const before = [await classifiedBy(8080, OPS_HEADERS), await classifiedBy(port, OPS_HEADERS)];
        const timeline = join(targetDir, 'recovery-timeline.jsonl');
        const load = runLoad(['--rate', '10', '--seconds', '45', '--warmup', '0', '--drain', '120', '--timeline', timeline]);
        await new Promise((r) => setTimeout(r, 20_000));
        const shared = [await classifiedBy(8080, OPS_HEADERS) - before[0], await classifiedBy(port, OPS_HEADERS) - before[1]];
        second.kill('SIGKILL');
        const killedAt = Date.now();
        await new Promise((r) => setTimeout(r, 3_000));
        second = replica.start(port, replicaLog);
        const restartedAt = Date.now();
        const { code, output } = await load;
        output.split('\n').filter((l) => /^(measured|latency|audit|the slowest|  \+)/.test(l) || /Error/.test(l)).forEach((l) => log('  ' + l));
        log(`  front desk before the kill: ${shared[0]} messages read by the first instance, ${shared[1]} by the second`);
        assert(shared[0] > 0 && shared[1] > 0, `both instances read customer messages (${shared.join(' and ')})`);
        assert(code === 0, `the load's audit: every message answered once, in order (exit ${code}; see the lines above)`);
        const rows = readFileSync(timeline, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
        // Waiting: accepted before the restart and not answered when the second instance died. Its partitions' messages
        // wait until Kafka gives the dead member up (its 10 s session), then for a rebalance and the backlog, while the
        // restarted JVM loads on the same cores.
        const waiting = rows.filter((r) => r.accepted && r.accepted < restartedAt && (!r.replied || r.replied > killedAt));
        const lastWait = Math.max(0, ...waiting.map((r) => (r.replied ?? Infinity) - killedAt));
        log(`  ${rows.length} messages; ${waiting.length} waiting at the kill or sent before the restart, the last answered`
          + ` ${(lastWait / 1000).toFixed(1)} s after the kill`);
        assert(waiting.every((r) => r.replied), 'every message waiting at the kill is answered');
        // The target is 10 s after the restart, 13 s after the kill; a busy CI machine gets about twice that.
        assert(lastWait <= 30_000, `the messages waiting at the kill answered within 30 s of it (${(lastWait / 1000).toFixed(1)} s)`);
      } finally {
        await stopReplica(second);
      }
    });

    await step('hostile input: thousands of requests generated from the five services\' OpenAPI documents get no 5xx and no stack trace (last: it may change the demo shop\'s settings)', async () => {
      const { sent, counts, problems } = await fuzz({ perOperation: 150, log: (m) => log('  ' + m), headers: { 'X-Api-Key': OPS_KEY } });
      log(`  ${sent} hostile requests; statuses ${JSON.stringify(counts)}`);
      assert(sent >= 5000, `thousands of requests (${sent})`);
      assert(problems.length === 0, `${problems.length} answers were 5xx or leaked internals:\n    ${problems.slice(0, 15).join('\n    ')}`);
    });

  } finally {
    if (browser) await browser.close().catch(() => {});
    log('stopping the stack ...');
    await stopStack(proc);
  }
}

let failed = false;
try {
  await main();
} catch (e) {
  failed = true;
  if (!results.some((r) => !r.ok)) log(`FAIL ${e.stack || e}`);
}
const passed = results.filter((r) => r.ok).length;
console.log(`e2e: ${passed} passed, ${results.length - passed + (failed && results.every((r) => r.ok) ? 1 : 0)} failed`);
process.exit(failed ? 1 : 0);
