/*!
 * Dianxiaoer (店小二) chat widget. Embed on a shop page:
 *   <script src="https://<host>/widget/dianxiaoer.js" data-shop="demo" async></script>
 * Optional attributes: data-locale="zh-CN|en", data-product="<product id>", data-open="true", and for a signed-in
 * customer data-customer-id="<the shop's id>" data-customer-signature="<hex HMAC-SHA256 of it under the shop's secret>".
 * Plain JavaScript, no dependencies. Text is only ever rendered with textContent.
 */
(function () {
  'use strict';
  if (window.Dianxiaoer && window.Dianxiaoer.started) return;

  var script = document.currentScript ||
    document.querySelector('script[data-shop][src*="dianxiaoer.js"]');
  if (!script) return;
  var BASE = new URL(script.src, location.href).origin;
  var SHOP = script.getAttribute('data-shop') || 'demo';
  var PRODUCT = script.getAttribute('data-product') || null;
  // A shop page with a signed-in customer vouches for them: data-customer-id and data-customer-signature (the hex
  // HMAC-SHA256 of the id under the shop's secret, computed on the shop's server). Anyone else is an anonymous visitor.
  var SIGNED_ID = script.getAttribute('data-customer-id') || null;
  var SIGNATURE = SIGNED_ID && script.getAttribute('data-customer-signature') || null;
  var lang = (script.getAttribute('data-locale') || navigator.language || 'zh-CN');
  var EN = /^en\b/i.test(lang);
  var LOCALE = EN ? 'en' : 'zh-CN';

  var T = EN ? {
    open: 'Chat with the shop', close: 'Close chat', title: 'Customer service', send: 'Send',
    placeholder: 'Message (Enter to send)', typing: 'typing…',
    you: 'You', shop: 'Shop', sending: 'sending…', queued: 'offline: will send when back online',
    failed: 'not sent', offline: 'Offline: messages are kept and sent when the connection is back',
    reconnecting: 'Reconnecting…', quick: 'Quick replies', log: 'Messages', input: 'Your message',
    agent: 'Agent', serving: function (name) { return name ? name + ' (a person) is answering' : 'A person is answering'; }
  } : {
    open: '联系客服', close: '关闭对话', title: '在线客服', send: '发送',
    placeholder: '输入消息，Enter 发送', typing: '正在输入…',
    you: '我', shop: '客服', sending: '发送中…', queued: '离线：联网后自动发送',
    failed: '未发送', offline: '网络已断开：消息已保存，联网后自动发送',
    reconnecting: '正在重新连接…', quick: '快捷回复', log: '聊天记录', input: '输入消息',
    agent: '人工客服', serving: function (name) { return '人工客服 ' + (name ? name + ' ' : '') + '为您服务'; }
  };

  // A signed-in customer's conversation is their own, apart from the anonymous one of the same browser.
  var KEY = 'dianxiaoer:' + BASE + ':' + SHOP + (SIGNED_ID ? ':' + SIGNED_ID : '');
  function load(name, fallback) {
    try { var v = localStorage.getItem(KEY + ':' + name); return v ? JSON.parse(v) : fallback; } catch (e) { return fallback; }
  }
  function save(name, value) {
    try {
      if (value == null) localStorage.removeItem(KEY + ':' + name);
      else localStorage.setItem(KEY + ':' + name, JSON.stringify(value));
    } catch (e) { /* private mode: the chat still works for this page */ }
  }
  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return 'c-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
  }

  // ---- state -------------------------------------------------------------------------------------------------
  var conv = load('conversation', null);      // {id, token}
  var customerId = SIGNED_ID || load('customer', null);
  if (!customerId) { customerId = 'visitor-' + uuid(); save('customer', customerId); }
  var queue = load('queue', []);             // [{text, clientMessageId}] not yet accepted by the server
  var lastSeq = 0;                           // the last transcript item shown
  var seen = {};                             // seq -> true
  var pending = {};                          // clientMessageId -> element of a message not yet on the transcript
  var source = null, retry = 0, retryTimer = null, flushing = false, opening = null;
  var lastCustomerSeq = 0, lastReplySeq = 0, typingTimer = null;
  var botLine = '';                          // the header's second line while the bot answers (the shop's bot)
  var speakerSeq = 0, speaker = null;        // the latest bot or agent item; speaker: the agent's name, null for the bot

  // ---- UI ----------------------------------------------------------------------------------------------------
  var host = document.createElement('div');
  host.id = 'dianxiaoer-widget';
  var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  var css = ':host{all:initial}*{box-sizing:border-box;font-family:-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}' +
    '.bubble{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;background:#ff5000;color:#fff;font-size:15px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);z-index:2147483000}' +
    '.bubble:focus-visible,button:focus-visible,textarea:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}' +
    '.badge{position:absolute;top:-2px;right:-2px;min-width:18px;height:18px;border-radius:9px;background:#d00;color:#fff;font-size:11px;line-height:18px;padding:0 4px}' +
    '.panel{position:fixed;right:20px;bottom:88px;width:370px;max-width:calc(100vw - 24px);height:560px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#f5f5f5;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden;z-index:2147483000;color:#222;font-size:14px}' +
    '.panel[hidden]{display:none}' +
    'header{background:#ff5000;color:#fff;padding:10px 12px;display:flex;align-items:center;gap:8px}' +
    'header .t{flex:1;min-width:0}header .n{font-weight:600;font-size:15px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}header .a{font-size:12px;opacity:.9}' +
    'header button{background:transparent;border:0;color:#fff;font-size:22px;cursor:pointer;line-height:1;padding:4px 8px}' +
    '.status{font-size:12px;background:#fff3cd;color:#5c4400;padding:4px 10px}.status:empty{display:none}' +
    '.log{flex:1;overflow-y:auto;padding:10px;display:flex;flex-direction:column;gap:8px}' +
    '.m{max-width:82%;display:flex;flex-direction:column}.who{font-size:11px;color:#888;margin:0 2px 2px}.m.customer{align-self:flex-end;align-items:flex-end}.m.bot,.m.agent{align-self:flex-start}' +
    '.b{padding:8px 11px;border-radius:12px;white-space:pre-wrap;word-break:break-word;line-height:1.5}' +
    '.customer .b{background:#ff7a33;color:#fff;border-bottom-right-radius:3px}.bot .b,.agent .b{background:#fff;border-bottom-left-radius:3px}' +
    '.meta{font-size:11px;color:#888;margin-top:2px}.failed .meta{color:#c00}' +
    '.qr{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}.qr button{border:1px solid #ff5000;color:#ff5000;background:#fff;border-radius:14px;padding:4px 10px;font-size:13px;cursor:pointer}' +
    '.typing{font-size:12px;color:#888;padding:0 12px 6px}.typing[hidden]{display:none}' +
    'form{display:flex;gap:6px;padding:8px;background:#fff;border-top:1px solid #e5e5e5}' +
    'textarea{flex:1;resize:none;height:40px;max-height:100px;border:1px solid #ccc;border-radius:8px;padding:8px;font-size:14px}' +
    'form button{background:#ff5000;color:#fff;border:0;border-radius:8px;padding:0 14px;font-size:14px;cursor:pointer}' +
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
    '@media (max-width:480px){.panel{right:0;bottom:0;width:100vw;max-width:100vw;height:100%;max-height:100%;border-radius:0}.bubble{right:12px;bottom:12px}}';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }

  var style = el('style'); style.textContent = css; root.appendChild(style);
  var bubble = el('button', 'bubble', EN ? 'Chat' : '客服');
  bubble.type = 'button';
  bubble.setAttribute('aria-label', T.open);
  bubble.setAttribute('aria-expanded', 'false');
  var badge = el('span', 'badge'); badge.hidden = true; bubble.appendChild(badge);
  var panel = el('section', 'panel'); panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', T.title);
  panel.id = 'dxe-panel';
  bubble.setAttribute('aria-controls', 'dxe-panel');
  var header = el('header');
  var titles = el('div', 't');
  var shopName = el('div', 'n', T.title);
  var agentLine = el('div', 'a', '');
  titles.appendChild(shopName); titles.appendChild(agentLine);
  var closeBtn = el('button', 'x', '\u00d7'); closeBtn.type = 'button'; closeBtn.setAttribute('aria-label', T.close);
  header.appendChild(titles); header.appendChild(closeBtn);
  var status = el('div', 'status'); status.setAttribute('role', 'status');
  var log = el('div', 'log');
  log.setAttribute('role', 'log'); log.setAttribute('aria-live', 'polite'); log.setAttribute('aria-label', T.log);
  log.tabIndex = 0;
  var typing = el('div', 'typing', T.typing); typing.hidden = true; typing.setAttribute('aria-hidden', 'true');
  var form = el('form');
  var input = el('textarea');
  input.rows = 1; input.placeholder = T.placeholder; input.maxLength = 2000;
  input.setAttribute('aria-label', T.input);
  var sendBtn = el('button', '', T.send); sendBtn.type = 'submit';
  form.appendChild(input); form.appendChild(sendBtn);
  panel.appendChild(header); panel.appendChild(status); panel.appendChild(log); panel.appendChild(typing); panel.appendChild(form);
  root.appendChild(bubble); root.appendChild(panel);

  var unread = 0;
  function setOpen(open) {
    panel.hidden = !open;
    bubble.setAttribute('aria-expanded', String(open));
    save('open', open || null);
    if (open) {
      unread = 0; badge.hidden = true;
      ensureConversation().catch(function () {});
      scrollDown();
      input.focus();
    } else {
      bubble.focus();
    }
  }
  bubble.addEventListener('click', function () { setOpen(panel.hidden); });
  closeBtn.addEventListener('click', function () { setOpen(false); });
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') setOpen(false); });

  // Chinese IME: Enter that confirms a composition must not send.
  var composing = false;
  input.addEventListener('compositionstart', function () { composing = true; });
  input.addEventListener('compositionend', function () { setTimeout(function () { composing = false; }, 0); });
  input.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || e.shiftKey) return;
    if (e.isComposing || composing || e.keyCode === 229) return;
    e.preventDefault();
    submit();
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });
  function submit() {
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    send(text);
  }

  function scrollDown() { log.scrollTop = log.scrollHeight; }
  function time(at) {
    var d = at ? new Date(at) : new Date();
    return d.toLocaleTimeString(EN ? 'en' : 'zh-CN', { hour: '2-digit', minute: '2-digit' });
  }
  function setStatus(text) { status.textContent = text || ''; }

  // An agent's line is a person's: their name above the bubble, and as the screen reader's prefix.
  function agentLabel(author) { return T.agent + (author ? ' ' + author : ''); }
  function messageEl(role, text, meta, author) {
    var m = el('div', 'm ' + role);
    if (role === 'agent') {
      var name = el('div', 'who', agentLabel(author));
      name.setAttribute('aria-hidden', 'true');   // read once, in the bubble's prefix
      m.appendChild(name);
    }
    var who = el('span', 'sr', (role === 'customer' ? T.you : role === 'agent' ? agentLabel(author) : T.shop) + ': ');
    var b = el('div', 'b');
    b.appendChild(who);
    b.appendChild(document.createTextNode(text));
    m.appendChild(b);
    m.appendChild(el('div', 'meta', meta));
    return m;
  }

  function clearQuickReplies() {
    var old = log.querySelectorAll('.qr');
    for (var i = 0; i < old.length; i++) old[i].parentNode.removeChild(old[i]);
  }

  function show(item) {
    if (seen[item.seq]) return;
    seen[item.seq] = true;
    if (item.seq > lastSeq) lastSeq = item.seq;
    var node = null;
    if (item.role === 'customer') {
      lastCustomerSeq = Math.max(lastCustomerSeq, item.seq);
      for (var id in pending) {   // our own message, shown while it was being sent
        var p = pending[id];
        if (p.seq === item.seq || (!p.seq && p.text === item.text)) { node = p.node; delete pending[id]; break; }
      }
      if (node) {
        node.classList.remove('failed');
        node.lastChild.textContent = time(item.at);
        node.setAttribute('data-seq', item.seq);
        reorder(node, item.seq);
      }
    } else {
      lastReplySeq = Math.max(lastReplySeq, item.seq);
      if (item.seq > speakerSeq) {            // who answers now: the latest reply's author, by seq
        speakerSeq = item.seq;
        speaker = item.role === 'agent' ? (item.author || '') : null;
        updateAgentLine();
      }
    }
    if (!node) {
      node = messageEl(item.role, item.text || '', time(item.at), item.author);
      node.setAttribute('data-seq', item.seq);
      insert(node, item.seq);
    }
    if (item.role !== 'customer') {
      clearQuickReplies();
      var replies = item.quickReplies || [];
      if (replies.length) {
        var qr = el('div', 'qr');
        qr.setAttribute('role', 'group'); qr.setAttribute('aria-label', T.quick);
        replies.forEach(function (r) {
          var btn = el('button', '', r); btn.type = 'button';
          btn.addEventListener('click', function () { send(r); });
          qr.appendChild(btn);
        });
        node.appendChild(qr);
      }
      if (panel.hidden) { unread++; badge.textContent = String(unread); badge.hidden = false; }
    }
    updateTyping();
    scrollDown();
  }

  // Transcript items in seq order; messages still being sent stay at the end.
  function insert(node, seq) {
    var items = log.querySelectorAll('.m[data-seq]');
    for (var i = 0; i < items.length; i++) {
      if (Number(items[i].getAttribute('data-seq')) > seq) { log.insertBefore(node, items[i]); return; }
    }
    var firstPending = log.querySelector('.m:not([data-seq])');
    log.insertBefore(node, firstPending);
  }
  function reorder(node, seq) { log.removeChild(node); insert(node, seq); }

  // The header's second line: the shop's bot, or the person answering since their last line.
  function updateAgentLine() {
    agentLine.textContent = speaker != null ? T.serving(speaker) : botLine;
  }

  function updateTyping() {
    var waiting = lastCustomerSeq > lastReplySeq || Object.keys(pending).length > 0;
    typing.hidden = !waiting;
    clearTimeout(typingTimer);
    if (waiting) typingTimer = setTimeout(function () { typing.hidden = true; }, 20000);
  }

  // ---- API ---------------------------------------------------------------------------------------------------
  function api(path, options) {
    options = options || {};
    var headers = { 'Accept': 'application/json' };
    if (options.body) headers['Content-Type'] = 'application/json';
    if (options.auth && conv) headers['Authorization'] = 'Bearer ' + conv.token;
    return fetch(BASE + path, {
      method: options.method || 'GET', headers: headers, mode: 'cors', credentials: 'omit',
      body: options.body ? JSON.stringify(options.body) : undefined
    }).then(function (r) {
      return r.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (e) { /* not JSON */ }
        if (!r.ok) {
          var err = new Error((data && data.message) || r.status); err.status = r.status; err.code = data && data.code;
          err.retryAfter = Number(r.headers.get('Retry-After')) || 0;
          throw err;
        }
        return data;
      });
    });
  }

  function forget() {
    conv = null; save('conversation', null);
    if (source) { source.close(); source = null; }
    lastSeq = 0; seen = {}; lastCustomerSeq = 0; lastReplySeq = 0;
    speakerSeq = 0; speaker = null; updateAgentLine();
    var items = log.querySelectorAll('.m[data-seq]');
    for (var i = 0; i < items.length; i++) log.removeChild(items[i]);
  }

  function ensureConversation() {
    if (conv) return Promise.resolve(conv);
    if (opening) return opening;
    var body = { shopId: SHOP, customerId: customerId, locale: LOCALE };
    if (SIGNATURE) body.customerSignature = SIGNATURE;
    if (PRODUCT) body.productId = PRODUCT;
    opening = api('/api/v1/conversations', { method: 'POST', body: body }).then(function (c) {
      conv = { id: c.conversationId, token: c.token };
      save('conversation', conv);
      opening = null;
      connect();
      return conv;
    }, function (e) { opening = null; throw e; });
    return opening;
  }

  // A stored conversation: its history first (and a check that it still exists), then the live stream.
  function resume() {
    if (!conv) return;
    api('/api/v1/conversations/' + encodeURIComponent(conv.id) + '/messages?after=0', { auth: true }).then(function (items) {
      (items || []).forEach(show);
      connect();
      flush();
    }, function (e) {
      if (e.status === 401 || e.status === 404 || e.status === 410) { forget(); if (queue.length) flush(); }
      else scheduleReconnect();
    });
  }

  // ---- the stream: reconnect with backoff, resuming after the last seq seen -------------------------------------
  function connect() {
    if (!conv) return;
    clearTimeout(retryTimer); retryTimer = null;
    if (source) source.close();
    // EventSource cannot send headers: the token goes in this URL only, never in the shop page's own URLs.
    var url = BASE + '/api/v1/conversations/' + encodeURIComponent(conv.id) + '/stream?after=' + lastSeq +
      '&token=' + encodeURIComponent(conv.token);
    var es = new EventSource(url);
    source = es;
    es.addEventListener('open', function () {
      if (source !== es) return;
      retry = 0;
      setStatus('');
      flush();
    });
    es.addEventListener('message', function (e) {
      if (source !== es) return;
      try { show(JSON.parse(e.data)); } catch (err) { /* ignore a malformed item */ }
    });
    es.addEventListener('error', function () {
      if (source !== es) return;
      es.close(); source = null;
      scheduleReconnect();
    });
  }

  function scheduleReconnect(delay) {
    if (retryTimer || !conv) return;
    setStatus(navigator.onLine === false ? T.offline : T.reconnecting);
    var wait = delay != null ? delay : Math.min(30000, 1000 * Math.pow(2, retry)) * (0.75 + Math.random() * 0.5);
    retry++;
    retryTimer = setTimeout(function () {
      retryTimer = null;
      // A quick check first, so that a conversation that no longer exists starts afresh instead of retrying forever.
      api('/api/v1/conversations/' + encodeURIComponent(conv.id) + '/messages?after=' + lastSeq, { auth: true })
        .then(function (items) { (items || []).forEach(show); connect(); },
          function (e) {
            if (e.status === 401 || e.status === 404 || e.status === 410) { forget(); setStatus(''); if (queue.length) flush(); }
            else scheduleReconnect();
          });
    }, wait);
  }

  window.addEventListener('online', function () {
    retry = 0;
    if (conv && !source) { clearTimeout(retryTimer); retryTimer = null; scheduleReconnect(0); }
    flush();
  });
  window.addEventListener('offline', function () { setStatus(T.offline); });

  // ---- sending: an outbox in localStorage, sent in order, once (clientMessageId) -------------------------------
  function send(text) {
    var msg = { text: text, clientMessageId: uuid() };
    queue.push(msg);
    save('queue', queue);
    showPending(msg);
    flush();
  }

  function showPending(msg) {
    if (pending[msg.clientMessageId]) return;
    var node = messageEl('customer', msg.text, navigator.onLine === false ? T.queued : T.sending);
    log.appendChild(node);
    pending[msg.clientMessageId] = { node: node, text: msg.text, seq: 0 };
    updateTyping();
    scrollDown();
  }

  function flush() {
    if (flushing || !queue.length) return;
    flushing = true;
    var msg = queue[0];
    ensureConversation().then(function () {
      return api('/api/v1/conversations/' + encodeURIComponent(conv.id) + '/messages', {
        method: 'POST', auth: true, body: { text: msg.text, clientMessageId: msg.clientMessageId }
      });
    }).then(function (accepted) {
      queue.shift(); save('queue', queue);
      var p = pending[msg.clientMessageId];
      if (p) {
        p.seq = accepted.seq;
        p.node.lastChild.textContent = time();
        if (seen[accepted.seq]) { // the stream was faster and showed it already
          log.removeChild(p.node); delete pending[msg.clientMessageId];
        } else {
          p.node.setAttribute('data-seq', accepted.seq);
          reorder(p.node, accepted.seq);
        }
      }
      lastCustomerSeq = Math.max(lastCustomerSeq, accepted.seq);
      updateTyping();
      flushing = false;
      if (!source && !retryTimer) connect();
      flush();
    }, function (e) {
      flushing = false;
      var p = pending[msg.clientMessageId];
      if (e.code === 'invalid_customer_signature') {      // the page's signature is stale: chat on as an anonymous visitor
        SIGNATURE = null;
        setTimeout(flush, 1000);
      } else if (e.status === 401 || e.status === 404 || e.status === 410) { // the conversation is gone (or erased): the message goes to a new one
        forget();
        setTimeout(flush, 0);
      } else if (e.status === 429) {                      // too fast: kept, and sent again when the shop says
        if (p) p.node.lastChild.textContent = T.sending;
        setTimeout(flush, Math.min(60, Math.max(1, e.retryAfter || 2)) * 1000);
      } else if (e.status >= 400 && e.status < 500) {   // refused (empty, too long): dropped, and shown as not sent
        queue.shift(); save('queue', queue);
        if (p) { p.node.classList.add('failed'); p.node.lastChild.textContent = T.failed + (e.message ? ': ' + e.message : ''); delete pending[msg.clientMessageId]; }
        updateTyping();
        flush();
      } else {                                            // offline or the server is down: kept, retried later
        if (p) p.node.lastChild.textContent = T.queued;
        setStatus(navigator.onLine === false ? T.offline : T.reconnecting);
        setTimeout(flush, Math.min(30000, 2000 * Math.pow(2, Math.min(retry, 4))));
      }
    });
  }

  // ---- start -------------------------------------------------------------------------------------------------
  function start() {
    document.body.appendChild(host);
    api('/api/v1/shops/' + encodeURIComponent(SHOP)).then(function (shop) {
      shopName.textContent = shop.name;
      botLine = (EN ? 'Agent ' : '客服 ') + shop.agentName + (shop.agentNumber ? ' (' + shop.agentNumber + ')' : '');
      updateAgentLine();
      panel.setAttribute('aria-label', shop.name + ' ' + T.title);
    }, function () { /* the header keeps its generic title */ });
    queue.forEach(showPending);
    if (conv) resume(); else if (queue.length) flush();
    if (load('open', false) || script.getAttribute('data-open') === 'true') setOpen(true);
  }

  window.Dianxiaoer = {
    started: true,
    open: function () { setOpen(true); },
    close: function () { setOpen(false); },
    send: function (text) { send(String(text)); },
    /** For tests and diagnostics: drop the live stream as a network failure would; it reconnects with backoff. */
    dropStream: function () { if (source) { source.close(); source = null; scheduleReconnect(); } },
    get connected() { return !!source && source.readyState === 1; },
    get conversationId() { return conv && conv.id; }
  };

  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();
