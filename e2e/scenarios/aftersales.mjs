// After-sales: complaints through "five clears and one report", serious cases, returns, refunds, exchanges, price protection, satisfaction.
const SORRY = /抱歉|对不起|不好意思/;
const PROMO = /满299减30|新客领券|欢迎收藏|收藏本店/; // the sales welcome has no place in front of a complaint
const NEXT_ANSWER = /(今天|明天|\d+月\d+日)\s*\d{1,2}[:：]\d{2}\s*前/; // when the next answer comes
const TRACKING = /运单号|YD\d{6,}|快递刚揽收|已经?签收了/; // the parcel's tracking, not an answer to a complaint
const ESCALATION = /店长|主管|上报|报告给/;
const REPORTED_AGAIN = /第一时间(报告|上报)/; // the report is made once, not on every turn
const NEW_CASE = /具体遇到了什么情况|您慢慢说/; // a settled case re-opened from scratch
const CLARIFY = /您是想问「/;
const APPLY = /申请售后/;
const SHOP_PAYS = /运费由我们承担|运费我们(来)?(承担|出)|我们(来)?承担.{0,6}运费|运费.{0,8}(店铺|我们|本店)(来)?(承担|出)/;
const CUSTOMER_PAYS = /运费.{0,12}(需要|由)(您|亲|买家)(这边)?(来)?承担|运费.{0,6}(您|亲)(这边)?(自理|承担|自己出)/;
const SWEATER = [{ productId: 'cashmere-sweater', name: '纯羊绒圆领毛衣', quantity: 1, unitPrice: 599 }];
const JEANS_TWO = [{ productId: 'jeans', name: '直筒弹力牛仔裤', quantity: 2, unitPrice: 259 }];
const TEE_AND_SCARF = [
  { productId: 'cotton-tee', name: '新疆长绒棉T恤', quantity: 1, unitPrice: 99 },
  { productId: 'wool-scarf', name: '羊毛格纹围巾', quantity: 1, unitPrice: 159 },
];
const TWO_COATS = [{ productId: 'wool-coat', name: '羊毛双面呢大衣', quantity: 2, unitPrice: 859 }];
const PHOTO = 'https://img.alicdn.com/imgextra/i4/2206745581234/O1CN01xYz9Ab1Q2w3e4r5t6_!!2206745581234.jpg';

