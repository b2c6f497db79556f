/*!
 * Dianxiaoer (店小二) agent workbench: the queue of customers waiting for a person, one conversation at a time, and
 * the summary of where the bot got to. Plain JavaScript (ES2017), no dependencies, no build step.
 * Text from the server is only ever rendered with textContent.
 */
(function () {
  'use strict';

  const API = '/api/v1/agent';
  const QUEUE_EVERY = 2000;
  const MESSAGES_EVERY = 1500;
  const STORE = 'dianxiaoer:workbench:';

  // ---- words ---------------------------------------------------------------------------------------------------
  const STAGES = { greeting: '接待', negotiation: '议价', order: '订单', aftersales: '售后', human: '人工' };
  const INTENTS = {
    greeting: '打招呼', goodbye_thanks: '道谢告别', stock: '库存', size_spec: '尺码规格', authenticity: '正品',
    promotion: '优惠活动', bargain: '议价', payment: '付款', invoice: '发票', shipping_time: '发货时间',
    logistics: '物流', address_change: '改地址', order_change: '改订单', return_refund: '退换退款',
    complaint: '投诉', human_agent: '转人工', acknowledgement: '确认', other: '其他'
  };
  const ROLES = { agent: '客服', shop_admin: '店铺管理员' };
  const BARGAINING = { open: '进行中', agreed: '已谈妥', ended: '已结束' };
  const CONCESSIONS = { gift: '赠品', free_shipping: '包邮', price: '降价' };
  const ORDER_STATUS = { created: '待付款', paid: '已付款', shipped: '已发货', delivered: '已签收', cancelled: '已取消' };
  const CATEGORIES = {
    wrong_item: '发错货', missing_item: '少发漏发', damaged: '商品破损', colour_difference: '色差', price_drop: '买后降价',
    late_delivery: '物流太慢', service_attitude: '服务态度', quality: '质量问题', no_reason: '无理由退换', other: '其他'
  };
  const SEVERITY = { serious: '严重', normal: '一般' };
  const CASE_STATE = {
    opened: '已受理', heard: '已受理', asking_facts: '待顾客补充', following: '跟进中', escalated: '已升级',
    resolved: '已处理', closed: '已结束'
  };
  const ERRORS = {   // the server's messages are for developers (English): agents read these, by code
    taken_by_another: '这位顾客已由其他客服接待', not_waiting_for_agent: '这位顾客已由机器人接待',
    message_too_long: '消息太长了，请分几条发送', empty_message: '消息是空的', shop_admin_only: '只有店铺管理员可以管理账号',
    not_signed_in: '请重新登录', invalid_credentials: '店铺、用户名或密码不正确',
    conversation_not_found: '会话不存在或已结束', not_found: '会话不存在或已结束'
  };
  const word = (map, key) => (key == null ? '' : (map[key] || String(key)));

  // ---- small helpers -------------------------------------------------------------------------------------------
  const $ = (id) => document.getElementById(id);
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function uuid() {
    if (window.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
    return 'm-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10) + Math.random().toString(36).slice(2, 10);
  }
  function store(kind, name, value) {
    try {
      const s = kind === 'local' ? localStorage : sessionStorage;
      if (value === undefined) { const v = s.getItem(STORE + name); return v ? JSON.parse(v) : null; }
      if (value === null) s.removeItem(STORE + name); else s.setItem(STORE + name, JSON.stringify(value));
    } catch (e) { /* storage off: this page still works until it is reloaded */ }
    return null;
  }
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  function money(v) {
    if (v == null || v === '') return '';
    const n = Number(v);
    return '¥' + (isFinite(n) ? n.toFixed(2) : String(v));
  }
  function clock(at) {
    if (!at) return '';
    const d = new Date(at);
    if (isNaN(d.getTime())) return '';
    return d.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  }
  // "1分05秒"; the server's clock, as well as the Date header tells it
  let skew = 0;
  function waited(since) {
    const t = Date.parse(since);
    if (isNaN(t)) return '';
    const s = Math.max(0, Math.floor((Date.now() + skew - t) / 1000));
    const pad = (n) => (n < 10 ? '0' : '') + n;
    if (s < 60) return s + '秒';
    if (s < 3600) return Math.floor(s / 60) + '分' + pad(s % 60) + '秒';
    return Math.floor(s / 3600) + '小时' + pad(Math.floor(s % 3600 / 60)) + '分';
  }
  function shortCustomer(id) {
    if (!id) return '顾客';
    const m = /^visitor-(.{1,6})/.exec(id);
    return m ? '访客 ' + m[1] : String(id);
  }
  function textOf(v) {
    if (v == null) return '';
    if (typeof v === 'object') return v.text != null ? String(v.text) : '';
    return String(v);
  }

  // ---- state ---------------------------------------------------------------------------------------------------
  let session = store('session', 'session');      // {token, expiresAt, agent: {id, shopId, username, name, role}}
  let queueItems = [];
  let queueTimer = null, queueGen = 0;
  let current = null;                              // {id, gen, lastSeq, seen, takenBy, afterHours, waitingSince, pollTimer}
  let convGen = 0;
  let outbox = [];                                 // [{conv, text, clientMessageId, seq, shown, node, tries}]
  let flushing = false;
  let detailTimer = null;
  let asked = null;                                // a conversation this page was opened at (#conversation=<id>)

  // ---- the API -------------------------------------------------------------------------------------------------
  class ApiError extends Error {
    constructor(status, code, message) { super(message); this.status = status; this.code = code; }
  }

  async function api(method, path, body, options) {
    options = options || {};
    const headers = { 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (session && session.token && !options.anonymous) headers['Authorization'] = 'Bearer ' + session.token;
    let r;
    try {
      r = await fetch(path, {
        method: method, headers: headers, credentials: 'same-origin', cache: 'no-store',
        body: body !== undefined ? JSON.stringify(body) : undefined, keepalive: !!options.keepalive
      });
    } catch (e) {
      throw new ApiError(0, 'network', '网络异常，请检查连接');
    }
    const date = Date.parse(r.headers.get('Date') || '');
    if (!isNaN(date)) { const d = date - Date.now(); skew = Math.abs(d) > 3000 ? d : 0; }
    const t = await r.text().catch(() => '');
    let data = null;
    try { data = t ? JSON.parse(t) : null; } catch (e) { /* not JSON */ }
    if (!r.ok) {
      const code = data && data.code;
      const message = ERRORS[code] || (data && data.message) || (r.status >= 500 ? '服务器忙，请稍后再试' : '请求失败（' + r.status + '）');
      const err = new ApiError(r.status, code, message);
      if (r.status === 401 && !options.anonymous) expired(message);
      throw err;
    }
    return data;
  }
  const conversationPath = (id, rest) => API + '/conversations/' + encodeURIComponent(id) + (rest || '');

  // ---- messages to the agent -----------------------------------------------------------------------------------
  function showError(message) {
    const e = $('error');
    e.textContent = message || '';
    e.hidden = !message;
  }
  function setStatus(text) { $('status').textContent = text || ''; }
  function notice(text) { $('notice').textContent = text || ''; }

  // ---- sign-in and sign-out ------------------------------------------------------------------------------------
  function showScreen() {
    const signedIn = !!(session && session.token);
    $('signin').hidden = signedIn;
    $('app').hidden = !signedIn;
    $('me').hidden = !signedIn;
    if (signedIn) {
      $('agent-name').textContent = session.agent && session.agent.name || session.agent && session.agent.username || '';
      $('agent-role').textContent = word(ROLES, session.agent && session.agent.role);
      $('agent-role').hidden = !(session.agent && session.agent.role);
      document.title = '客服工作台 · ' + (session.agent && session.agent.shopId || '店小二');
    } else {
      $('agent-name').textContent = '';
      document.title = '客服工作台 · 店小二';
      const form = $('signin').querySelector('form');
      if (!form.shopId.value) form.shopId.value = store('local', 'shop') || '';
      (form.shopId.value ? (form.username.value ? form.password : form.username) : form.shopId).focus();
    }
  }

  function start() {
    showScreen();
    showInsightsLink();
    renderSummary(null);
    pollQueue(++queueGen);
    const open = asked || store('session', 'open');
    asked = null;
    if (open) openConversation(open, true);
  }

  function stop() {
    queueGen++; clearTimeout(queueTimer); queueTimer = null;
    closeConversation();
    outbox.forEach((m) => { if (m.node && m.node.parentNode) m.node.parentNode.removeChild(m.node); });
    outbox = [];
    queueItems = [];
    clear($('queue-list'));
    $('queue-count').textContent = '';
    setStatus('');
    notice('');
  }

  // A shop admin's way to the shop's figures (insights-service), where it is set up. The page opens in a window of
  // its own and asks this one for the session by postMessage, between the two known origins only: the token never
  // goes into an address, so no history or log keeps it.
  let insightsOrigin = null;
  async function showInsightsLink() {
    const link = $('insights-link');
    link.hidden = true;
    if (!session || !session.agent || session.agent.role !== 'shop_admin') return;
    try {
      const links = await api('GET', API + '/links');
      if (!links || !links.insights || !session) return;
      link.href = links.insights;
      insightsOrigin = new URL(links.insights, location.href).origin;
      link.hidden = false;
    } catch (e) { /* no link: the workbench works without it */ }
  }
  $('insights-link').addEventListener('click', (e) => {
    e.preventDefault();
    // not noopener: the page needs this window to ask for the session
    window.open($('insights-link').href, '_blank');
  });
  window.addEventListener('message', (e) => {
    if (!insightsOrigin || e.origin !== insightsOrigin || !e.source) return;
    if (!e.data || e.data.type !== 'dianxiaoer.insights.ready') return;
    if (!session || !session.token || !session.agent || session.agent.role !== 'shop_admin') return;
    e.source.postMessage({ type: 'dianxiaoer.insights.session', shopId: session.agent.shopId, token: session.token }, insightsOrigin);
  });

  function forgetSession() {
    session = null;
    $('insights-link').hidden = true;
    store('session', 'session', null);
    store('session', 'open', null);
    stop();
    showScreen();
  }

  // Any 401 after signing in: the session ended (expired, or signed out elsewhere).
  function expired(message) {
    if (!session) return;
    forgetSession();
    showError(message && message !== '请求失败（401）' ? message : '登录已过期，请重新登录');
  }

  $('signin').querySelector('form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = e.target;
    const body = { shopId: form.shopId.value.trim(), username: form.username.value.trim(), password: form.password.value };
    if (!body.shopId || !body.username || !body.password) { showError('请填写店铺 ID、用户名和密码'); return; }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    showError('');
    try {
      const answer = await api('POST', API + '/sign-in', body, { anonymous: true });
      if (!answer || !answer.token) throw new ApiError(500, null, '登录失败，请稍后再试');
      session = { token: answer.token, expiresAt: answer.expiresAt || null, agent: answer.agent || {} };
      store('session', 'session', session);
      store('local', 'shop', body.shopId);
      form.password.value = '';
      start();
    } catch (err) {
      showError(err.message || '登录失败，请稍后再试');
      form.password.select();
    } finally {
      button.disabled = false;
    }
  });

  $('sign-out').addEventListener('click', async () => {
    const button = $('sign-out');
    button.disabled = true;
    try { await api('POST', API + '/sign-out', undefined, { keepalive: true, anonymous: false }); } catch (e) { /* signed out here anyway */ }
    button.disabled = false;
    showError('');
    forgetSession();
  });

  // ---- the queue -----------------------------------------------------------------------------------------------
  async function pollQueue(gen) {
    if (gen !== queueGen || !session) return;
    clearTimeout(queueTimer);
    try {
      const items = await api('GET', API + '/queue');
      if (gen !== queueGen) return;
      setStatus('');
      renderQueue(Array.isArray(items) ? items : []);
    } catch (e) {
      if (gen !== queueGen || !session) return;
      if (e.status === 0 || e.status >= 500) setStatus('网络不稳定，正在重试…');
    }
    if (gen === queueGen && session) queueTimer = setTimeout(() => pollQueue(gen), QUEUE_EVERY);
  }

  function takenText(takenBy, stage) {
    if (!takenBy && stage === 'closed') return { text: '已结束', cls: 'taken' };
    if (!takenBy && stage && stage !== 'human') return { text: '机器人接待中', cls: 'taken' };
    if (!takenBy) return { text: '待接入', cls: 'taken free' };
    const mine = session && session.agent && takenBy.id === session.agent.id;
    return { text: (takenBy.name || '客服') + ' 处理中', cls: 'taken' + (mine ? ' mine' : '') };
  }

  function fillQueueItem(li, q) {
    const key = JSON.stringify(q);
    if (li.dataset.key === key) return;
    li.dataset.key = key;
    let button = li.firstChild;
    if (!button) { button = el('button', 'item'); button.type = 'button'; li.appendChild(button); }
    clear(button);
    const top = el('span', 'row');
    const cust = el('span', 'cust', shortCustomer(q.customerId));
    cust.title = q.customerId || '';
    top.appendChild(cust);
    if (q.waitingSince) {
      const w = el('span', 'wait', '已等待 ' + waited(q.waitingSince));
      w.dataset.since = q.waitingSince;
      top.appendChild(w);
    }
    button.appendChild(top);
    const tags = el('span', 'row');
    if (q.stoppedAt) tags.appendChild(el('span', 'tag', word(STAGES, q.stoppedAt)));
    if (q.afterHours) tags.appendChild(el('span', 'tag leave', '留言'));
    const t = takenText(q.takenBy);
    tags.appendChild(el('span', t.cls, t.text));
    button.appendChild(tags);
    const last = textOf(q.lastMessage);
    if (last) { const l = el('span', 'last', last); l.title = last; button.appendChild(l); }
    if (q.productName) button.appendChild(el('span', 'prod', '商品：' + q.productName));
  }

  function renderQueue(items) {
    queueItems = items;
    const ul = $('queue-list');
    const existing = {};
    Array.prototype.forEach.call(ul.querySelectorAll('li'), (li) => {
      if (li.dataset.conversation) existing[li.dataset.conversation] = li; else ul.removeChild(li);
    });
    items.forEach((q, i) => {
      const id = String(q.conversationId);
      let li = existing[id];
      delete existing[id];
      if (!li) { li = el('li'); li.setAttribute('data-conversation', id); }
      fillQueueItem(li, q);
      li.classList.toggle('selected', !!current && current.id === id);
      if (ul.children[i] !== li) ul.insertBefore(li, ul.children[i] || null);   // moves only what moved (keeps focus)
    });
    Object.keys(existing).forEach((id) => ul.removeChild(existing[id]));
    if (!items.length) ul.appendChild(el('li', 'empty', '暂时没有等待的顾客'));
    const free = items.filter((q) => !q.takenBy).length;
    $('queue-count').textContent = items.length ? '(' + items.length + ')' : '';
    document.title = (free ? '(' + free + ') ' : '') + '客服工作台 · ' + (session && session.agent && session.agent.shopId || '店小二');
    // What the queue knows of the open conversation: who has it now
    if (current) {
      const q = items.find((x) => String(x.conversationId) === current.id);
      if (q) {
        if (q.takenBy !== undefined) current.takenBy = q.takenBy;
        current.afterHours = !!q.afterHours;
        if (q.stoppedAt) current.stoppedAt = q.stoppedAt;
        if (q.waitingSince) current.waitingSince = q.waitingSince;
        renderHead();
      }
    }
  }

  function dropFromQueue(id) {
    renderQueue(queueItems.filter((q) => String(q.conversationId) !== id));
  }

  $('queue-list').addEventListener('click', (e) => {
    const li = e.target.closest('li[data-conversation]');
    if (li) openConversation(li.getAttribute('data-conversation'));
  });

  // Waiting times count up every second, on the client
  setInterval(() => {
    Array.prototype.forEach.call(document.querySelectorAll('[data-since]'), (w) => {
      w.textContent = '已等待 ' + waited(w.dataset.since);
    });
  }, 1000);

  // ---- one conversation ----------------------------------------------------------------------------------------
  function closeConversation() {
    convGen++;
    if (current) clearTimeout(current.pollTimer);
    clearTimeout(detailTimer);
    current = null;
    clear($('transcript'));
    renderSummary(null);
    $('conv-body').hidden = true;
    $('conv-empty').hidden = false;
  }

  async function openConversation(id, restoring) {
    id = String(id);
    if (current && current.id === id && current.loaded) { $('reply').text.focus(); return; }
    closeConversation();
    const gen = convGen;
    current = { id: id, gen: gen, lastSeq: 0, seen: {}, takenBy: null, afterHours: false, waitingSince: null, stoppedAt: null, pollTimer: null };
    const q = queueItems.find((x) => String(x.conversationId) === id);
    if (q) { current.takenBy = q.takenBy || null; current.afterHours = !!q.afterHours; current.waitingSince = q.waitingSince; current.stoppedAt = q.stoppedAt; current.customerId = q.customerId; }
    store('session', 'open', id);
    notice('');
    $('conv-empty').hidden = true;
    $('conv-body').hidden = false;
    Array.prototype.forEach.call($('queue-list').querySelectorAll('li[data-conversation]'), (li) => {
      li.classList.toggle('selected', li.getAttribute('data-conversation') === id);
    });
    renderHead();
    outbox.filter((m) => m.conv === id && !m.shown && m.node).forEach((m) => $('transcript').appendChild(m.node));
    const ok = await loadDetail(gen, restoring);
    if (gen !== convGen) return;
    if (!ok) {                               // gone (or refused): nothing to show
      if (restoring) { store('session', 'open', null); closeConversation(); }
      return;
    }
    current.loaded = true;
    $('reply').text.focus();
    schedulePoll(gen, MESSAGES_EVERY);
  }

  // The whole conversation: header, summary and any items not shown yet. Again after each action, and when the bot
  // or the customer moved it on (the summary follows).
  async function loadDetail(gen, quiet) {
    try {
      const d = await api('GET', conversationPath(current.id));
      if (gen !== convGen || !d) return false;
      applyDetail(d);
      return true;
    } catch (e) {
      if (gen !== convGen) return false;
      if (e.status === 404) { store('session', 'open', null); if (!quiet) showError(e.message || ERRORS.not_found); }
      else if (e.status !== 401 && !quiet) showError(e.message);
      return false;
    }
  }
  function applyDetail(d) {
    current.customerId = d.customerId;
    if (d.takenBy !== undefined) current.takenBy = d.takenBy;
    if (d.stage !== undefined) current.stage = d.stage;
    if (d.waitingSince !== undefined) current.waitingSince = d.waitingSince;
    if (d.afterHours !== undefined) current.afterHours = !!d.afterHours;
    if (d.summary && d.summary.stoppedAt) current.stoppedAt = d.summary.stoppedAt;
    renderHead();
    if (d.summary !== undefined) renderSummary(d.summary);
    addItems(d.transcript);
  }
  function refreshDetailSoon() {
    clearTimeout(detailTimer);
    const gen = convGen;
    detailTimer = setTimeout(() => { if (current && gen === convGen) loadDetail(gen, true); }, 800);
  }

  function schedulePoll(gen, delay) {
    if (!current || gen !== convGen) return;
    clearTimeout(current.pollTimer);
    current.pollTimer = setTimeout(() => pollMessages(gen), delay);
  }
  function pollNow() { if (current && !current.polling) schedulePoll(convGen, 0); }

  async function pollMessages(gen) {
    if (!current || gen !== convGen || !session) return;
    current.polling = true;
    let delay = MESSAGES_EVERY;
    try {
      const items = await api('GET', conversationPath(current.id, '/messages?after=' + current.lastSeq));
      if (gen !== convGen) return;
      if (addItems(items)) refreshDetailSoon();
    } catch (e) {
      if (gen !== convGen) return;
      if (e.status === 404) { if (!$('notice').textContent) notice('会话已结束'); current.polling = false; return; }
      if (e.status === 401) return;
      delay = 4000;
    }
    if (current && gen === convGen) { current.polling = false; schedulePoll(gen, delay); }
  }

  // Items in seq order, each seq once. Returns whether the bot or the customer said something new.
  function addItems(items) {
    if (!Array.isArray(items) || !current) return false;
    let moved = false;
    items.slice().sort((a, b) => a.seq - b.seq).forEach((item) => {
      if (item == null || item.seq == null || current.seen[item.seq]) return;
      current.seen[item.seq] = true;
      if (item.seq > current.lastSeq) current.lastSeq = item.seq;
      if (item.role !== 'agent') moved = true;
      if (item.role === 'agent') settlePending(item);
      insertItem(itemEl(item), item.seq);
    });
    settleOutbox();
    return moved;
  }

  function itemEl(item) {
    const role = item.role === 'customer' || item.role === 'agent' ? item.role : 'bot';
    const m = el('div', 'm ' + role);
    m.setAttribute('data-seq', item.seq);
    const who = role === 'customer' ? '顾客' : role === 'agent' ? (item.author || '人工客服') : '机器人';
    m.appendChild(el('div', 'who', who + (item.at ? ' · ' + clock(item.at) : '')));
    m.appendChild(el('div', 'b', item.text || ''));
    const meta = el('div', 'meta');
    if (role === 'customer' && item.intent) meta.appendChild(el('span', 'tag', word(INTENTS, item.intent)));
    if (role === 'bot' && item.stage) meta.appendChild(el('span', null, word(STAGES, item.stage)));
    if (Array.isArray(item.quickReplies) && item.quickReplies.length) {
      meta.appendChild(el('span', null, '快捷回复：' + item.quickReplies.join(' / ')));
    }
    if (meta.firstChild) m.appendChild(meta);
    return m;
  }

  function insertItem(node, seq) {
    const log = $('transcript');
    const stick = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    const items = log.querySelectorAll('.m[data-seq]');
    let before = log.querySelector('.m:not([data-seq])');   // messages still being sent stay at the end
    for (let i = 0; i < items.length; i++) {
      if (Number(items[i].getAttribute('data-seq')) > seq) { before = items[i]; break; }
    }
    log.insertBefore(node, before);
    if (stick) log.scrollTop = log.scrollHeight;
  }

  function renderHead() {
    if (!current) return;
    $('conv-customer').textContent = shortCustomer(current.customerId);
    $('conv-customer').title = current.customerId || '';
    const tags = $('conv-tags');
    clear(tags);
    if (current.stoppedAt) tags.appendChild(el('span', 'tag', word(STAGES, current.stoppedAt)));
    if (current.afterHours) tags.appendChild(el('span', 'tag leave', '留言'));
    const w = $('conv-wait');
    if (current.waitingSince) { w.dataset.since = current.waitingSince; w.textContent = '已等待 ' + waited(current.waitingSince); }
    else { delete w.dataset.since; w.textContent = ''; }
    const t = takenText(current.takenBy, current.stage);
    $('conv-taken').textContent = t.text;
    $('conv-taken').className = t.cls;
  }

  // ---- the summary ---------------------------------------------------------------------------------------------
  function renderSummary(s) {
    const dl = $('summary-list');
    clear(dl);
    s = s || {};
    const rows = [];
    if (Array.isArray(s.intents) && s.intents.length) rows.push(['意图', s.intents.map((i) => word(INTENTS, i)).join('、')]);
    if (s.product) rows.push(['商品', [s.product.name || s.product.id, money(s.product.price)].filter(Boolean).join(' ')]);
    if (s.stoppedAt) rows.push(['机器人停在', word(STAGES, s.stoppedAt)]);
    if (s.lastBotReply) rows.push(['机器人最后回复', textOf(s.lastBotReply)]);
    if (s.bargaining) {
      const b = s.bargaining;
      const parts = [];
      if (b.state) parts.push(word(BARGAINING, b.state));
      if (b.rounds != null) parts.push('第 ' + b.rounds + ' 轮');
      if (Array.isArray(b.concessions)) {
        if (b.concessions.length) parts.push('已让：' + b.concessions.map((c) => (c && typeof c === 'object' ? word(CONCESSIONS, c.kind || c.type) : word(CONCESSIONS, c))).join('、'));
      } else if (b.concessions != null) {
        parts.push('让步 ' + b.concessions + ' 次');
      }
      if (parts.length) rows.push(['议价', parts.join(' · ')]);
    }
    if (s.deal) {
      const d = s.deal;
      let text = [d.productName, d.quantity != null ? '× ' + d.quantity : '', money(d.unitPrice)].filter(Boolean).join(' ');
      if (d.listPrice != null && Number(d.listPrice) !== Number(d.unitPrice)) text += '（原价 ' + money(d.listPrice) + '）';
      const gifts = Array.isArray(d.gifts) ? d.gifts.filter(Boolean) : (d.gifts ? [d.gifts] : []);
      if (gifts.length) text += '\n赠：' + gifts.map(textOf).join('、');
      rows.push(['成交价', text]);
    }
    if (s.order) rows.push(['订单', [s.order.orderId, word(ORDER_STATUS, s.order.status)].filter(Boolean).join(' · ')]);
    if (s.complaint) {
      const c = s.complaint;
      let text = [word(CATEGORIES, c.category), word(SEVERITY, c.severity), word(CASE_STATE, c.state)].filter(Boolean).join(' · ');
      if (c.caseId) text += (text ? '\n' : '') + '工单 ' + c.caseId;
      rows.push(['售后', text]);
    }
    rows.forEach((r) => { dl.appendChild(el('dt', null, r[0])); dl.appendChild(el('dd', null, r[1])); });
    if (!rows.length) dl.appendChild(el('dd', 'placeholder', current ? '暂无摘要' : '打开一个会话后显示摘要'));
  }

  // ---- take, hand back, close ----------------------------------------------------------------------------------
  async function act(button, path, done) {
    if (!current) return;
    const id = current.id, gen = convGen;
    showError('');
    notice('');
    button.disabled = true;
    try {
      const answer = await api('POST', conversationPath(id, path));
      if (gen === convGen) done(answer || {}, id);
      pollQueue(++queueGen);
    } catch (e) {
      if (e.status !== 401 && gen === convGen) showError(e.message);
    } finally {
      button.disabled = false;
    }
  }
  const said = (answer, fallback) => (answer && typeof answer.message === 'string' && answer.message) || fallback;

  $('take').addEventListener('click', () => act($('take'), '/take', (answer) => {
    current.takenBy = answer.takenBy || (session && session.agent ? { id: session.agent.id, name: session.agent.name } : null);
    renderHead();
    current.stage = 'human';
    notice(said(answer, '已接入，顾客会看到您的回复'));
    if (answer.conversationId === current.id && answer.transcript) applyDetail(answer);   // the answer is the conversation
    else loadDetail(convGen, true);
    $('reply').text.focus();
  }));
  $('hand-back').addEventListener('click', () => act($('hand-back'), '/hand-back', (answer, id) => {
    dropFromQueue(id);
    current.takenBy = null;
    current.stage = answer.stage || current.stoppedAt || 'greeting';
    current.waitingSince = null;
    renderHead();
    notice(said(answer, '已交还机器人') + (answer.stage && !answer.message ? '，机器人从“' + word(STAGES, answer.stage) + '”继续接待' : ''));
    loadDetail(convGen, true);
  }));
  $('close').addEventListener('click', () => act($('close'), '/close', (answer, id) => {
    dropFromQueue(id);
    current.takenBy = null;
    current.stage = answer.stage || 'closed';
    current.waitingSince = null;
    renderHead();
    notice(said(answer, '会话已结束') + (answer.stage && !answer.message ? '，顾客再来时由机器人接待' : ''));
    store('session', 'open', null);
    loadDetail(convGen, true);
  }));

  // ---- replies: sent in order, each once (clientMessageId), retried on network errors and 5xx -------------------
  const reply = $('reply');
  reply.text.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey) return;
    if (e.isComposing || e.keyCode === 229) return;   // Enter that confirms an IME composition
    e.preventDefault();
    submitReply();
  });
  reply.addEventListener('submit', (e) => { e.preventDefault(); submitReply(); });

  function submitReply() {
    const text = reply.text.value.trim();
    if (!text) return;
    if (!current) { showError('请先从左侧选择一位顾客'); return; }
    showError('');
    reply.text.value = '';
    const msg = { conv: current.id, text: text, clientMessageId: uuid(), seq: 0, shown: false, tries: 0, node: null };
    msg.node = pendingEl(msg);
    $('transcript').appendChild(msg.node);
    $('transcript').scrollTop = $('transcript').scrollHeight;
    outbox.push(msg);
    flush();
  }

  function pendingEl(msg) {
    const m = el('div', 'm agent pending');
    m.appendChild(el('div', 'who', session && session.agent && session.agent.name || '我'));
    m.appendChild(el('div', 'b', msg.text));
    const meta = el('div', 'meta');
    meta.appendChild(el('span', 'state', '发送中'));
    m.appendChild(meta);
    return m;
  }
  function pendingState(msg, text, failed) {
    if (!msg.node) return;
    msg.node.querySelector('.state').textContent = text;
    msg.node.classList.toggle('failed', !!failed);
  }
  function removePending(msg) {
    msg.shown = true;
    if (msg.node && msg.node.parentNode) msg.node.parentNode.removeChild(msg.node);
    msg.node = null;
  }

  // An agent item on the transcript: our message being sent, matched by its seq or (before the server's answer
  // came) by its text.
  function settlePending(item) {
    const mine = outbox.find((m) => m.conv === current.id && !m.shown && m.seq === item.seq) ||
      outbox.find((m) => m.conv === current.id && !m.shown && !m.seq && m.sending && m.text === (item.text || '').trim());
    if (mine) removePending(mine);
  }
  // Messages accepted (their seq known) and already on the transcript leave the outbox.
  function settleOutbox() {
    outbox = outbox.filter((m) => {
      if (current && m.conv === current.id && m.seq && current.seen[m.seq]) removePending(m);
      return !(m.shown && m.done);
    });
  }

  async function flush() {
    if (flushing) return;
    flushing = true;
    try {
      for (;;) {
        const msg = outbox.find((m) => !m.done);
        if (!msg || !session) break;
        msg.sending = true;
        try {
          const answer = await api('POST', conversationPath(msg.conv, '/messages'), { text: msg.text, clientMessageId: msg.clientMessageId });
          msg.done = true;
          msg.sending = false;
          msg.seq = answer && answer.seq || 0;
          const here = !!current && current.id === msg.conv;
          if (!msg.seq || (here && current.seen[msg.seq])) removePending(msg);   // else "发送中" until its seq shows
          if (here) {
            if (!current.takenBy && session && session.agent) {   // a reply takes the conversation
              current.takenBy = { id: session.agent.id, name: session.agent.name };
              current.stage = 'human';
              renderHead();
            }
            pollNow();
          }
          settleOutbox();
        } catch (e) {
          if (e.status === 0 || e.status >= 500) {      // not known to have arrived: the same message again, later
            msg.tries++;
            pendingState(msg, '发送中（网络异常，正在重试）');
            await sleep(Math.min(15000, 1000 * Math.pow(2, Math.min(msg.tries - 1, 4))) * (0.75 + Math.random() * 0.5));
            pendingState(msg, '发送中');
            continue;
          }
          msg.done = true;                               // refused: not sent, and said why
          msg.sending = false;
          pendingState(msg, '未发送：' + e.message, true);
          if (msg.node) msg.node.classList.remove('pending');
          msg.shown = true;                              // stays on screen as failed, leaves the outbox
          msg.node = null;
          if (e.status !== 401 && current && current.id === msg.conv) showError(e.message);
          settleOutbox();
        }
      }
    } finally {
      flushing = false;
    }
  }

  // ---- start ---------------------------------------------------------------------------------------------------
  $('error').addEventListener('click', () => showError(''));
  // Opened at a conversation (#conversation=<id>, as the shop's insights page links): it opens once signed in.
  asked = new URLSearchParams(location.hash.slice(1)).get('conversation');
  if (asked) {
    store('session', 'open', asked);
    history.replaceState(null, '', location.pathname + location.search);
  }
  if (session && session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) {
    session = null;
    store('session', 'session', null);
  }
  if (session && session.token) start(); else showScreen();
})();
