// Payment and shipping (order-service): paying, the address check after payment, shipping estimates, logistics, invoices, order changes.
const CONFIRMED = /已确认|确认好了|确认过了|已经确认|按这个地址|按您确认的地址/;
const ASKS_NEW_ADDRESS = /可以改的|麻烦把新的?(收货)?地址|把新的?地址发/;
const ASKS_ADDRESS = /新的?(收货)?地址|省市区/;
const MENU = /您想了解哪一项|付款、发货时间、物流/;
const CLARIFY = /您是想问「/;
const PROMO = '满299减30';
const WAYBILL = /YD\d{8,}/;
const ESTIMATE = /一般|左右|预计|大概|以快递(实际配送)?为准/;
const SHIP_DAY = /今天|明天|\d+月\d+日/;
const CUTOFF = /16(点|:00)/;
const ORDER_NUMBER_ASKED = /订单号/;
const ACK = ['acknowledgement', 'address_change'];

export default [
  // ── the address check after payment ─────────────────────────────────────────────────────────────
  {
    name: 'order: a bare "确认" after the address check confirms the address',
    order: { status: 'paid' },
    turns: [
      { say: ['确认', '确认的', '对的没问题'], intent: ACK, stage: 'order',
        has: [CONFIRMED], not: [MENU, ASKS_NEW_ADDRESS, PROMO] },
    ],
  },
  {
    name: 'order: tapping "确认，地址没问题" confirms the address',
    order: { status: 'paid' },
    turns: [
      { tap: '确认，地址没问题', intent: ACK, stage: 'order', has: [CONFIRMED], not: [MENU, ASKS_NEW_ADDRESS] },
    ],
  },
  {
    name: 'order: "确认，地址没问题" after the address was already confirmed does not ask for a new address',
    order: { status: 'paid' },
    turns: [
      { say: ['确认', '确认哈', '没问题'], intent: ACK, stage: 'order', has: [CONFIRMED] },
      { say: ['确认，地址没问题', '地址没问题的 确认'], intent: ACK, stage: 'order',
        has: [/已(经)?确认|确认过|没问题|按这个地址/], not: [ASKS_NEW_ADDRESS, MENU] },
    ],
  },
  {
    name: 'order: "确认" said twice is still a confirmation, not an address change',
    order: { status: 'paid' },
    turns: [
      { say: ['确认', '对的', '没错'], intent: ACK, stage: 'order', has: [CONFIRMED] },
      { say: ['确认', '确认啊', '确认 没问题'], intent: ACK, stage: 'order',
        has: [/已(经)?确认|确认过|没问题|按这个地址/], not: [ASKS_NEW_ADDRESS, MENU] },
    ],
  },
  {
    name: 'order: a new address sent instead of confirming replaces the old one, and the next question is answered',
    order: { status: 'paid' },
    turns: [
      { say: ['不对 寄到上海市浦东新区张江路88号', '地址错了 改成上海市浦东新区张江路88号', '寄到上海市浦东新区张江路88号吧 不是杭州那个'],
        intent: 'address_change', stage: 'order', has: ['上海市浦东新区'], not: [ASKS_NEW_ADDRESS, PROMO] },
      { say: ['那什么时候发', '那啥时候能发出', '好 那几时发货'], intent: 'shipping_time', stage: 'order',
        has: [SHIP_DAY, /发/], not: [CLARIFY] },
    ],
  },
  {
    name: 'order: tapping "我要改地址" and then sending a bare address changes it',
    order: { status: 'paid' },
    turns: [
      { tap: '我要改地址', intent: 'address_change', stage: 'order', has: [ASKS_ADDRESS], not: [CONFIRMED] },
      { say: ['江苏省南京市鼓楼区中山路18号3栋502', '江苏省南京市鼓楼区中山路18号3栋502 谢谢', '新地址 江苏省南京市鼓楼区中山路18号3栋502'],
        stage: 'order', has: ['江苏省南京市鼓楼区'], not: [ASKS_NEW_ADDRESS] },
    ],
  },
  {
    name: 'order: confirming the address and asking when it ships in one message gets both answered',
    order: { status: 'paid' },
    turns: [
      { say: ['地址没问题 啥时候发货呀', '确认 什么时候能发', '对的 今天能发吗'], stage: 'order',
        has: [CONFIRMED, SHIP_DAY, /发(出|货)/], not: [ASKS_NEW_ADDRESS] },
    ],
  },
  {
    name: 'order: a new receiver name and phone after the check is recorded, not answered with a request for an address',
    order: { status: 'paid' },
    turns: [
      { say: ['收件人改成李华 电话13900001111', '收货人换成李华 手机13900001111', '名字改李华 电话改成13900001111'],
        intent: 'address_change', stage: 'order', has: [/李/, /1111/], not: [ASKS_NEW_ADDRESS] },
    ],
  },
  {
    name: 'order: after confirming, the address can still be changed before shipment',
    order: { status: 'paid' },
    turns: [
      { say: ['确认', '没问题', '对的'], intent: ACK, stage: 'order', has: [CONFIRMED] },
      { say: ['哎 我要改个地址', '等下 地址要改一下', '不好意思 地址我要改下'], intent: 'address_change', stage: 'order',
        has: [ASKS_ADDRESS], not: [/改不了/] },
      { say: ['改成广东省深圳市南山区科技园路1号', '广东省深圳市南山区科技园路1号', '寄到广东省深圳市南山区科技园路1号'],
        stage: 'order', has: ['广东省深圳市南山区'], not: [ASKS_NEW_ADDRESS] },
    ],
  },
  {
    name: 'order: an unpaid order\'s address is changed before payment',
    order: { status: 'created' },
    turns: [
      { say: ['地址填错了 改成北京市朝阳区建国路1号', '收货地址改成北京市朝阳区建国路1号', '地址写错了 寄到北京市朝阳区建国路1号'],
        intent: 'address_change', stage: 'order', has: ['北京市朝阳区'], not: [ASKS_NEW_ADDRESS] },
    ],
  },

  // ── paying ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'order: how to pay, before any order',
    turns: [
      { say: ['怎么付款', '咋付款呀', '怎么付钱啊'], intent: 'payment', stage: 'order',
        has: [/付款/, /花呗|银行卡|余额/] },
    ],
  },
  {
    name: 'order: 花呗 and instalments',
    turns: [
      { say: ['可以用花呗分期不', '能花呗分期吗', '支持花呗分期付款吗'], intent: 'payment', stage: 'order',
        has: ['花呗', '分期'] },
    ],
  },
  {
    name: 'order: a failing payment, then "换种方式付款" names the other ways to pay',
    order: { status: 'created' },
    turns: [
      { say: ['付款一直失败咋回事', '付不了款啊', '付款老是不成功'], intent: 'payment', stage: 'order',
        has: [/限额|余额|换一张卡|网络/], buttons: ['换种方式付款', '转人工'] },
      { tap: '换种方式付款', stage: 'order', has: [/花呗|银行卡|信用卡|余额/], not: [MENU, CLARIFY] },
    ],
  },
  {
    name: 'order: a failing payment, then "转人工" hands the conversation to a person',
    order: { status: 'created' },
    turns: [
      { say: ['付不了款', '付款失败了', '一直支付不了'], intent: 'payment', stage: 'order', buttons: ['转人工'] },
      { tap: '转人工', stage: 'human', has: [/人工|同事/], not: [MENU] },
    ],
  },
  {
    name: 'order: a coupon that did not apply on an unpaid order is checked before paying',
    known: '"优惠券没减啊" is read as a promotion question and answered by bargaining, not checked by order-service',
    order: { status: 'created' },
    turns: [
      { say: ['优惠券没减啊 咋回事', '券怎么没用上', '满减没减 价格不对'], intent: ['payment', 'promotion'],
        has: [/券|满减|优惠/, /先别付款|核对|改价/] },
    ],
  },
  {
    name: 'order: asking how to pay an order already paid is told it is paid',
    order: { status: 'paid' },
    turns: [
      { say: ['我付过了吧 还要付吗', '我是不是已经付款了', '钱付了没 要不要再付'], intent: 'payment', stage: 'order',
        has: [/已(经)?付款/], not: [/点.付款/] },
    ],
  },
  {
    name: 'order: "怎么付款" tapped after a deal explains paying instead of looping back to the price',
    product: 'wool-coat',
    turns: [
      { say: ['这件能便宜点不', '便宜点呗亲', '能少点吗'], intent: 'bargain', stage: 'negotiation', buttons: ['好的，就这个价'] },
      { tap: '好的，就这个价', stage: 'negotiation', has: ['899'], buttons: ['怎么付款'] },
      { tap: '怎么付款', intent: 'payment', stage: 'order', has: [/拍下/, /付款/], not: [/没法再低|不会变/, CLARIFY] },
    ],
  },
  {
    name: 'order: a price agreed in the chat is applied to the unpaid order ("拍下改价")',
    known: '"拍下了 帮我改下价" right after a deal is read as bargaining; negotiation answers it',
    product: 'wool-coat',
    order: { status: 'created' },
    turns: [
      { say: ['这件能便宜点不', '能便宜点吗', '少点呗'], intent: 'bargain', stage: 'negotiation' },
      { say: ['880行不行', '880可以吗', '880卖不卖'], intent: 'bargain', stage: 'negotiation', has: ['880'] },
      { say: ['拍下了 帮我改下价', '已经拍了 麻烦改个价', '拍好了 改下价格吧'], intent: 'payment', stage: 'order',
        has: ['880', /改价|改好|改一下/] },
    ],
  },

  // ── when it ships ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'order: when it ships, before buying: the 16:00 cut-off and an estimate',
    turns: [
      { say: ['亲 啥时候发货呀😂', '什么时候发货', '拍了几时发啊'], intent: 'shipping_time', stage: 'order',
        has: [CUTOFF, ESTIMATE] },
    ],
  },
  {
    name: 'order: "今天拍明天能到吗" gets an estimate, never a promise',
    turns: [
      { say: ['今天拍明天能到吗', '现在拍明天能收到不', '今天下单明天到得了吗'], intent: 'shipping_time', stage: 'order',
        has: [ESTIMATE, CUTOFF], not: [/明天(就|肯定|一定)?能(到|收到)/, /保证/] },
    ],
  },
  {
    name: 'order: paid after the cut-off ships the next working day',
    turns: [
      { say: ['下午5点付款还能当天发吗', '我五点才付款 今天能发不', '17点付的今天发吗'], intent: 'shipping_time', stage: 'order',
        has: [CUTOFF, /第二个?工作日|次日|明天|下一个工作日/] },
    ],
  },
  {
    name: 'order: asking for 顺丰 is answered about 顺丰',
    turns: [
      { say: ['能发顺丰吗', '可以发顺丰不', '发顺丰行吗'], intent: ['shipping_time', 'logistics'], stage: 'order',
        has: ['顺丰', /可以|能/] },
    ],
  },
  {
    name: 'order: a paid order is told the day it leaves',
    order: { status: 'paid' },
    turns: [
      { say: ['今天能发出吗', '啥时候发货啊', '几时能发'], intent: 'shipping_time', stage: 'order',
        has: [SHIP_DAY, /发出/], not: [ASKS_NEW_ADDRESS] },
    ],
  },
  {
    name: 'order: an urgent shopper gets care and an estimate, not a promised date',
    order: { status: 'paid' },
    turns: [
      { say: ['明天一定能到吗 急用', '我急着穿 明天能到不', '着急用 保证明天到吗'], intent: 'shipping_time', stage: 'order',
        has: [ESTIMATE, SHIP_DAY], not: [/明天(就|肯定|一定)?能(到|收到)/, /保证.{0,4}到/] },
    ],
  },
  {
    name: 'order: "发货了没" on a shipped order names the courier and the waybill',
    known: 'NLU (issue 12): read as an address change beside the address check; order-service answers it as a shipping question',
    order: { status: 'shipped' },
    turns: [
      { say: ['发货了没', '发了吗亲', '发货没有啊'], intent: ['shipping_time', 'logistics'], stage: 'order',
        has: ['韵达', WAYBILL, /已(经)?发(出|货)|在路上/] },
    ],
  },

  // ── logistics ───────────────────────────────────────────────────────────────────────────────────
  {
    name: 'order: where the shipped parcel is',
    order: { status: 'shipped' },
    turns: [
      { say: ['到哪了', '我的快递到哪了', '物流到哪了呀'], intent: 'logistics', stage: 'order',
        has: ['韵达', WAYBILL, ESTIMATE] },
    ],
  },
  {
    name: 'order: the waybill number on request',
    known: 'NLU (issue 12): read as an address change beside the address check; order-service answers it as a parcel question',
    order: { status: 'shipped' },
    turns: [
      { say: ['快递单号发我下', '运单号多少', '单号给我一下'], intent: 'logistics', stage: 'order', has: ['韵达', WAYBILL] },
    ],
  },
  {
    name: 'order: a parcel that seems stuck gets an apology or reassurance and the facts',
    order: { status: 'shipped' },
    turns: [
      { say: ['物流咋不动了', '物流怎么一直不更新', '快递好久没动了'], intent: 'logistics', stage: 'order',
        has: ['韵达', WAYBILL, /抱歉|不好意思|别着急|放心|稍后更新|刚揽收/] },
    ],
  },
  {
    name: 'order: "帮我催一下" on a shipped parcel leads to an action, not just the same status',
    known: 'NLU (issue 12): read as an address change beside the address check; order-service answers it with the courier\'s hotline',
    order: { status: 'shipped' },
    turns: [
      { say: ['怎么还没到 帮我催一下', '帮我催下快递呗', '能帮忙催一下快递吗'], intent: 'logistics', stage: 'order',
        has: ['韵达', /催|联系/] },
    ],
  },
  {
    name: 'order: "帮我联系快递" after a logistics answer is a useful step, not the same status again',
    order: { status: 'shipped' },
    turns: [
      { say: ['到哪了', '快递到哪啦', '物流呢'], intent: 'logistics', stage: 'order', has: ['韵达', WAYBILL] },
      { say: ['帮我联系快递', '帮我联系下快递', '你帮我联系下快递吧'], stage: 'order',
        has: [/韵达|快递/, /联系|电话|需要.{0,6}(什么|帮您)|转达/], not: [/您的包裹在路上了/, /已经联系好|已经办好/] },
    ],
  },
  {
    name: 'order: asking the courier to use a parcel locker is not treated as an address change',
    order: { status: 'shipped' },
    turns: [
      { say: ['帮我联系下快递 让他放快递柜', '跟快递说下放快递柜就行', '麻烦让快递放丰巢柜'], stage: 'order',
        has: ['韵达', /快递柜|丰巢/], not: [/仓库这边改不了地址/, /已经(帮您)?放/] },
    ],
  },
  {
    name: 'order: an address change after shipment goes through the courier, and "帮我联系快递" takes the new address',
    known: 'after shipment order-service gives the courier\'s hotline; it does not take a new address for the courier',
    order: { status: 'shipped' },
    turns: [
      { say: ['地址能改吗 我搬家了', '发出去了还能改地址吗', '我想改下收货地址'], intent: 'address_change', stage: 'order',
        has: ['韵达', WAYBILL, /改派|转寄/], buttons: ['帮我联系快递'] },
      { tap: '帮我联系快递', stage: 'order', has: [ASKS_ADDRESS], not: [/仓库这边改不了地址/, /已(经)?(帮您)?改好/] },
      { say: ['改到杭州市滨江区江南大道588号', '新地址杭州市滨江区江南大道588号', '杭州市滨江区江南大道588号'], stage: 'order',
        has: ['滨江区', /韵达|快递/], not: [/我们按新地址发货/, /已经帮您把收货地址改成/] },
    ],
  },
  {
    name: 'order: a delivered order the shopper did not receive',
    known: 'NLU (issue 12): "显示签收了但我没收到啊" is torn and put to the shopper as a choice',
    order: { status: 'delivered' },
    turns: [
      { say: ['显示签收了但我没收到啊', '怎么显示签收了 我没拿到', '物流说签收了 可我没收到'], intent: ['logistics', 'complaint'],
        has: [/家人|门卫|快递柜|代收|驿站/, /核实|联系快递|查/], not: [CLARIFY] },
    ],
  },
  {
    name: 'order: logistics of an unpaid order says it is not paid yet',
    order: { status: 'created' },
    turns: [
      { say: ['物流到哪了', '发货了吗', '快递到哪了'], intent: ['logistics', 'shipping_time'], stage: 'order',
        has: [/还没(有)?付款|未付款|付款后/], not: [WAYBILL] },
    ],
  },
  {
    name: 'order: an order number typed with the question is looked up',
    order: { status: 'shipped' },
    turns: [
      { say: ['订单{order}到哪了', '{order} 这单物流呢', '帮我查下{order}到哪了'], intent: 'logistics', stage: 'order',
        has: ['韵达', WAYBILL] },
    ],
  },
  {
    name: 'order: a bare order number as the first message gets the order\'s state',
    order: { status: 'paid' },
    turns: [
      { say: ['{order}', '订单号{order}', '{order} 帮我看看'], stage: 'order',
        has: [/付款|发出|发货/], not: [ORDER_NUMBER_ASKED, CLARIFY] },
    ],
  },

  // ── no order in this conversation ───────────────────────────────────────────────────────────────
  {
    name: 'order: asking after an order with none here asks for the number, and an unknown number is not invented',
    turns: [
      { say: ['我的订单发货了没', '我买的东西发了吗', '订单啥时候发啊'], intent: ['logistics', 'shipping_time'], stage: 'order',
        has: [ORDER_NUMBER_ASKED], not: [/已(经)?发(出|货)|已付款/] },
      { say: ['TB000011112222', '订单号TB000011112222', 'TB000011112222 这个'], stage: 'order',
        has: [/没(有)?查到|查不到|没找到|找不到|核对/], not: [WAYBILL, /已(经)?发(出|货)/] },
    ],
  },
  {
    name: 'order: changing the address with no order asks for the order number',
    turns: [
      { say: ['我要改地址', '地址写错了要改', '帮我改下收货地址'], intent: 'address_change', stage: 'order', has: [ORDER_NUMBER_ASKED] },
    ],
  },
  {
    name: 'order: cancelling with no order asks for the order number',
    turns: [
      { say: ['帮我取消订单', '订单不要了 取消吧', '我要取消订单'], intent: 'order_change', stage: 'order', has: [ORDER_NUMBER_ASKED] },
    ],
  },

  // ── invoices ────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'order: invoices: electronic, after delivery, title and tax number',
    turns: [
      { say: ['能开发票吗', '可以开发票不', '发票怎么开呀'], intent: 'invoice', stage: 'order',
        has: [/电子(普通)?发票/, '确认收货', '抬头'] },
    ],
  },
  {
    name: 'order: a special VAT invoice is not answered with "contact customer service" from customer service',
    known: 'the demo shop\'s invoice rule itself says "需要专票请联系客服"',
    turns: [
      { say: ['开专票可以吗', '能开增值税专票吗', '我要专票'], intent: 'invoice', stage: 'order',
        has: ['专票'], not: [/请?联系客服/] },
    ],
  },
  {
    name: 'order: an invoice title and tax number sent with the request are recorded, not asked for again',
    order: { status: 'delivered' },
    turns: [
      { say: ['能开发票吗 抬头杭州小蜜蜂科技有限公司 税号91330106MA2B3C4D5E', '开个发票 抬头杭州小蜜蜂科技有限公司 税号91330106MA2B3C4D5E',
        '发票抬头杭州小蜜蜂科技有限公司 税号91330106MA2B3C4D5E 麻烦开一下'], intent: 'invoice', stage: 'order',
        has: [/备注|记下|登记|收到/], not: [/把抬头和税号发给我/] },
    ],
  },
  {
    name: 'order: an invoice title given after the bot asked for it is taken as the answer',
    order: { status: 'delivered' },
    turns: [
      { say: ['要开发票', '我要发票', '帮我开个发票'], intent: 'invoice', stage: 'order', has: ['抬头'] },
      { say: ['个人 抬头写张小明就行', '抬头张小明 个人的', '个人发票 张小明'], stage: 'order',
        has: [/备注|记下|登记|收到/], not: [/把抬头和税号发给我/, MENU] },
    ],
  },
  {
    name: 'order: an invoice question and a shipping question in one message are both answered',
    order: { status: 'paid' },
    turns: [
      { say: ['发票能开吗 什么时候发货', '能开票不 啥时候发', '要发票 另外几时发货'], stage: 'order',
        has: ['发票', SHIP_DAY] },
    ],
  },

  // ── order changes ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'order: a size change before shipment is noted for the warehouse',
    known: 'NLU (issue 12): read as an address change beside the address check; order-service notes it as an order change',
    order: { status: 'paid' },
    turns: [
      { say: ['确认', '确认的', '没问题'], intent: ACK, stage: 'order', has: [CONFIRMED] },
      { say: ['尺码拍错了 改成L码', '码数拍错了 要L的', '帮我换成L码'], intent: 'order_change', stage: 'order',
        has: ['L', /备注|记下/], not: [ASKS_NEW_ADDRESS] },
    ],
  },
  {
    name: 'order: a colour change before shipment is not taken for an address change',
    order: { status: 'paid' },
    turns: [
      { say: ['颜色换成黑色', '颜色拍错了 要黑色', '能改成黑色吗'], intent: 'order_change', stage: 'order',
        has: ['黑色'], not: [ASKS_NEW_ADDRESS] },
    ],
  },
  {
    name: 'order: a size change after shipment is an exchange after delivery',
    known: '"能换个码吗" on a shipped order goes to after-sales, which does not say the parcel is on its way',
    order: { status: 'shipped' },
    turns: [
      { say: ['能换个码吗', '尺码想换大一码', '能改成L码吗'], intent: ['order_change', 'return_refund'],
        has: [/已(经)?发(出|货)|在路上/, /换/] },
    ],
  },
  {
    name: 'order: cancelling an unpaid order',
    order: { status: 'created' },
    turns: [
      { say: ['不想要了 取消吧', '不买了 取消订单', '这单取消吧'], intent: 'order_change', stage: 'order',
        has: [/取消订单|自动关闭/] },
    ],
  },
  {
    name: 'order: cancelling a paid order before shipment is a refund, not a return',
    order: { status: 'paid' },
    turns: [
      { say: ['拍错了 不要了 能取消吗', '不想要了 能取消吗', '取消订单 退款吧'], intent: ['order_change', 'return_refund'],
        has: [/退款/], not: [/退货/, ASKS_NEW_ADDRESS] },
    ],
  },
  {
    name: 'order: cancelling after shipment is a refusal or a return',
    order: { status: 'shipped' },
    turns: [
      { say: ['发货了还能取消吗', '已经发了能不要吗', '发出了还能取消不'], intent: 'order_change', stage: 'order',
        has: [/拒收|退货/] },
    ],
  },
  {
    name: 'order: an address change after delivery is explained',
    order: { status: 'delivered' },
    turns: [
      { say: ['地址能改吗', '我想改下收货地址', '帮我改个地址'], intent: 'address_change', stage: 'order',
        has: [/签收/], not: [ASKS_NEW_ADDRESS] },
    ],
  },

  // ── the order menu and its buttons ──────────────────────────────────────────────────────────────
  {
    name: 'order: the order menu\'s "查物流" on a paid order says it is still in the warehouse',
    order: { status: 'paid' },
    turns: [
      { say: ['确认', '对的', '没问题'], intent: ACK, stage: 'order', has: [CONFIRMED] },
      { say: ['我想问下订单的事', '问下我订单', '订单的事问一下'], stage: 'order', buttons: ['什么时候发货', '查物流', '改地址'] },
      { tap: '查物流', intent: 'logistics', stage: 'order', has: [/仓库|打包|还没发|未发/, SHIP_DAY] },
    ],
  },
  {
    name: 'order: the order menu\'s "什么时候发货" gives the day',
    order: { status: 'paid' },
    turns: [
      { say: ['确认', '确认的', '对的'], intent: ACK, stage: 'order', has: [CONFIRMED] },
      { say: ['我想问下订单的事', '问下我订单', '订单的事问一下'], stage: 'order', buttons: ['什么时候发货'] },
      { tap: '什么时候发货', intent: 'shipping_time', stage: 'order', has: [SHIP_DAY, CUTOFF] },
    ],
  },
  {
    name: 'order: the order menu\'s "改地址" asks for the new address',
    order: { status: 'paid' },
    turns: [
      { say: ['确认', '没问题', '确认哈'], intent: ACK, stage: 'order', has: [CONFIRMED] },
      { say: ['我想问下订单的事', '问下我订单', '订单的事问一下'], stage: 'order', buttons: ['改地址'] },
      { tap: '改地址', intent: 'address_change', stage: 'order', has: [ASKS_ADDRESS], not: [/改不了/] },
    ],
  },
];