export default [
  // --- the serious case of the issue: a child's rash -----------------------------------------------------------------
  {
    name: 'a child\'s rash is reported once, the photo link is taken as a photo and "when" gets a time',
    order: { status: 'delivered', lines: SWEATER },
    turns: [
      { say: ['孩子穿了你们家毛衣 身上起了一片疹子 怎么回事啊', '宝宝穿了你家毛衣脖子上全是红疹子！！', '小孩穿了这毛衣起疹子了 你们这什么东西'],
        intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /暂停|先别(穿|再穿)|停止/, ESCALATION, /照片|图片/], not: [PROMO, /尺码|身高体重/, TRACKING],
        buttons: ['没有照片，先帮我处理'] },
      { say: [PHOTO, `照片 ${PHOTO}`, `图在这 ${PHOTO}`], stage: 'aftersales',
        has: [ESCALATION, NEXT_ANSWER], not: [TRACKING, /签收/, REPORTED_AGAIN, /照片链接/] },
      { say: ['什么时候给我答复?', '你们什么时候给我个说法', '到底什么时候回复我'], intent: ['complaint', 'return_refund'], stage: 'aftersales',
        has: [NEXT_ANSWER, /答复|回复|结果/], not: [TRACKING, /签收/, REPORTED_AGAIN, /补充的情况/] },
      { say: ['好的 尽快', '行 快点', '嗯嗯 等你们消息'], intent: 'acknowledgement', stage: 'aftersales',
        has: [NEXT_ANSWER], not: [TRACKING, REPORTED_AGAIN, /不客气/] },
    ],
  },
  {
    name: 'an allergy with no photo: the case goes on, reported once, with the next answer\'s time',
    known: 'the sweater named beside an allergy still gets a size answer, and "能先退款吗" in a reported case gets its time, not the refund',
    order: { status: 'delivered', lines: SWEATER },
    turns: [
      { say: ['穿了一天皮肤过敏 又红又痒', '这毛衣穿上皮肤过敏了 痒死了', '毛衣穿完过敏了浑身痒'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, ESCALATION, /暂停|先别(穿|再穿)|停止/], not: [PROMO, /尺码|身高体重/], buttons: ['没有照片，先帮我处理'] },
      { tap: '没有照片，先帮我处理', stage: 'aftersales',
        has: [NEXT_ANSWER, /答复|方案|结果/], not: [/照片链接/, REPORTED_AGAIN, NEW_CASE] },
      { say: ['能先退款吗', '先给我退钱行不行', '我要退款'], intent: ['return_refund', 'complaint'], stage: 'aftersales',
        has: [/退款|退钱/, NEXT_ANSWER], not: [REPORTED_AGAIN, NEW_CASE] },
    ],
  },
  {
    name: 'a threat to go to 12315 over a torn seam is reported to the manager, once',
    known: 'NLU (issue 12): "什么时候给我答复" is read as other; the reply itself is right',
    order: { status: 'delivered' },
    turns: [
      { say: ['大衣开线了 再不处理我就去12315投诉', '衣服开线了！不给处理我就找消协', '大衣缝线都开了 不解决我找平台介入'],
        intent: 'complaint', stage: 'aftersales',
        has: [SORRY, ESCALATION, /照片|图片/], not: [PROMO], buttons: ['没有照片，先帮我处理'] },
      { say: ['拍不了照片 你们先处理', '没照片 先给我处理', '照片发不了，先帮我弄'], stage: 'aftersales',
        has: [NEXT_ANSWER], not: [/照片链接/, REPORTED_AGAIN, NEW_CASE] },
      { say: ['什么时候给我答复', '多久能给我结果', '到底啥时候处理好'], intent: ['complaint', 'return_refund'], stage: 'aftersales',
        has: [NEXT_ANSWER], not: [TRACKING, /签收/, REPORTED_AGAIN, /补充的情况/] },
    ],
  },
  {
    name: 'a repeated complaint ("second time") is serious and reported',
    order: { status: 'delivered' },
    turns: [
      { say: ['这是第二次了 上次也是开线 这次又开线', '又出问题了 上次也是开线 说了几次了', '上次反映过开线 这次又是'],
        intent: 'complaint', stage: 'aftersales', has: [SORRY, ESCALATION], not: [PROMO] },
      { say: [PHOTO, `照片 ${PHOTO}`], stage: 'aftersales', has: [NEXT_ANSWER], not: [TRACKING, REPORTED_AGAIN] },
    ],
  },
  {
    name: 'a wrong colour on an order of two coats (high value) is reported and given a time',
    order: { status: 'delivered', lines: TWO_COATS },
    turns: [
      { say: ['两件大衣有一件发错颜色了 我要的是驼色', '发错颜色了 买了两件 其中一件不是驼色', '两件里一件颜色发错了'],
        intent: 'complaint', stage: 'aftersales', has: [SORRY, /照片|图片/], not: [PROMO] },
      { say: [PHOTO, `这是照片 ${PHOTO}`], stage: 'aftersales', has: [ESCALATION, NEXT_ANSWER], not: [TRACKING] },
    ],
  },

  // --- angry first messages and wrong items ------------------------------------------------------------------------
  {
    name: '"垃圾店！发错货" first is heard as a complaint, and the order already known is not asked for',
    order: { status: 'delivered' },
    turns: [
      { say: ['垃圾店！发错货', '什么垃圾店 发错货了', '你们怎么搞的 发错货了！'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /照片|图片/], not: [PROMO, /订单号/], buttons: ['没有照片，先帮我处理'] },
      { say: [`收到的是羽绒服不是大衣 ${PHOTO}`, `我买的大衣 寄来个羽绒服 图 ${PHOTO}`], stage: 'aftersales',
        has: [/换|退/, APPLY, SHOP_PAYS], not: [TRACKING, CUSTOMER_PAYS] },
      { say: ['我不要换了 直接退款', '不换了 退钱吧', '算了直接退货退款'], intent: 'return_refund', stage: 'aftersales',
        has: [/退货退款|退款/, SHOP_PAYS], not: [NEW_CASE, ESCALATION, CUSTOMER_PAYS] },
    ],
  },
  {
    name: 'an angry wrong item with no order known: the order number is asked once, with the photo',
    turns: [
      { say: ['你们发错货了！！！', '发错货了 什么情况', '东西发错了啊'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /订单号/], not: [PROMO] },
      { say: ['订单号 3318204567781234567', '3318204567781234567', '单号3318204567781234567'], stage: 'aftersales',
        not: [/订单号（/, TRACKING, PROMO] },
    ],
  },
  {
    name: 'the wrong colour sent: a photo, then an exchange at the shop\'s cost with the steps',
    order: { status: 'delivered' },
    turns: [
      { say: ['发错颜色了 我拍的黑色 收到的是灰色', '颜色发错了 我要黑色的给我寄了灰色', '买的黑色 到手是灰的 发错了吧'],
        intent: 'complaint', stage: 'aftersales', has: [SORRY, /照片|图片/], not: [PROMO, /订单号/], buttons: ['没有照片，先帮我处理'] },
      { say: [PHOTO, `照片 ${PHOTO}`], stage: 'aftersales',
        has: [/换货/, APPLY, SHOP_PAYS, /优惠券/], not: [TRACKING, CUSTOMER_PAYS] },
      { say: ['好的 谢谢', '行 谢谢亲', '好 辛苦了'], intent: ['goodbye_thanks', 'acknowledgement'], stage: 'aftersales',
        not: [NEW_CASE, PROMO] },
    ],
  },
  {
    name: 'the wrong size sent: exchanged with the shop paying both ways, and the question about shipping answered',
    known: 'NLU (issue 12): a wrong size sent is read as a refund request rather than a complaint; the reply is right',
    order: { status: 'delivered' },
    turns: [
      { say: ['尺码不对 我拍的L 发来的是M', '我买的L码你们发的M码', '发错码了 L发成了M'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY], not: [PROMO, /身高体重/] },
      { say: ['没有照片，先帮我处理', '没拍照 先帮我换吧'], stage: 'aftersales', has: [/换货/, APPLY, SHOP_PAYS] },
      { say: ['寄回去的运费谁出', '退回运费谁承担啊', '运费我出还是你们出'], intent: 'return_refund', stage: 'aftersales',
        has: [SHOP_PAYS], not: [NEW_CASE, ESCALATION, CUSTOMER_PAYS] },
    ],
  },
  {
    name: 'the "发错货了" button after a bare complaint asks for the photo and then settles',
    order: { status: 'delivered' },
    turns: [
      { say: ['我要投诉', '投诉', '我要投诉你们'], intent: 'complaint', stage: 'aftersales',
        has: [/什么情况|什么问题|哪.{0,4}问题/], not: [PROMO, /订单号/], buttons: ['质量问题', '发错货了', '商品破损', '不喜欢，想无理由退货'] },
      { tap: '发错货了', stage: 'aftersales', has: [/照片|图片/], not: [NEW_CASE], buttons: ['没有照片，先帮我处理'] },
      { say: [PHOTO, `图 ${PHOTO}`], stage: 'aftersales', has: [/换货|退货/, APPLY, SHOP_PAYS] },
    ],
  },

  // --- missing items -----------------------------------------------------------------------------------------------
  {
    name: 'one of two jeans missing is reshipped without sending anything back',
    known: 'NLU (issue 12): a missing item is read as a refund request rather than a complaint; the reply is right',
    order: { status: 'delivered', lines: JEANS_TWO },
    turns: [
      { say: ['买了两条裤子只收到一条', '拍了2条牛仔裤 包裹里就一条', '少发了一条裤子'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /补发/], not: [PROMO, CLARIFY, /照片链接/] },
      { say: ['补发了把单号发我', '那补发了告诉我快递单号哦', '发了给我单号'], stage: 'aftersales',
        has: [/单号/], not: [NEW_CASE, ESCALATION] },
    ],
  },
  {
    name: 'a missing scarf in a two-item parcel: reshipped, and the parcel is not re-opened as a new complaint',
    order: { status: 'delivered', lines: TEE_AND_SCARF },
    turns: [
      { say: ['包裹里少了围巾 只有T恤', 'T恤到了 围巾没有 漏发了吧', '围巾漏发了'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /补发/], not: [PROMO, CLARIFY, /尺码/] },
      { say: ['谢谢亲', '好的谢谢', '行 麻烦了'], intent: ['goodbye_thanks', 'acknowledgement'], stage: 'aftersales', not: [NEW_CASE, PROMO] },
    ],
  },
  {
    name: 'a missing gift is sent on, no photo wanted',
    order: { status: 'delivered' },
    turns: [
      { say: ['赠品没收到啊 说好送围巾小样的', '没有赠品 客服说送小样的', '送的小样呢 包裹里没有'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /补发|补寄|寄给您/], not: [PROMO, /照片链接/] },
    ],
  },

  // --- damaged -----------------------------------------------------------------------------------------------------
  {
    name: 'a hole in the sleeve: photo, a replacement at the shop\'s cost, then a refund instead',
    order: { status: 'delivered' },
    turns: [
      { say: ['收到衣服袖子上有个破洞', '袖子破了个洞 刚拆的', '新衣服袖子有洞'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /照片|图片/], not: [PROMO, /订单号/], buttons: ['没有照片，先帮我处理'] },
      { say: [PHOTO, `照片 ${PHOTO}`], stage: 'aftersales', has: [/补发|换/, SHOP_PAYS], not: [TRACKING] },
      { say: ['我想退货退款 不想换了', '不换了 直接退吧', '还是退款吧不要了'], intent: 'return_refund', stage: 'aftersales',
        has: [/退货退款|退款/, SHOP_PAYS], not: [NEW_CASE, ESCALATION, CUSTOMER_PAYS] },
      { say: ['退款多久到账', '钱多久退回来', '多久能收到退款'], intent: 'return_refund', stage: 'aftersales',
        has: [/48小时/], not: [NEW_CASE, ESCALATION] },
    ],
  },
  {
    name: 'the "商品破损" button asks for the photo, and "没有照片" settles it',
    order: { status: 'delivered' },
    turns: [
      { say: ['有个售后问题', '售后问题', '我要申请售后'], intent: ['return_refund', 'complaint'], stage: 'aftersales',
        not: [CLARIFY, PROMO], buttons: ['质量问题', '发错货了', '商品破损', '不喜欢，想无理由退货'] },
      { tap: '商品破损', stage: 'aftersales', has: [/照片|图片/], buttons: ['没有照片，先帮我处理'] },
      { tap: '没有照片，先帮我处理', stage: 'aftersales', has: [/补发|换/, APPLY, SHOP_PAYS], not: [/照片链接/] },
      { say: ['4分 满意', '4分', '满意 4分吧'], stage: 'aftersales', has: [/谢谢|感谢/], not: [CLARIFY, PROMO, /哪一款/] },
    ],
  },
  {
    name: 'a crushed box and a dirty coat, no photo typed in words',
    order: { status: 'delivered' },
    turns: [
      { say: ['快递盒子压坏了 衣服也脏了', '盒子压扁了 大衣上还有污渍', '包装破损 衣服弄脏了'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /照片|图片/], not: [PROMO] },
      { say: ['手机坏了拍不了照片 你先帮我处理吧', '没法拍照 先处理吧', '照片发不了 你们看着办'], stage: 'aftersales',
        has: [/补发|换|退/, SHOP_PAYS], not: [/照片链接/] },
    ],
  },

  // --- quality ------------------------------------------------------------------------------------------------------
  {
    name: 'a torn seam: the photo ask is answered "没有照片" by button, and who pays shipping is answered after',
    order: { status: 'delivered' },
    turns: [
      { say: ['衣服领口开线了', '领口脱线了', '大衣领子那开线了'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /照片|图片/], not: [PROMO, /订单号/], buttons: ['没有照片，先帮我处理'] },
      { tap: '没有照片，先帮我处理', stage: 'aftersales', has: [/换货|退货/, APPLY, SHOP_PAYS], not: [/照片链接/] },
      { say: ['谁出运费', '寄回运费谁出啊', '运费算谁的'], intent: 'return_refund', stage: 'aftersales',
        has: [SHOP_PAYS], not: [NEW_CASE, ESCALATION, CUSTOMER_PAYS] },
      { say: ['5分 非常满意', '5分', '非常满意 5分'], stage: 'aftersales', has: [/谢谢|感谢/], not: [CLARIFY, PROMO] },
    ],
  },
  {
    name: 'pilling after two days is a quality complaint, not a question about authenticity',
    order: { status: 'delivered' },
    turns: [
      { say: ['大衣穿了两天就起球了 什么质量', '才穿两天就起球 质量太差了吧', '起球起得厉害 这什么质量啊'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /照片|图片/], not: [PROMO, /质检报告|官方授权/], buttons: ['没有照片，先帮我处理'] },
      { say: [PHOTO, `看图 ${PHOTO}`], stage: 'aftersales', has: [/换货|退货/, APPLY, SHOP_PAYS], not: [TRACKING] },
    ],
  },
  {
    name: 'the "质量问题" button after "在吗 售后" asks for a photo',
    order: { status: 'delivered', lines: SWEATER },
    turns: [
      { say: ['在吗 售后', '在不在 要售后', '亲 售后'], stage: 'aftersales',
        not: [PROMO, /订单号/], buttons: ['质量问题', '发错货了', '商品破损', '不喜欢，想无理由退货'] },
      { tap: '质量问题', stage: 'aftersales', has: [/照片|图片/], not: [NEW_CASE], buttons: ['没有照片，先帮我处理'] },
      { say: [`毛衣掉毛 ${PHOTO}`, `掉毛严重 图 ${PHOTO}`], stage: 'aftersales', has: [/换货|退货/, SHOP_PAYS], not: [TRACKING] },
    ],
  },
  {
    name: 'colour difference: heard, and the customer pays the return shipping by the shop\'s rule, explained',
    known: 'the answer on return shipping does not say the coupon given can cover it',
    order: { status: 'delivered' },
    turns: [
      { say: ['颜色跟图片不一样啊 色差太大了', '色差好大 和图片完全两个颜色', '实物颜色比图片深太多了'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /照片|图片/], not: [PROMO], buttons: ['没有照片，先帮我处理'] },
      { say: ['没拍照片', '没有照片', '没图'], stage: 'aftersales', has: [/换货|退货/, APPLY, /运费/, /优惠券/] },
      { say: ['退货运费谁出', '运费要我自己出？', '寄回去运费谁承担'], intent: 'return_refund', stage: 'aftersales',
        has: [/运费/, /优惠券|抵/], not: [NEW_CASE, ESCALATION] },
    ],
  },
  {
    name: 'fading in the first wash and a question in the same message are both answered',
    order: { status: 'delivered', lines: [{ productId: 'cotton-tee', name: '新疆长绒棉T恤', quantity: 1, unitPrice: 99 }] },
    turns: [
      { say: ['T恤洗一次就掉色了 退的话运费谁出', '掉色严重 能退吗 运费谁出', '洗了一次就褪色 退货运费你们出吗'],
        intent: ['complaint', 'return_refund'], stage: 'aftersales',
        has: [SORRY, SHOP_PAYS], not: [PROMO, CUSTOMER_PAYS] },
    ],
  },
  {
    name: 'a strong smell of formaldehyde is a safety issue, reported once',
    order: { status: 'delivered' },
    turns: [
      { say: ['衣服一股甲醛味 熏得头疼', '有很重的甲醛味道 不敢穿', '大衣味道很大 像甲醛'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, ESCALATION], not: [PROMO] },
      { say: ['好的 等你们消息', '行 尽快', '嗯 快点处理'], intent: 'acknowledgement', stage: 'aftersales',
        has: [NEXT_ANSWER], not: [REPORTED_AGAIN, /不客气/] },
    ],
  },

  // --- late parcels ------------------------------------------------------------------------------------------------
  {
    name: 'a late parcel: apology, the courier urged, and when the next news comes',
    known: '"什么时候给我答复?" in a late-parcel case is taken by order-service, which repeats the tracking without a time for the next news',
    order: { status: 'shipped' },
    turns: [
      { say: ['物流太慢了 三天了还没到 催一下', '怎么还没到啊 都三天了 帮我催催', '几天了还没收到 快催一下'],
        intent: ['complaint', 'logistics'], has: [SORRY, '韵达', /加急|催/], not: [PROMO] },
      { say: ['什么时候给我答复?', '那什么时候有消息', '啥时候告诉我进展'], intent: ['complaint', 'logistics', 'return_refund'],
        has: [NEXT_ANSWER], not: [/已经?签收/] },
      { say: ['帮我联系快递', '你们联系下快递吧', '帮我问问韵达'], intent: ['logistics', 'complaint'],
        has: [/联系|催|加急/, /韵达|快递/], not: [/已经?签收/] },
    ],
  },
  {
    name: 'a late parcel complaint that is already delivered: where to look, not an argument',
    order: { status: 'delivered' },
    turns: [
      { say: ['我的快递怎么还没到 太慢了', '等了好久了还没收到货', '怎么还没收到 物流太慢了'], intent: ['complaint', 'logistics'],
        has: [SORRY, /签收/, /快递柜|驿站|门卫|追查/], not: [PROMO, /你(?!们)/] },
    ],
  },
  {
    name: 'an unshipped order chased: the warehouse is asked to ship first, with a time for the news',
    order: { status: 'paid' },
    turns: [
      { say: ['确认', '确认 没问题', '地址对的'], intent: 'address_change', stage: 'order', has: [/确认|收到/], not: [/新地址|改成/] },
      { say: ['都两天了还不发货 催一下', '怎么一直没发货 快点', '还不发货啊 催催'], intent: ['complaint', 'shipping_time', 'logistics'],
        has: [SORRY, /发货|发出/], not: [PROMO, /已经?签收/] },
    ],
  },

  // --- price protection --------------------------------------------------------------------------------------------
  {
    name: 'a price drop within 15 days: the difference is refunded through 仅退款',
    order: { status: 'delivered' },
    turns: [
      { say: ['刚买的大衣就降价了 能退差价吗', '才买就便宜了 退差价', '我买贵了 现在降价了 给我退差价'],
        intent: ['return_refund', 'complaint', 'bargain'], stage: 'aftersales',
        has: [/15天/, /价保/, /仅退款/, /100/], not: [PROMO, /哪一款/] },
      { say: ['好的', '行', '好的 我去申请'], intent: 'acknowledgement', stage: 'aftersales', not: [NEW_CASE, /不客气/] },
      { say: ['1分 非常不满意', '1分', '非常不满意'], stage: 'aftersales', has: [SORRY], not: [CLARIFY, PROMO] },
    ],
  },
  {
    name: 'a price drop after a month is past price protection, said kindly',
    known: 'the shopper\'s words about time ("上个月买的") are not read; an order the order system does not know is taken as within the window',
    turns: [
      { say: ['上个月买的大衣 现在降了好多 能退差价吗', '一个多月前买的 现在便宜了 退差价', '买了快一个月了 降价了给补差价不'],
        intent: ['return_refund', 'complaint', 'bargain'], stage: 'aftersales',
        has: [/15天|订单号/], not: [PROMO, /差价我们退给您/] },
      { say: ['订单号3318204567781234567', '3318204567781234567', '单号 3318204567781234567'], stage: 'aftersales',
        has: [/15天/, /过了|超过|超出|已过/], not: [/差价我们退给您/, /把订单号发给我/] },
    ],
  },

  // --- 7-day no-reason returns -------------------------------------------------------------------------------------
  {
    name: 'a no-reason return in the window: the last day, the condition, the steps and who pays shipping',
    order: { status: 'delivered' },
    turns: [
      { say: ['不喜欢 想七天无理由退货', '不太喜欢 能7天无理由退吗', '不想要了 无理由退货'], intent: 'return_refund', stage: 'aftersales',
        has: [/\d+月\d+日/, /吊牌/, APPLY, /运费/], not: [PROMO, /这是我们的责任/] },
      { say: ['退货运费谁出呀', '运费我出吗', '寄回去运费谁承担'], intent: 'return_refund', stage: 'aftersales',
        has: [CUSTOMER_PAYS], not: [NEW_CASE, ESCALATION] },
      { say: ['退款多久到账', '多久退钱', '钱什么时候退回来'], intent: 'return_refund', stage: 'aftersales',
        has: [/48小时/], not: [NEW_CASE, ESCALATION] },
    ],
  },
  {
    name: 'the "不喜欢，想无理由退货" button gives the return steps with the window',
    order: { status: 'delivered' },
    turns: [
      { say: ['我要退货', '想退货', '退货'], intent: 'return_refund', stage: 'aftersales',
        not: [PROMO], buttons: ['质量问题', '发错货了', '商品破损', '不喜欢，想无理由退货'] },
      { tap: '不喜欢，想无理由退货', stage: 'aftersales', has: [/\d+月\d+日|7天|七天/, /吊牌/, APPLY, CUSTOMER_PAYS] },
      { say: ['2分 不满意', '2分', '不满意'], stage: 'aftersales', has: [SORRY], not: [CLARIFY, PROMO] },
    ],
  },
  {
    name: 'a no-reason return asked twenty days after delivery is past the window, and the way on is offered',
    known: 'the shopper\'s words about time ("签收二十多天了") are not read; an order the order system does not know is taken as within the window',
    turns: [
      { say: ['签收都二十多天了 还能七天无理由退吗', '收到二十天了 还能无理由退货不', '二十几天前收的货 想无理由退'],
        intent: 'return_refund', stage: 'aftersales',
        has: [/7天|七天|订单号/], not: [PROMO, /之前都可以无理由/] },
      { say: ['订单号3318204567781234567', '3318204567781234567', '单号 3318204567781234567'], stage: 'aftersales',
        has: [/7天|七天/, /过了|超过|超出|已过|到期/], not: [/天内都可以无理由/, /把订单号发给我/] },
    ],
  },
  {
    name: 'a refund on an order not shipped yet: 申请退款 at once',
    order: { status: 'paid' },
    turns: [
      { tap: '确认，地址没问题', stage: 'order', has: [/确认|收到|好的/], not: [/新地址|改成什么|哪一款/] },
      { say: ['不想要了 申请退款', '不要了 退款吧', '拍错了 我要退款'], intent: 'return_refund', stage: 'aftersales',
        has: [/申请退款/, /还没(有)?发/], not: [PROMO, /运费/] },
    ],
  },
  {
    name: 'a refund on a parcel on its way: refuse it at the door or return it after',
    order: { status: 'shipped' },
    turns: [
      { say: ['不想要了 能退款吗', '不要了 怎么退款', '东西不要了 退钱'], intent: 'return_refund',
        has: [/拒收/], not: [PROMO, CLARIFY] },
      { say: ['拒收的话运费谁出', '拒收要我出运费吗', '拒收运费算谁的'], intent: 'return_refund',
        has: [/运费/], not: [NEW_CASE, ESCALATION, CLARIFY] },
    ],
  },

  // --- exchanges of size -------------------------------------------------------------------------------------------
  {
    name: 'a coat bought too big is exchanged one size down, with the steps and who pays shipping',
    order: { status: 'delivered' },
    turns: [
      { say: ['大衣买大了 能换小一码吗 M换S', '尺码大了 想换S码', '穿着大了 M换个S'], intent: 'return_refund', stage: 'aftersales',
        has: [/换货/, APPLY, /运费/], not: [PROMO, /专门负责的同事/, /这是我们的责任/] },
      { say: ['S码有货吧', 'S还有吗', 'S码有没有货'], has: [/有货|现货|有的/], not: [/没有货|售罄/] },
    ],
  },
  {
    name: 'a size exchange asked before: the shipping answer stays with the exchange',
    order: { status: 'delivered', lines: [{ productId: 'sneakers', name: '透气网面跑步鞋', quantity: 1, unitPrice: 369 }] },
    turns: [
      { say: ['鞋子小了 想换大一码 41换42', '跑鞋有点挤脚 换42码', '41码小了 能换42吗'], intent: 'return_refund', stage: 'aftersales',
        has: [/换货/, APPLY], not: [PROMO, /专门负责的同事/] },
      { say: ['换货运费谁出', '换的运费要我出吗', '寄回去运费谁出'], intent: 'return_refund', stage: 'aftersales',
        has: [/运费/], not: [NEW_CASE, ESCALATION] },
    ],
  },

  // --- service attitude, thanks, satisfaction -----------------------------------------------------------------------
  {
    name: 'a complaint about the service attitude: apology and a coupon, and a 3 is taken as a score',
    order: { status: 'delivered' },
    turns: [
      { say: ['客服态度太差了 问半天爱答不理', '你们客服什么态度 爱答不理的', '客服不回消息 态度也差'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /优惠券/], not: [PROMO] },
      { say: ['3分 一般', '3分', '一般吧 3分'], stage: 'aftersales', has: [/改进|反馈/], not: [CLARIFY, PROMO] },
    ],
  },
  {
    name: 'thanks after a settled case close it warmly without reopening anything',
    order: { status: 'delivered' },
    turns: [
      { say: ['赠品没收到', '没有赠品啊', '赠品没给我'], intent: 'complaint', stage: 'aftersales', has: [SORRY, /补发|补寄/], not: [PROMO] },
      { say: ['谢谢', '谢谢亲', '好的谢啦'], intent: ['goodbye_thanks', 'acknowledgement'], stage: 'aftersales',
        not: [NEW_CASE, ESCALATION, PROMO, CLARIFY] },
    ],
  },
  {
    name: 'a complaint after a question about another product starts after-sales, not bargaining',
    product: 'wool-coat',
    order: { status: 'delivered' },
    turns: [
      { say: ['上次买的大衣扣子掉了 质量有问题', '大衣扣子掉了 质量不行', '扣子都掉了 这质量'], intent: 'complaint', stage: 'aftersales',
        has: [SORRY, /照片|图片/], not: [PROMO, /到手|¥8\d\d/] },
      { say: ['没有照片，先帮我处理', '没拍照 先处理'], stage: 'aftersales', has: [APPLY, SHOP_PAYS] },
    ],
  },
  {
    name: 'a vague complaint with no order asks for the order number, and the number with the fault settles it',
    known: 'an order number the order system does not know is asked for again, and the "好的 谢谢" after it goes to order-service',
    turns: [
      { say: ['东西有问题 要售后', '买的东西有问题', '收到的货有问题'], intent: ['complaint', 'return_refund'], stage: 'aftersales',
        has: [SORRY, /订单号/], not: [PROMO] },
      { say: ['订单号3318204567781234567 大衣开线了', '3318204567781234567 大衣脱线', '单号3318204567781234567 衣服开线'],
        stage: 'aftersales', has: [/换货|退货/, APPLY, SHOP_PAYS], not: [/订单号（|把订单号发给我/, TRACKING] },
      { say: ['好的 谢谢', '行 谢了', '好的亲'], intent: ['goodbye_thanks', 'acknowledgement'], stage: 'aftersales',
        not: [NEW_CASE, ESCALATION, CLARIFY] },
    ],
  },
];
