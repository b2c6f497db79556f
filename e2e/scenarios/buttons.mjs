// Every button the front desk can put on a two-way choice or the fallback menu sends its own words, which must reach
// the stage that answers them; and the five satisfaction buttons of the return visit after a settled case.
const DELIVERED = { status: 'delivered' };
const SHIPPED = { status: 'shipped' };
const SETTLED_SEAM = { say: '大衣领口开线了 照片https://img.example.com/seam.jpg', intent: 'complaint', stage: 'aftersales',
  has: [/抱歉/, '申请售后'] };
const RETURN_VISIT = 15_000; // the suite's stack asks 3 s after a case is settled

const score = (button, has) => ({
  name: `return visit: "${button}" is taken as the score and answered in kind`,
  order: DELIVERED,
  turns: [
    SETTLED_SEAM,
    { wait: RETURN_VISIT, tap: button, stage: 'aftersales', has, not: [/您是想问「/, /哪一款/] },
  ],
});

export default [
  { name: 'button words: 我要投诉 opens a complaint', order: DELIVERED,
    turns: [{ say: '我要投诉', intent: 'complaint', stage: 'aftersales', has: [/抱歉|不好意思|请问|麻烦/] }] },
  { name: 'button words: 物流到哪了 on a shipped order gives the courier and the waybill', order: SHIPPED,
    turns: [{ say: '物流到哪了', intent: 'logistics', stage: 'order', has: ['韵达', /YD\d+/] }] },
  { name: 'button words: 能便宜点吗 on the coat page is bargaining', product: 'wool-coat',
    turns: [{ say: '能便宜点吗', intent: 'bargain', stage: 'negotiation', has: ['¥859'], not: [/¥8[0-2]\d(?!\d)/] }] },
  { name: 'button words: 能开发票吗 gives the invoice rule',
    turns: [{ say: '能开发票吗', intent: 'invoice', stage: 'order', has: ['电子普通发票'] }] },
  { name: 'button words: 修改订单 on a paid order asks what to change', order: { status: 'paid' },
    turns: [{ say: '修改订单', intent: 'order_change', stage: 'order', has: [/颜色|尺码|数量/] }] },
  { name: 'button words: 改地址 on a paid order asks for the new address', order: { status: 'paid' },
    turns: [{ say: '改地址', intent: 'address_change', stage: 'order', has: [/新的收货地址|新地址/] }] },
  { name: 'button words: 是正品吗 on the coat page names the proof', product: 'wool-coat',
    turns: [{ say: '是正品吗', intent: 'authenticity', stage: 'greeting', has: ['第三方质检报告'] }] },
  { name: 'button words: 退换货 before buying gives the 7-day rule and opens no case', product: 'jeans',
    turns: [
      { say: '在吗', intent: 'greeting', stage: 'greeting', has: ['小二优选旗舰店'] },
      { say: '退换货', intent: 'return_refund', stage: 'aftersales', has: [/7天|七天/, '无理由'], not: [/订单号/] },
    ] },
  { name: 'button words: 谢谢 after an answer is thanked back', product: 'wool-coat',
    turns: [
      { say: '这件有货吗', intent: 'stock', stage: 'greeting', has: ['有现货'] },
      { say: '谢谢', intent: 'goodbye_thanks', stage: 'greeting', has: [/不客气|感谢/] },
    ] },
  score('5分 非常满意', [/谢谢|感谢/]),
  score('4分 满意', [/谢谢|感谢/]),
  score('3分 一般', [/改进/]),
  score('2分 不满意', [/抱歉/]),
  score('1分 非常不满意', [/抱歉/]),
];
