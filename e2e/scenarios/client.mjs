// A shopper over the chat API: opens a conversation, says something, and reads the replies it caused from the
// transcript. The replies of one message are complete when the transcript has been quiet for a moment after the
// first of them (stage services answer through Kafka, so there is no single response to wait for).
export const BASE = process.env.E2E_BASE_URL || 'http://localhost:8080';
export const ORDERS = process.env.E2E_ORDERS_URL || 'http://localhost:8082';
// The shop's order system calls order-service with the ops key; ./run's unless DIANXIAOER_OPS_API_KEY is set.
export const OPS_KEY = process.env.DIANXIAOER_OPS_API_KEY || 'local-ops-key';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A well-behaved client: a 429 (the shop's rate limits) is waited out as its Retry-After says, then sent again.
async function json(url, init = {}) {
  for (let attempt = 0; ; attempt++) {
    const r = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...(init.headers || {}) } });
    const body = await r.text();
    if (r.status === 429 && attempt < 5) {
      await sleep(Math.min(60, Number(r.headers.get('retry-after')) || 2) * 1000);
      continue;
    }
    if (!r.ok) throw new Error(`${init.method || 'GET'} ${url}: HTTP ${r.status} ${body}`);
    return body ? JSON.parse(body) : null;
  }
}

export class Shopper {
  constructor(conversation) {
    this.id = conversation.conversationId;
    this.token = conversation.token;
    this.seen = 0;
  }

  static async open({ shopId = 'demo', customerId, productId, customerSignature } = {}) {
    const body = { shopId, customerId: customerId || `shopper-${Math.random().toString(36).slice(2, 10)}`, locale: 'zh-CN' };
    if (productId) body.productId = productId;
    if (customerSignature) body.customerSignature = customerSignature;
    return new Shopper(await json(`${BASE}/api/v1/conversations`, { method: 'POST', body: JSON.stringify(body) }));
  }

  async transcript(after = 0) {
    return json(`${BASE}/api/v1/conversations/${this.id}/messages?after=${after}`,
      { headers: { Authorization: `Bearer ${this.token}` } });
  }

  /** Sends a message and returns the shop's replies to it (bot or agent), in order. */
  async say(text, { timeout = 30_000, quiet = 900 } = {}) {
    const sent = await json(`${BASE}/api/v1/conversations/${this.id}/messages`, {
      method: 'POST', headers: { Authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ text, clientMessageId: `s-${Date.now()}-${Math.random().toString(36).slice(2, 8)}` }),
    });
    return this.repliesAfter(sent.seq, { timeout, quiet });
  }

  /**
   * Waits for the replies after seq: once the front desk has passed the message on (the customer's item names the
   * stage that took it), until that stage has spoken, then until nothing more has come for `quiet` ms. Returns []
   * if nothing came before the timeout (a person has the conversation, or the bot failed to answer).
   */
  async repliesAfter(seq, { timeout = 30_000, quiet = 900 } = {}) {
    const deadline = Date.now() + timeout;
    let replies = [];
    let changed = Date.now();
    while (Date.now() < deadline) {
      const items = await this.transcript(Math.max(0, seq - 1));
      const asked = items.find((m) => m.seq === seq && m.role === 'customer');
      const now = items.filter((m) => m.role !== 'customer' && m.seq > seq);
      if (now.length !== replies.length) { replies = now; changed = Date.now(); }
      const taker = asked?.stage;
      const answered = taker && (taker === 'human' ? replies.length > 0 : replies.some((m) => m.stage === taker));
      if ((answered || (replies.length > 0 && !taker) || (taker && !answered && Date.now() - changed >= 4 * quiet))
          && Date.now() - changed >= quiet) break;
      await sleep(150);
    }
    if (replies.length) this.seen = replies[replies.length - 1].seq;
    return replies;
  }
}

/** Tells order-service about an order of this conversation (the shop's order system does this in production). */
export async function placeOrder(shopper, order) {
  const body = { conversationId: shopper.id, version: 1, ...order };
  await json(`${ORDERS}/api/v1/shops/${order.shopId || 'demo'}/orders`,
    { method: 'POST', headers: { 'X-Api-Key': OPS_KEY }, body: JSON.stringify(body) });
  return body;
}

export async function moveOrder(orderId, status, version, extra = {}, shopId = 'demo') {
  await json(`${ORDERS}/api/v1/shops/${shopId}/orders/${orderId}/status`,
    { method: 'PUT', headers: { 'X-Api-Key': OPS_KEY }, body: JSON.stringify({ status, version, ...extra }) });
}
