// A shop owner's view of insights-service: the shop's figures over time and its conversations that ended badly,
// from this service's own API (/api/v1/admin/shops/{shop}/insights/...). Plain DOM, no framework; everything the API
// returns is shown as text, never as HTML.
(function () {
  'use strict';
  const STORE = 'dianxiaoer.insights.';
  const $ = (id) => document.getElementById(id);
  const REASONS = { disliked: '顾客不满意', unanswered: '有消息没人回', asked_for_person: '转了人工' };
  const STAGES = { greeting: '接待', negotiation: '议价', order: '订单', aftersales: '售后', human: '人工' };

  function remember(name, value) {
    try {
      if (value === undefined) return JSON.parse(sessionStorage.getItem(STORE + name));
      if (value === null) sessionStorage.removeItem(STORE + name);
      else sessionStorage.setItem(STORE + name, JSON.stringify(value));
    } catch (e) { /* storage off: works until a reload */ }
    return null;
  }
  // {shopId, key}: the platform's ops key; {shopId, token}: a shop admin's workbench session, which the workbench
  // that opened this page hands over by postMessage (never in an address); kept for this tab only
  let access = remember('access');
  let workbench = null;               // the workbench's address, where it is set up

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text != null) node.textContent = String(text);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }
  function showError(message) {
    $('error').textContent = message || '';
    $('error').hidden = !message;
  }
  const pct = (v) => (v == null ? '—' : Math.round(Number(v) * 1000) / 10 + '%');

  async function api(path) {
    const headers = { 'Accept': 'application/json' };
    if (access.token) headers.Authorization = 'Bearer ' + access.token; else headers['X-Api-Key'] = access.key;
    const r = await fetch(`/api/v1/admin/shops/${encodeURIComponent(access.shopId)}/insights/${path}`,
      { headers, cache: 'no-store' });
    const body = await r.json().catch(() => null);
    if (!r.ok) {
      const error = new Error((body && body.message) || `HTTP ${r.status}`);
      error.status = r.status;
      throw error;
    }
    return body;
  }

  /** The periods' figures added up: counts sum, rates are recomputed from the sums. */
  function totals(periods) {
    const sum = (k) => periods.reduce((a, p) => a + (p[k] || 0), 0);
    const t = {
      conversations: sum('conversations'), askedProductQuestion: sum('askedProductQuestion'),
      bargained: sum('bargained'), deals: sum('deals'), paid: sum('paid'), complaints: sum('complaints'),
      handoffs: sum('handoffs'), botResolved: sum('botResolved')
    };
    const shares = sum('priceShares');
    t.resolutionRate = t.conversations ? t.botResolved / t.conversations : null;
    t.bargainSuccess = t.bargained ? t.deals / t.bargained : null;
    t.meanPriceShare = shares ? periods.reduce((a, p) => a + Number(p.priceShareSum || 0), 0) / shares : null;
    const bot = sum('botRatings'), person = sum('personRatings');
    t.botSatisfaction = bot ? (sum('botSatisfactionSum') / bot).toFixed(1) : '—';
    t.personSatisfaction = person ? (sum('personSatisfactionSum') / person).toFixed(1) : '—';
    return t;
  }

  function drawTotals(t) {
    const rows = [
      ['conversations', '会话', t.conversations], ['askedProductQuestion', '咨询商品', t.askedProductQuestion],
      ['bargained', '议价', t.bargained], ['deals', '成交', t.deals], ['paid', '付款', t.paid],
      ['resolutionRate', '机器人解决率', pct(t.resolutionRate)], ['bargainSuccess', '议价成功率', pct(t.bargainSuccess)],
      ['meanPriceShare', '成交价 / 标价', pct(t.meanPriceShare)], ['complaints', '投诉', t.complaints],
      ['handoffs', '转人工', t.handoffs], ['botSatisfaction', '满意度（机器人）', t.botSatisfaction],
      ['personSatisfaction', '满意度（人工）', t.personSatisfaction]
    ];
    const dl = $('totals');
    dl.replaceChildren();
    for (const [key, label, value] of rows) {
      const box = el('div', null, { 'data-figure': key });
      box.append(el('dt', label), el('dd', value));
      dl.append(box);
    }
  }

  /** Bars: conversations per period; the line: the share the bot resolved (0-100% on the same height). */
  function drawChart(periods, period) {
    const W = 800, H = 200, pad = 24;
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H + pad}`, role: 'img', 'aria-label': '会话与机器人解决率' });
    const max = Math.max(1, ...periods.map((p) => p.conversations));
    const step = periods.length ? (W - pad) / periods.length : 0;
    const points = [];
    periods.forEach((p, i) => {
      const h = (p.conversations / max) * (H - pad);
      const x = pad + i * step;
      const bar = svg('rect', { class: 'bar', x: x + 2, y: H - h, width: Math.max(2, step - 4), height: h,
        'data-start': p.start, 'data-conversations': p.conversations });
      bar.append(svg('title'));
      bar.firstChild.textContent = `${p.start}: ${p.conversations} 个会话，解决率 ${pct(p.resolutionRate)}`;
      chart.append(bar);
      if (p.resolutionRate != null) {
        const cx = x + step / 2, cy = H - Number(p.resolutionRate) * (H - pad);
        points.push(`${cx},${cy}`);
        chart.append(svg('circle', { class: 'rate-point', cx, cy, r: 4 }));
      }
      const label = svg('text', { x: x + 2, y: H + 14 });
      const d = new Date(p.start);
      label.textContent = period === 'hour' ? `${d.getHours()}时` : `${d.getMonth() + 1}/${d.getDate()}`;
      chart.append(label);
    });
    if (points.length) chart.append(svg('polyline', { class: 'rate', points: points.join(' ') }));
    $('chart').replaceChildren(periods.length ? chart : el('p', '这段时间没有会话。', { class: 'muted' }));
  }

  /** The conversation's short id; a link that opens it in the workbench, where there is one. */
  function conversationCell(id) {
    const td = el('td');
    if (workbench) {
      td.append(el('a', id.slice(0, 8), { href: `${workbench.split('#')[0]}#conversation=${encodeURIComponent(id)}`,
        target: '_blank', rel: 'noopener', title: '在客服工作台打开 ' + id }));
    } else {
      td.append(el('span', id.slice(0, 8), { title: id }));
    }
    return td;
  }

  function drawEndedBadly(list) {
    const body = $('ended-badly').querySelector('tbody');
    body.replaceChildren();
    for (const o of list) {
      const tr = el('tr', null, { 'data-conversation': o.conversationId });
      tr.append(
        el('td', new Date(o.lastActivityAt).toLocaleString('zh-CN')),
        conversationCell(o.conversationId),
        el('td', o.unresolvedBecause.map((r) => REASONS[r] || r).join('、')),
        el('td', o.stages.map((s) => STAGES[s] || s).join(' → ')));
      body.append(tr);
    }
    $('none-bad').hidden = list.length > 0;
  }

  async function load() {
    const period = $('period').value;
    try {
      const [periods, bad] = await Promise.all([api(`figures?period=${period}`), api('conversations?limit=20')]);
      showError(null);
      drawTotals(totals(periods));
      drawChart(periods, period);
      drawEndedBadly(bad);
      $('updated').textContent = '更新于 ' + new Date().toLocaleTimeString('zh-CN');
    } catch (e) {
      if (e.status === 401 || e.status === 403) {
        const byWorkbench = !!access.token;
        signOut();
        showError(byWorkbench ? '工作台登录已过期，或这个账号不是店铺管理员：请在客服工作台重新登录后再打开' : '访问密钥不对，请重新输入');
        return;
      }
      showError(e.message);
    }
  }

  function show() {
    const signedIn = !!(access && access.shopId && (access.key || access.token));
    $('signin').hidden = signedIn;
    $('board').hidden = !signedIn;
    $('me').hidden = !signedIn;
    if (signedIn) { $('shop-name').textContent = '店铺 ' + access.shopId; load(); }
  }
  function signOut() { access = null; remember('access', null); show(); }

  $('signin').querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    const shopId = form.shopId.value.trim(), key = form.key.value;
    if (!shopId || !key) { showError('请填写店铺 ID 和访问密钥'); return; }
    access = { shopId, key };
    remember('access', access);
    form.key.value = '';
    show();
  });
  $('sign-out').addEventListener('click', signOut);
  $('refresh').addEventListener('click', load);
  $('period').addEventListener('change', load);
  setInterval(() => { if (access && !document.hidden) load(); }, 30_000);
  fetch('/api/v1/insights/links', { headers: { 'Accept': 'application/json' } })
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}))
    .then((links) => {
      workbench = links.workbench || null;
      $('via-workbench').hidden = !workbench;
      if (workbench) $('workbench-signin').href = workbench;
      show();
      if (workbench && window.opener) askTheWorkbench(new URL(workbench, location.href).origin);
    });

  /** Opened from the workbench: asks it for its session, and takes an answer from the workbench's origin only. */
  function askTheWorkbench(origin) {
    window.addEventListener('message', (e) => {
      if (e.origin !== origin || !e.data || e.data.type !== 'dianxiaoer.insights.session') return;
      if (typeof e.data.shopId !== 'string' || typeof e.data.token !== 'string') return;
      access = { shopId: e.data.shopId, token: e.data.token };
      remember('access', access);
      showError(null);
      show();
    });
    try {
      window.opener.postMessage({ type: 'dianxiaoer.insights.ready' }, origin);
    } catch (e) { /* the opener is gone: sign in here */ }
  }
}());
