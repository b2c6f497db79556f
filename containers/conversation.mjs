// The container test's conversation, through the published ports: a shopper opens a chat with the demo shop, is
// welcomed (greeting-service), bargains (answered by negotiation-service) and asks about delivery (answered by
// order-service); with insights-service's address, its figures for the shop must then count the conversation (its idle
// period set short: DIANXIAOER_INSIGHTS_IDLE), read with the ops key (DIANXIAOER_OPS_API_KEY).
//   node containers/conversation.mjs http://localhost:18080 [http://localhost:18084]
const base = process.argv[2] || 'http://localhost:8080';
const insights = process.argv[3];

function fail(message) {
  console.error(`conversation: ${message}`);
  process.exit(1);
}

async function call(path, init = {}) {
  const res = await fetch(base + path, { ...init, headers: { 'content-type': 'application/json', ...(init.headers || {}) } });
  const body = await res.json().catch(() => null);
  return { status: res.status, body };
}

/** Waits up to 60 s for a shop reply after the given seq, and returns it. */
async function replyAfter(conversation, seq, what) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { status, body } = await call(`/api/v1/conversations/${conversation.id}/messages?after=${seq}`,
      { headers: { Authorization: `Bearer ${conversation.token}` } });
    if (status !== 200) fail(`reading the transcript: HTTP ${status}`);
    const reply = body.find((item) => item.role !== 'customer');
    if (reply) return reply;
    await new Promise((r) => setTimeout(r, 500));
  }
  fail(`no reply to ${what} within 60 s`);
}

async function ask(conversation, text, stage) {
  const started = Date.now();
  const { status, body } = await call(`/api/v1/conversations/${conversation.id}/messages`, {
    method: 'POST', headers: { Authorization: `Bearer ${conversation.token}` },
    body: JSON.stringify({ text, clientMessageId: `container-test-${started}` }),
  });
  if (status !== 202) fail(`sending "${text}": HTTP ${status} ${JSON.stringify(body)}`);
  const reply = await replyAfter(conversation, body.seq, `"${text}"`);
  if (reply.stage !== stage) fail(`"${text}" was answered by ${reply.stage}, not ${stage}: ${reply.text}`);
  const answer = reply.text.split('\n')[0];
  console.log(`${stage.padEnd(12)} ${String(Date.now() - started).padStart(5)} ms  ${text} → ${answer.length > 60 ? `${answer.slice(0, 60)}…` : answer}`);
}

const opened = await call('/api/v1/conversations', {
  method: 'POST', body: JSON.stringify({ shopId: 'demo', customerId: `container-test-${Date.now()}`, locale: 'zh-CN', productId: 'wool-coat' }),
});
if (opened.status !== 201) fail(`opening a conversation: HTTP ${opened.status} ${JSON.stringify(opened.body)}`);
const conversation = { id: opened.body.conversationId, token: opened.body.token };
await ask(conversation, '在吗', 'greeting');
await ask(conversation, '这件大衣能便宜点吗', 'negotiation');
await ask(conversation, '今天下单什么时候发货', 'order');

if (insights) {
  // the compose file's demo shop is new: this conversation is its only one
  const started = Date.now();
  const deadline = started + 120_000;
  let counted = 0;
  while (Date.now() < deadline) {
    const res = await fetch(`${insights}/api/v1/admin/shops/demo/insights/figures?period=hour`,
      { headers: { 'X-Api-Key': process.env.DIANXIAOER_OPS_API_KEY || '' } }).catch(() => null);
    if (res && res.ok) {
      counted = (await res.json()).reduce((sum, hour) => sum + hour.conversations, 0);
      if (counted >= 1) break;
    } else if (res && res.status !== 503) {
      fail(`reading the shop's figures: HTTP ${res.status}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (counted !== 1) fail(`insights-service counts ${counted} conversations of the demo shop, not 1, within 120 s`);
  console.log(`${'insights'.padEnd(12)} ${String(Date.now() - started).padStart(5)} ms  the shop's figures count the conversation`);
}
