// Whole journeys and the moves between stages: greet, ask, bargain, deal, pay, ship, after-sales, 转人工, goodbye.
const COAT = { productId: 'wool-coat', name: '羊毛双面呢大衣', quantity: 1, unitPrice: 899 };
const SCARF = { productId: 'wool-scarf', name: '羊毛格纹围巾', quantity: 1, unitPrice: 159 };
const JEANS = { productId: 'jeans', name: '直筒弹力牛仔裤', quantity: 1, unitPrice: 259 };

// What must hold in replies across the file.
const SHIPS_BY_CUTOFF = /16[点:：]/;
const SORRY = /抱歉|不好意思|对不起/;
const HANDED_OVER = /人工|同事|转接/;
const THANKED = /谢|不客气/;
const ASKS_ORDER_NUMBER = /(发|告诉|提供).{0,8}订单号|订单号.{0,6}(发|告诉)我/;
const NOT_UNDERSTOOD = /没太理解/;
const WHICH_PRODUCT = /哪一款|哪款/;
const SOLD_OUT = ['派克服', '丝巾'];

export default [
  // ── the classic sequence, start to end ──────────────────────────────────────────────────────────────────────────
  {
    name: 'journey: hello, stock, bargain, deal by button, how to pay, when it ships, thanks (coat)',
    product: 'wool-coat',
    turns: [
      { say: ['在吗', '在不在呀', '亲 在吗'], intent: 'greeting', stage: 'greeting', has: ['小二优选旗舰店', '小美'] },
      { say: ['这个大衣还有货吗', '大衣有货没', '这件大衣还有吗'], intent: 'stock', stage: 'greeting',
        has: ['羊毛双面呢大衣', /有(现)?货/] },
      { say: ['太贵了 能便宜点不', '好贵啊便宜点呗', '价格能少点吗'], intent: 'bargain', stage: 'negotiation',
        has: ['859'], buttons: ['好的，就这个价'] },
      { tap: '好的，就这个价', stage: 'negotiation', has: ['859'], buttons: ['怎么付款'], not: [/亏本/] },
      // The useful next step: place the order at the agreed price and pay, not a menu or a "which product?".
      { tap: '怎么付款', intent: 'payment', stage: 'order', has: [/拍下|下单/, '付款'], not: [WHICH_PRODUCT, NOT_UNDERSTOOD] },
      { say: ['今天拍了今天能发吗', '今天能发货吗', '几点前拍当天发啊'], intent: 'shipping_time', stage: 'order', has: [SHIPS_BY_CUTOFF] },
      { say: ['好的谢谢亲', '好嘞 谢谢', '谢啦～'], intent: 'goodbye_thanks', has: [THANKED], not: [/我在的/] },
    ],
  },
  {
    name: 'journey: scarf material, two at the tier price, deal, typed "怎么付款", shipping, bye',
    product: 'wool-scarf',
    turns: [
      { say: ['亲在不在', '你好 在吗', '哈喽'], intent: 'greeting', stage: 'greeting', has: ['小二优选旗舰店'] },
      { say: ['这围巾是纯羊毛的吗', '围巾啥材质的', '是100%羊毛吗这个'], intent: 'size_spec', stage: 'greeting',
        has: ['羊毛格纹围巾', /100%羊毛/], not: SOLD_OUT },
      { say: ['两条多少钱', '买两条啥价', '拿两条多少'], intent: ['bargain', 'promotion'], stage: 'negotiation',
        has: ['149', '298'], not: [/尺码|码数/, '丝巾'] },
      { say: ['行 就要两条', '可以 拿两条', 'ok两条'], stage: 'negotiation', has: ['298'], buttons: ['怎么付款'] },
      { say: ['怎么付款', '咋付钱', '怎么付啊'], intent: 'payment', stage: 'order', has: ['付款'], not: [WHICH_PRODUCT] },
      { say: ['啥时候发货', '什么时候能发', '几时发货呀'], intent: 'shipping_time', stage: 'order', has: [SHIPS_BY_CUTOFF] },
      { say: ['ok 谢啦', '好的谢谢', '知道了 谢谢亲'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'journey: down jacket size, a student bargains, accepts with "行 成交", pays, courier, bye',
    product: 'down-jacket',
    turns: [
      { say: ['你好', '在么', '在吗亲'], intent: 'greeting', stage: 'greeting', has: ['小美'] },
      { say: ['175穿多大', '175的穿啥码', '身高175选什么尺码'], intent: 'size_spec', stage: 'greeting', has: ['XL'] },
      { say: ['学生党没啥钱 能便宜点吗', '我是学生 便宜点呗', '学生没钱啊 少点吧'], intent: 'bargain', stage: 'negotiation',
        has: [/419|459/], not: [/41[0-8]\b|40\d\b/] },
      { say: ['行 成交', '行吧成交', '可以 就这样成交'], stage: 'negotiation', has: [/419|459/], buttons: ['怎么付款'],
        not: [/亏本/, SORRY] },
      { tap: '怎么付款', intent: 'payment', stage: 'order', has: ['付款'], not: [WHICH_PRODUCT, NOT_UNDERSTOOD] },
      { say: ['发什么快递', '默认发啥快递啊', '走什么快递'], stage: 'order', has: [/韵达|顺丰/] },
      { say: ['拜拜', '好的拜拜', '88'], intent: 'goodbye_thanks', has: [/亲|您/], not: [/我在的/] },
    ],
  },
  {
    name: 'journey: two coats at the tier price, deal with "拍了", how to pay, thanks',
    product: 'wool-coat',
    turns: [
      { say: ['有啥活动吗', '现在有什么优惠', '最近有活动没'], intent: 'promotion', stage: 'negotiation', has: ['满299减30'] },
      { say: ['买两件多少钱', '两件啥价', '拿两件多少钱'], intent: ['bargain', 'promotion'], stage: 'negotiation',
        has: ['859'], not: [/尺码|码数/] },
      { say: ['行 拍了', '可以 我拍了', 'ok 拍两件'], stage: 'negotiation', has: ['859'], buttons: ['怎么付款'] },
      { tap: '怎么付款', intent: 'payment', stage: 'order', has: [/拍下|下单|付款/], not: [WHICH_PRODUCT] },
      { say: ['谢谢', '谢谢哈', '多谢'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'journey: a fallback menu, its "有什么活动" button, then a deal on the coat',
    turns: [
      { say: ['emmm 那个', '额。。', '就是那个嘛'], intent: 'other', buttons: ['有什么活动', '转人工'] },
      { tap: '有什么活动', intent: 'promotion', has: ['满299减30'], not: [WHICH_PRODUCT] },
      { say: ['羊毛大衣用上活动多少钱', '大衣算下来到手多少', '呢大衣用券后多少钱'], intent: ['bargain', 'promotion'],
        stage: 'negotiation', has: ['羊毛双面呢大衣', '859'], buttons: ['再便宜点'] },
      // The useful next step: a step down or a token, on the same coat.
      { tap: '再便宜点', stage: 'negotiation', has: [/8[4-9]\d|赠|送/], not: [WHICH_PRODUCT, NOT_UNDERSTOOD] },
      { say: ['好的 就这个价', '好 就这个价吧', '行就这个价'], stage: 'negotiation', has: [/8[4-9]\d/], buttons: ['怎么付款'] },
      { say: ['好的谢谢', '谢谢亲', '好嘞谢了'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },

  {
    name: 'journey: a fallback menu, its "什么时候发货" button, then the coat\'s price and goodbye',
    product: 'wool-coat',
    turns: [
      { say: ['。。。', '？', '额'], intent: 'other', buttons: ['什么时候发货'] },
      // The useful next step: the shop's shipping rule.
      { tap: '什么时候发货', intent: 'shipping_time', stage: 'order', has: [SHIPS_BY_CUTOFF], not: [ASKS_ORDER_NUMBER] },
      { say: ['那大衣能便宜点吗', '大衣便宜点呗', '大衣能少点不'], intent: 'bargain', stage: 'negotiation', has: ['859'] },
      { say: ['我再想想 谢谢', '考虑下 谢了', '先看看 谢谢亲'], intent: 'goodbye_thanks', has: [/亲|您/], not: [/我在的/] },
    ],
  },

  // ── shipping before bargaining ──────────────────────────────────────────────────────────────────────────────────
  {
    name: 'shipping asked before bargaining: when it ships, which courier, then the price and a deal',
    product: 'wool-coat',
    turns: [
      { say: ['今天拍什么时候发货', '今天下单啥时候发', '现在拍几时发货'], intent: 'shipping_time', stage: 'order',
        has: [SHIPS_BY_CUTOFF], not: [ASKS_ORDER_NUMBER] },
      { say: ['能发顺丰吗', '可以走顺丰不', '顺丰能发吗'], stage: 'order', has: ['顺丰'] },
      { say: ['那能便宜点吗', '那价格能少点不', '那便宜点呗'], intent: 'bargain', stage: 'negotiation',
        has: ['羊毛双面呢大衣', '859'] },
      { tap: '好的，就这个价', stage: 'negotiation', has: ['859'], buttons: ['怎么付款'] },
      { say: ['好的 谢谢', '谢啦', '谢谢亲亲'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'shipping asked before bargaining: free shipping and days, then the wool scarf at 八折 is the wool scarf',
    known: 'NLU (issue 12): "包邮吗 一般几天到" is read as bargaining only, and "羊毛围巾能打八折不" after a shipping answer as a size question',
    turns: [
      { say: ['包邮吗 一般几天到', '包不包邮 几天能到', '包邮不 多久到'], intent: ['shipping_time', 'promotion'],
        has: [/天/], not: [/保证|一定.{0,4}到/] },
      { say: ['羊毛围巾能打八折不', '羊毛围巾打个八折呗', '羊毛围巾8折卖吗'], intent: 'bargain', stage: 'negotiation',
        has: ['羊毛格纹围巾', /159|149/], not: ['丝巾', /127/] },
      { say: ['两条一起290卖不卖', '两条290行不', '拿两条290可以吗'], intent: 'bargain', stage: 'negotiation',
        has: ['298'], not: ['318', '丝巾'] },
      { say: ['算了 我再看看 谢谢', '我再想想 谢谢啊', '先不买了 谢谢'], intent: 'goodbye_thanks', has: [/亲|您/], not: [/我在的/] },
    ],
  },
  {
    name: 'shipping asked before bargaining on jeans: shipping, price for two, deal, pay',
    product: 'jeans',
    turns: [
      { say: ['几点前拍当天发', '什么时候拍能当天发', '今天发货截止几点'], intent: 'shipping_time', stage: 'order', has: [SHIPS_BY_CUTOFF] },
      { say: ['牛仔裤两条多少钱', '买两条裤子多少', '裤子拿两条啥价'], intent: ['bargain', 'promotion'], stage: 'negotiation',
        has: ['254'], not: [/尺码|码数/] },
      { say: ['可以 成交', '行 就这么定了', 'ok 成交'], stage: 'negotiation', has: ['254'], buttons: ['怎么付款'] },
      { tap: '怎么付款', intent: 'payment', stage: 'order', has: ['付款'], not: [WHICH_PRODUCT] },
      { say: ['谢谢亲', '谢了', '好的谢谢'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },

  // ── a late parcel in the middle of a new purchase ───────────────────────────────────────────────────────────────
  {
    name: 'a late coat complained about while bargaining for a sweater, then back to the sweater',
    known: 'a late parcel with no order in the conversation gets no apology from after-sales, and "帮我催催" with no order known gets no step',
    order: { status: 'shipped', lines: [COAT] },
    product: 'cashmere-sweater',
    turns: [
      { say: ['这件羊绒毛衣贵了点 能少点不', '毛衣能便宜点吗', '羊绒毛衣少点呗'], intent: 'bargain', stage: 'negotiation',
        has: ['纯羊绒圆领毛衣', /559|599/] },
      { say: ['对了 我上次买的大衣怎么还没到啊 好几天了', '话说我之前买的大衣咋还没到', '之前那件大衣到现在都没收到'],
        intent: ['logistics', 'complaint'], has: [/抱歉|不好意思|对不起|久等/, '韵达'], not: [ASKS_ORDER_NUMBER, /859|559/] },
      { say: ['好吧 那毛衣能便宜点吗', '行 那毛衣再便宜点', '那羊绒毛衣呢 能少点不'], intent: 'bargain', stage: 'negotiation',
        has: ['纯羊绒圆领毛衣'], not: ['羊毛双面呢大衣', '韵达'] },
      { say: ['行 成交', '可以 就这个价', 'ok 成交'], stage: 'negotiation', has: [/559|599/], buttons: ['怎么付款'] },
      { say: ['谢谢 大衣也帮我催催哈', '谢谢 那大衣麻烦催一下', '谢了 大衣也催下'], intent: ['goodbye_thanks', 'logistics', 'complaint'],
        has: [/催|跟进|联系快递/], not: [/我在的/] },
    ],
  },
  {
    name: 'a late parcel of jeans while bargaining for the coat, then the "到手" price said back is a deal',
    known: 'NLU (issue 12): "我买的裤子到现在还没收到 催一下" is read as a refund request',
    order: { status: 'shipped', lines: [JEANS] },
    product: 'wool-coat',
    turns: [
      { say: ['大衣能便宜点不', '这个大衣能少点吗', '大衣便宜些呗'], intent: 'bargain', stage: 'negotiation', has: ['859'] },
      { say: ['我买的裤子到现在还没收到 催一下', '裤子怎么还没到 帮我催催', '牛仔裤一直没到啊 催下快递'],
        intent: ['logistics', 'complaint'], has: [SORRY, '韵达'], not: [ASKS_ORDER_NUMBER] },
      { say: ['好 那大衣859能拍吗', '那大衣859我拍了', '大衣就859吧 拍了'], intent: 'bargain', stage: 'negotiation',
        has: ['羊毛双面呢大衣', '859'], buttons: ['怎么付款'], not: ['直筒弹力牛仔裤'] },
      { say: ['谢谢亲', '谢啦', '好的谢谢'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'a logistics question on a shipped order, then a new purchase of a wool scarf',
    order: { status: 'shipped' },
    turns: [
      { say: ['我的快递到哪了', '物流到哪了亲', '查下物流'], intent: 'logistics', stage: 'order', has: ['韵达'], not: [ASKS_ORDER_NUMBER] },
      { say: ['好的 羊毛围巾还有货吗', '行 那羊毛围巾有货没', '嗯嗯 再问下羊毛围巾还有吗'], intent: 'stock',
        has: ['羊毛格纹围巾', /有(现)?货/], not: ['丝巾', '韵达'] },
      { say: ['围巾能便宜点吗', '围巾少点呗', '围巾便宜点不'], intent: 'bargain', stage: 'negotiation', has: ['羊毛格纹围巾'], not: ['丝巾'] },
      { say: ['好的谢谢 拜拜', '谢谢 先这样', '好嘞 拜拜'], intent: 'goodbye_thanks', has: [/亲|您/] },
    ],
  },

  // ── stock while bargaining ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'a size-in-stock question in the middle of bargaining is answered, then bargaining goes on',
    product: 'wool-coat',
    turns: [
      { say: ['能便宜点吗', '便宜点呗亲', '能少点不'], intent: 'bargain', stage: 'negotiation', has: ['859'] },
      // Answered by the front desk; the conversation stays with the bargaining.
      { say: ['L码还有货吗', 'L码有没有货', 'L的还有吗'], intent: 'stock', stage: 'negotiation', has: [/有(现)?货/, 'L'] },
      { say: ['那再便宜点呗', '那还能再少点吗', '再便宜点嘛'], intent: 'bargain', stage: 'negotiation',
        has: [/8[4-9]\d|赠|送/], not: [WHICH_PRODUCT] },
      { say: ['行 就这个价吧', '可以 就这样', '行 成交'], stage: 'negotiation', buttons: ['怎么付款'], not: [/亏本/] },
      { say: ['谢谢哈', '谢谢亲', '多谢了'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'a down jacket at 九折 is refused kindly, a stock question, then the shopper takes the offer',
    known: '"那就按你说的价吧" after a stock question in between is not heard as a yes to the price on the table',
    product: 'down-jacket',
    turns: [
      { say: ['羽绒服打个九折呗', '羽绒服能打九折吗', '九折卖不卖'], intent: 'bargain', stage: 'negotiation',
        has: ['轻薄白鸭绒羽绒服', /419|459/] },
      { say: ['XXL还有吗', '有XXL的吗', 'XXL码有货不'], intent: 'stock', stage: 'negotiation', has: ['XXL', /有(现)?货/] },
      { say: ['那就按你说的价吧', '行吧 就按刚才那个价', '那就刚才那个价拍了'], stage: 'negotiation',
        has: [/419|459/], buttons: ['怎么付款'] },
      { say: ['好的谢谢', '谢谢亲', '谢了哈'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'a sold-out parka asked first: apology, an in-stock alternative, the deal is on the alternative',
    known: 'NLU (issue 12): "那羽绒服呢 L码有吗" after the sold-out apology is read as a size question with stock second (size_spec 0.53, stock 0.38 alone): the size guide comes before the stock answer; both are given',
    turns: [
      { say: ['派克服还有吗', '连帽派克服有货没', '那个派克服还有没'], intent: 'stock', stage: 'greeting',
        has: [SORRY, /羽绒服|大衣/], not: [/派克服.{0,6}有现货/] },
      { say: ['那羽绒服呢 L码有吗', '羽绒服L有货吗', '那羽绒服有L码不'], intent: 'stock', stage: 'greeting',
        has: ['轻薄白鸭绒羽绒服', /有(现)?货/] },
      { say: ['羽绒服能便宜点吗', '羽绒服少点呗', '羽绒服便宜点嘛'], intent: 'bargain', stage: 'negotiation',
        has: ['轻薄白鸭绒羽绒服', /419|459/], not: ['派克服'] },
      { say: ['好的，就这个价', '好 就这个价', '行就这价'], stage: 'negotiation', has: [/419|459/],
        buttons: ['怎么付款'], not: ['派克服'] },
      { say: ['谢谢', '谢谢亲', '谢啦'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: '"看看便宜点的款" shows in-stock cheaper items, the shopper picks T-shirts and buys three',
    product: 'wool-coat',
    turns: [
      { say: ['太贵了', '好贵啊', '贵了点'], intent: 'bargain', stage: 'negotiation', has: ['859'], buttons: ['看看便宜点的款'] },
      { tap: '看看便宜点的款', stage: 'negotiation', has: [/T恤|羽绒服|毛衣|牛仔裤|跑步鞋|围巾|双肩包/], not: SOLD_OUT },
      { say: ['那T恤买三件多少钱', 'T恤三件多少', '长绒棉T恤拿三件啥价'], intent: ['bargain', 'promotion'], stage: 'negotiation',
        has: ['267'], not: [/尺码|码数/, '羊毛双面呢大衣'] },
      { say: ['行 就三件', '可以 拍三件', 'ok三件'], stage: 'negotiation', has: ['267'], buttons: ['怎么付款'] },
      { say: ['谢啦', '好的谢谢', '谢谢亲'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'filler "嗯" while bargaining is not a deal, "好的" after a shipping answer is not "我在的"',
    known: 'NLU (issue 12): "大衣能便宜点吗" after a shipping answer is read as a size question in that context',
    product: 'wool-coat',
    turns: [
      { say: ['什么时候发货', '啥时候发', '几时发货'], intent: 'shipping_time', stage: 'order', has: [SHIPS_BY_CUTOFF] },
      { say: ['好的', '好滴', '哦哦好的'], intent: 'acknowledgement', has: [/亲|您/], not: [/我在的/, NOT_UNDERSTOOD] },
      { say: ['大衣能便宜点吗', '大衣少点呗', '大衣便宜点嘛'], intent: 'bargain', stage: 'negotiation', has: ['859'] },
      { say: ['嗯', '哦', '嗯嗯'], stage: 'negotiation', not: [/成交|就按.{0,6}给您|说定了/, /我在的/] },
      { say: ['再考虑下 谢谢', '我再想想 谢了', '先考虑考虑 谢谢'], intent: 'goodbye_thanks', has: [/亲|您/] },
    ],
  },

  // ── a return after a delivered order, then a new purchase ───────────────────────────────────────────────────────
  {
    name: 'a no-reason return of a delivered coat, its shipping cost, then a new down jacket bought',
    known: 'a no-reason return with an order the conversation does not hold is followed, not answered with the 7-day rule; a new purchase after it is read as after-sales',
    order: { status: 'delivered' },
    turns: [
      { say: ['大衣不太喜欢 能退吗', '衣服不喜欢想退', '大衣不想要了可以退吗'], intent: ['return_refund', 'complaint'], stage: 'aftersales',
        has: [/7天|七天/, '无理由'], not: [ASKS_ORDER_NUMBER] },
      { say: ['退的话运费谁出', '退货运费我出吗', '运费要我自己出吗'], intent: 'return_refund', stage: 'aftersales', has: ['运费'] },
      { say: ['行吧 我另外再买件羽绒服 多少钱', '那我再买个羽绒服 羽绒服啥价', '羽绒服多少钱 我买一件'], intent: ['bargain', 'promotion'],
        stage: 'negotiation', has: ['轻薄白鸭绒羽绒服', /459|419/], not: [/尺码|码数/] },
      { tap: '好的，就这个价', stage: 'negotiation', has: ['轻薄白鸭绒羽绒服'], buttons: ['怎么付款'] },
      { say: ['谢谢亲', '谢谢啦', '好的谢谢'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'a return asked after delivery, the order number given anyway, then wool scarves priced right',
    known: 'an order number typed for a return is not answered with the return rule; "行 就298" after the tier is not heard as a yes',
    order: { status: 'delivered' },
    turns: [
      { say: ['收到了 不合适 怎么退', '穿着不合身 咋退货', '不合适想退 怎么弄'], intent: ['return_refund', 'complaint'], stage: 'aftersales',
        has: [/7天|七天|无理由/] },
      { say: ['订单号{order}', '{order}', '单号是{order}'], stage: 'aftersales', has: [/退/], not: [/明天|专门负责的同事/] },
      { say: ['好的 那我再看看围巾 羊毛围巾多少钱', '行 再问下羊毛围巾多少钱', '嗯 羊毛围巾啥价'], intent: ['bargain', 'promotion'],
        stage: 'negotiation', has: ['羊毛格纹围巾', '159'], not: ['丝巾', '桑蚕丝'] },
      { say: ['两条一起290卖不卖', '两条290行不行', '拿两条290卖吗'], intent: 'bargain', stage: 'negotiation',
        has: ['298'], not: ['318'] },
      { say: ['行 就298', '可以 298拍两条', 'ok 298两条'], stage: 'negotiation', has: ['298'], buttons: ['怎么付款'] },
      { say: ['谢谢啦', '谢谢亲', '好的谢谢'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'a pilling scarf after delivery is taken with an apology, then three T-shirts bought',
    order: { status: 'delivered', lines: [SCARF] },
    turns: [
      { say: ['围巾收到了有点起球 能退吗', '围巾起球了 可以退不', '刚收的围巾就起球 要退'], intent: ['complaint', 'return_refund'],
        stage: 'aftersales', has: [SORRY], not: [ASKS_ORDER_NUMBER, '丝巾'] },
      { say: ['T恤买三件多少钱', '三件T恤多少', 'T恤拿三件啥价'], intent: ['bargain', 'promotion'], stage: 'negotiation',
        has: ['267'], not: [/尺码|码数/, '羊毛格纹围巾'] },
      { say: ['行 拍了', '可以 拍了', 'ok 我拍了'], stage: 'negotiation', has: ['267'], buttons: ['怎么付款'] },
      { tap: '怎么付款', intent: 'payment', stage: 'order', has: ['付款'], not: [WHICH_PRODUCT] },
      { say: ['谢谢', '谢谢亲', '多谢'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'a delivered coat: farewell thanks gets a request for a good review',
    known: 'thanks after delivery get a warm goodbye but no request for a review unless the delivery farewell was sent',
    order: { status: 'delivered' },
    turns: [
      { say: ['衣服收到了 很喜欢 谢谢', '收到啦 挺好的 谢谢亲', '大衣到了 质量不错 谢谢'], intent: 'goodbye_thanks',
        has: [THANKED, /好评|评价/], not: [SORRY] },
    ],
  },

  // ── two requests in one message ─────────────────────────────────────────────────────────────────────────────────
  {
    name: 'two requests: "有货吗 能便宜点吗" on the coat page, both answered, then shipping and invoice together',
    product: 'wool-coat',
    turns: [
      { say: ['有货吗 能便宜点吗', '有货没 便宜点呗', '还有吗 能少点不'], intent: ['stock', 'bargain'],
        has: [/有(现)?货/, '859'], not: [WHICH_PRODUCT] },
      { say: ['什么时候发货 能开发票吗', '啥时候发 可以开发票不', '几时发货 开票吗'], intent: ['shipping_time', 'invoice'],
        has: [SHIPS_BY_CUTOFF, '发票'] },
      { say: ['好的谢谢', '谢谢亲', '好嘞谢谢'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'two requests as the first message: "什么时候发货 能开发票吗" gets the welcome and both answers',
    turns: [
      { say: ['什么时候发货 能开发票吗', '啥时候发货 能开票吗', '几时发 开发票不'], intent: ['shipping_time', 'invoice'],
        has: ['小二优选旗舰店', SHIPS_BY_CUTOFF, '发票'] },
      { say: ['ok谢谢', '好的谢谢', '谢了'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'two requests: size and authenticity of the coat, then the price',
    product: 'wool-coat',
    turns: [
      { say: ['175穿多大 是正品吗', '175穿啥码 正品不', '175选哪个码 保真吗'], intent: ['size_spec', 'authenticity'],
        has: ['XL', /授权|正品|质检/] },
      { say: ['多少钱', '这个多少钱啊', '啥价'], intent: ['bargain', 'promotion'], stage: 'negotiation',
        has: [/899|859/], not: [/尺码|码数/] },
      { say: ['好的 我考虑下 谢谢', '行 我想想 谢谢', '嗯嗯我再看看 谢谢'], intent: 'goodbye_thanks', has: [/亲|您/] },
    ],
  },
  {
    name: 'two requests: the wool scarf in stock and the price of two, in one message',
    turns: [
      { say: ['羊毛围巾有货吗 两条多少钱', '羊毛围巾还有吗 两条啥价', '羊毛围巾有没有 拿两条多少'], intent: ['stock', 'bargain', 'promotion'],
        has: ['羊毛格纹围巾', /有(现)?货/, '298'], not: ['丝巾'] },
      { say: ['行 两条', '可以 要两条', 'ok就两条'], stage: 'negotiation', has: ['298'], buttons: ['怎么付款'] },
      { say: ['谢谢', '好的谢谢', '谢谢亲'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'two requests: the bargain and the courier on the down jacket page',
    product: 'down-jacket',
    turns: [
      { say: ['能便宜点吗 顺便问下发什么快递', '便宜点呗 发啥快递', '少点嘛 还有走什么快递'], intent: ['bargain', 'shipping_time', 'logistics'],
        has: [/419|459/, /韵达|顺丰/] },
      { say: ['好的谢谢', '谢了', '谢谢亲'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'two requests after payment: "确认 什么时候发货" confirms the address and answers when it ships',
    order: { status: 'paid' },
    turns: [
      { say: ['确认 什么时候发货', '确认的 啥时候发', '地址没问题 什么时候发'], intent: ['address_change', 'acknowledgement', 'shipping_time'],
        stage: 'order', has: [/已确认|确认好/, /今天|明天|\d+月\d+日/], not: [/新.{0,4}地址发/, /订单的事情我都可以帮您查/] },
      { say: ['谢谢亲', '好的谢谢', '谢啦'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'two requests after delivery: invoice and a return in one message',
    known: 'the return beside an invoice question, in a conversation without the order, is followed rather than answered with the rule',
    order: { status: 'delivered' },
    turns: [
      { say: ['发票怎么开 还有这个能退吗', '怎么开发票 另外能退货吗', '开票咋弄 还有能退不'], intent: ['invoice', 'return_refund'],
        has: ['发票', /7天|七天|无理由|退/], not: [ASKS_ORDER_NUMBER] },
      { say: ['好的 谢谢', '知道了谢谢', '谢谢亲'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },

  // ── the paid order's address check inside a journey ─────────────────────────────────────────────────────────────
  {
    name: 'after payment: the address confirmed with its button, when it ships, an invoice, thanks',
    order: { status: 'paid' },
    turns: [
      { say: ['确认，地址没问题', '地址没问题', '信息都对'], stage: 'order', has: [/已确认|确认好/], not: [/新.{0,4}地址/, /订单的事情我都可以帮您查/] },
      { say: ['什么时候发货', '啥时候发', '今天能发不'], intent: 'shipping_time', stage: 'order', has: [/今天|明天|\d+月\d+日/] },
      { say: ['能开发票吗', '可以开票不', '要发票'], intent: 'invoice', stage: 'order', has: ['发票'] },
      { say: ['谢谢 辛苦了', '好的谢谢', '辛苦啦谢谢'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },
  {
    name: 'after payment: a plain "确认" confirms the address, then "确认，地址没问题" again does not ask for a new one',
    order: { status: 'paid' },
    turns: [
      { say: ['确认', '确认的', '对的 确认'], stage: 'order', has: [/已确认|确认好/], not: [/订单的事情我都可以帮您查/, /新.{0,4}地址/] },
      { say: ['确认，地址没问题', '地址没问题', '对 没问题'], stage: 'order', not: [/新.{0,4}地址/, /改/] },
      { say: ['谢谢', '谢啦', '好的谢谢'], intent: 'goodbye_thanks', has: [THANKED] },
    ],
  },

  // ── 转人工 from every stage ─────────────────────────────────────────────────────────────────────────────────────
  {
    name: '转人工 from the greeting: handed over, then the bot stays silent',
    turns: [
      { say: ['在吗', '你好', '有人吗'], intent: 'greeting', stage: 'greeting', has: ['小二优选旗舰店'] },
      { say: ['转人工', '人工客服', '我要找人工'], intent: 'human_agent', stage: 'human', has: [HANDED_OVER], not: [NOT_UNDERSTOOD] },
      { say: ['人呢？', '在吗在吗', '还没人吗'], silent: true },
      { say: ['快点啊', '急', '等半天了'], silent: true },
    ],
  },
  {
    name: '转人工 while bargaining: handed over, no more bargaining from the bot',
    product: 'wool-coat',
    turns: [
      { say: ['便宜点', '能便宜不', '少点呗'], intent: 'bargain', stage: 'negotiation', has: ['859'] },
      { say: ['你是机器人吧 我要找真人', '机器人吧 转人工', '找个真人跟我说'], intent: 'human_agent', stage: 'human', has: [HANDED_OVER] },
      { say: ['800卖不卖', '800行不', '800我就拍'], silent: true },
      { say: ['谢谢', '好的', '行吧'], silent: true },
    ],
  },
  {
    name: '转人工 after a deal: handed over with the deal done, the bot silent after',
    product: 'wool-coat',
    turns: [
      { say: ['能便宜点吗', '便宜点呗', '少点吧'], intent: 'bargain', stage: 'negotiation', has: ['859'] },
      { tap: '好的，就这个价', stage: 'negotiation', has: ['859'], buttons: ['怎么付款'] },
      { say: ['转人工 我问下专票', '人工客服 要开专票', '我要人工 专票的事'], intent: 'human_agent', stage: 'human', has: [HANDED_OVER] },
      { say: ['公司抬头发你了', '抬头是杭州某某公司', '税号等下发'], silent: true },
    ],
  },
  {
    name: '转人工 in the order stage after a shipping answer: handed over, then silent',
    order: { status: 'created' },
    turns: [
      { say: ['什么时候发货', '啥时候发', '几时发货'], intent: 'shipping_time', stage: 'order', has: [SHIPS_BY_CUTOFF] },
      { say: ['能开发票吗', '开票吗', '可以开发票不'], intent: 'invoice', stage: 'order', has: ['发票'] },
      { say: ['转人工', '人工', '找人工客服'], intent: 'human_agent', stage: 'human', has: [HANDED_OVER], not: [/电子普通发票/] },
      { say: ['人呢', '有人吗', '在吗'], silent: true },
    ],
  },
  {
    name: '转人工 button after a failed payment: handed over, then silent',
    order: { status: 'created' },
    turns: [
      { say: ['付款一直失败怎么回事', '付不了款啊', '支付失败了'], intent: 'payment', stage: 'order',
        has: [/卡|花呗|余额/], buttons: ['转人工'] },
      // The useful next step: a person takes the payment problem over.
      { tap: '转人工', intent: 'human_agent', stage: 'human', has: [HANDED_OVER] },
      { say: ['还是付不了', '又失败了', '还是不行'], silent: true },
    ],
  },
  {
    name: '转人工 right at the address check after payment: handed over, then silent',
    order: { status: 'paid' },
    turns: [
      { say: ['转人工', '我要人工客服', '人工人工'], intent: 'human_agent', stage: 'human', has: [HANDED_OVER],
        not: [/已确认/] },
      { say: ['确认', '地址对的', '好的'], silent: true },
    ],
  },
  {
    name: '转人工 during an after-sales complaint: handed over, then silent',
    order: { status: 'delivered' },
    turns: [
      { say: ['大衣有个破洞', '衣服破了个洞', '收到的大衣是破的'], intent: 'complaint', stage: 'aftersales', has: [SORRY] },
      { say: ['找人工客服', '转人工 不想跟机器说', '人工 快'], intent: 'human_agent', stage: 'human', has: [HANDED_OVER] },
      { say: ['照片 https://img.example.com/hole.jpg', '图在这 https://img.example.com/hole.jpg', 'https://img.example.com/hole.jpg'], silent: true },
      { say: ['什么时候给我答复', '多久处理', '快点处理'], silent: true },
    ],
  },
  {
    name: '转人工 button from the fallback menu: handed over, then silent',
    turns: [
      { say: ['？？？', '。。。', '啊这'], intent: 'other', buttons: ['转人工'] },
      // The useful next step: a person reads the conversation.
      { tap: '转人工', intent: 'human_agent', stage: 'human', has: [HANDED_OVER] },
      { say: ['你好', '在吗', '喂'], silent: true },
    ],
  },
];
