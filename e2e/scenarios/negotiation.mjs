// Bargaining and price (negotiation-service): price questions, promotions, the playbook's bargainer types, named and quantity offers, acceptance vs filler, sold-out items, cheaper items, and what follows a deal.

// The demo coat: list ¥899, 满299减30 and 「新客券」减10 make it ¥859 paid; the floor is ¥829 on what is paid, so no
// unit price under ¥869 and no paid amount under ¥829 (a price the shopper named may be said back when declined; two
// coats are ¥859 each by the shop's tier).
const COAT_UNIT_UNDER_FLOOR = /(?<!到手|每件)¥(?:8[0-5]\d|86[0-8])(?![\d.])(?!一件)(?!.{0,6}(?:给不了|做不到|确实|有点难|不行|太低))/;
const COAT_PAID_UNDER_FLOOR = /到手¥(?:[1-7]\d\d|8[01]\d|82[0-8])(?![\d.])/;
const COAT_UNDER = [COAT_UNIT_UNDER_FLOOR, COAT_PAID_UNDER_FLOOR];
// The wool scarf: list ¥159, floor ¥149, no spend-save; two at ¥149 each, ¥298.
const SCARF_UNDER = /(?<!到手)¥(?:1[0-3]\d|14[0-8])(?![\d.])(?!.{0,6}(?:给不了|做不到|确实|有点难|不行|太低))/;
// A price agreed ("就按¥875给您", "就按说好的¥875").
const DEAL = /就按.{0,6}¥\d+|成交啦|按这个价给您改价/;
const SOLD_OUT = /卖完|没货|缺货|售罄|断货/;

// The coat's pushes up to the supervisor: value (¥899, ¥859 paid), ¥884, ¥875, then "let me ask my supervisor".
// The supervisor's answer (¥869 with a gift, ¥829 paid) comes after a pause, at the latest with the next message.
const TO_SUPERVISOR = [
  { say: ['太贵了', '好贵啊', '有点贵了吧'], intent: 'bargain', stage: 'negotiation', has: ['¥859'], not: COAT_UNDER },
  { say: ['便宜点', '再便宜一点', '能少点不'], stage: 'negotiation', has: [/¥8[78]\d/], not: COAT_UNDER },
  { say: ['再便宜点', '还能再少吗', '再少点嘛'], stage: 'negotiation', has: [/¥8[78]\d/], not: COAT_UNDER },
  { say: ['再少点', '还是贵 再便宜点', '再便宜点嘛 最后一次'], stage: 'negotiation', has: [/帮您算|¥869/], not: COAT_UNDER },
  { say: ['嗯嗯', '嗯', '哦哦'], stage: 'negotiation', has: ['¥869', '¥829'], not: [DEAL, ...COAT_UNDER] },
];

export default [
  // ---- price questions ------------------------------------------------------------------------------------------
  {
    name: 'price: "多少钱" on the coat page is the price and what it comes to, not a size answer',
    product: 'wool-coat',
    turns: [
      { say: ['多少钱', '这件多少钱呀', '多钱'], intent: ['promotion', 'bargain'], stage: 'negotiation',
        has: ['¥899', '¥859'], not: [/尺码|身高/, ...COAT_UNDER] },
      { say: ['那这个到手多少', '到手价多少', '最后到手多少钱啊'], intent: ['promotion', 'bargain'], stage: 'negotiation',
        has: ['¥859'], not: [/尺码|身高/, ...COAT_UNDER] },
    ],
  },
  {
    name: 'price: "多少钱" with no product asks which one with in-stock products, and the tapped one gets its price',
    turns: [
      { say: ['多少钱', '这个多少钱', '多钱呀'], stage: 'negotiation', has: [/哪一款|哪款|哪个/],
        not: ['派克服', '丝巾', /尺码|身高/], buttons: ['防泼水通勤双肩包'] },
      { tap: '防泼水通勤双肩包', stage: 'negotiation', has: [/299|¥269/], not: ['派克服'] },
    ],
  },
  {
    name: 'price: a product tapped after "有啥优惠" with no product gets its price and promotions',
    turns: [
      // The shop's own promotions need no product: the front desk tells them, with the products to pick from.
      { say: ['有啥优惠', '现在有优惠吗', '有没有优惠'], stage: 'greeting', has: [/满299减30|哪一款|哪款/],
        buttons: ['纯羊绒圆领毛衣'] },
      { tap: '纯羊绒圆领毛衣', stage: 'negotiation', has: [/599|¥559/], not: ['派克服'] },
    ],
  },
  {
    name: 'price: a T-shirt picked from the price question gets its own price',
    turns: [
      { say: ['怎么卖的', '价格多少', '多少钱一件'], stage: 'negotiation', has: [/哪一款|哪款|哪个/],
        buttons: ['新疆长绒棉T恤', '轻薄白鸭绒羽绒服'] },
      { tap: '新疆长绒棉T恤', stage: 'negotiation', has: [/¥?99(?!\d)/], not: ['派克服', '丝巾'] },
    ],
  },
  {
    name: 'price: the down jacket picked from the price question gets its price and the promotions',
    turns: [
      { say: ['亲 多少钱啊', '请问多少钱', '啥价'], stage: 'negotiation', has: [/哪一款|哪款|哪个/],
        buttons: ['轻薄白鸭绒羽绒服'] },
      { tap: '轻薄白鸭绒羽绒服', stage: 'negotiation', has: [/459|¥419/], not: ['派克服'] },
    ],
  },

  // ---- quantities -----------------------------------------------------------------------------------------------
  {
    name: 'quantity: "两件多少钱" on the coat is the two-piece tier, total and paid, then the deal and payment help',
    product: 'wool-coat',
    turns: [
      { say: ['两件多少钱', '买两件多少钱', '2件一起多少钱'], intent: ['promotion', 'bargain'], stage: 'negotiation',
        has: ['¥859', '¥1718', '¥1678'], not: [/尺码|身高/], buttons: ['好的，就这个价'] },
      { tap: '好的，就这个价', stage: 'negotiation', has: ['¥859', /2件/, '¥1678'], not: [/¥1798/],
        buttons: ['怎么付款'] },
      { tap: '怎么付款', intent: 'payment', stage: 'order', has: [/付款|支付/], not: [/说好的/, DEAL] },
    ],
  },
  {
    name: 'quantity: jeans named on the coat page are priced as jeans at their two-piece tier',
    product: 'wool-coat',
    turns: [
      { say: ['牛仔裤两条多少钱', '牛仔裤买2条啥价', '两条牛仔裤多少钱呀'], stage: 'negotiation',
        has: ['¥254', '¥508', '¥478'], not: ['¥859', '¥1718'] },
    ],
  },
  {
    name: 'quantity: two T-shirts are told what a third brings, and three are priced at the tier',
    product: 'cotton-tee',
    turns: [
      { say: ['两件多少钱', '买两件啥价', '拿2件多少钱'], stage: 'negotiation', has: ['¥198', /3件.{0,8}¥89/],
        not: [/尺码|身高/] },
      { say: ['那三件呢', '三件多少', '3件的话呢'], stage: 'negotiation', has: ['¥89', '¥267'], not: [/尺码|身高|物流/] },
      { tap: '好的，就这个价', stage: 'negotiation', has: ['¥267'], buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'quantity: "两条一起290" for wool scarves is declined at the two-for-¥298 tier, never charged more',
    product: 'wool-scarf',
    turns: [
      { say: ['两条一起290卖不卖', '两条290行不行', '2条一起290可以不'], intent: 'bargain', stage: 'negotiation',
        has: ['¥298'], not: ['¥318', DEAL, SCARF_UNDER] },
      { say: ['行吧 298就298', '好吧 那就298', '那298吧 拍了'], stage: 'negotiation', has: ['¥298'],
        not: ['¥318', SCARF_UNDER], buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'quantity: "两条一起300" for wool scarves is taken at the tier\'s ¥298, and "怎么付款" gets payment help',
    product: 'wool-scarf',
    turns: [
      { say: ['两条一起300卖不', '2条300行吗', '两条共300块可以吗'], stage: 'negotiation', has: ['¥298'],
        not: ['¥318', SCARF_UNDER], buttons: ['怎么付款'] },
      { say: ['怎么付款啊', '咋付款', '怎么付钱'], intent: 'payment', stage: 'order', has: [/付款|支付/],
        not: [/说好的/, DEAL] },
    ],
  },
  {
    name: 'quantity: "十件 每件80 行就拍" for T-shirts is a bulk offer, answered at the lowest the floor allows',
    product: 'cotton-tee',
    turns: [
      { say: ['十件 每件80 行就拍', '10件每件80 行的话我就拍了', '拿十件 一件80块 可以就下单'], intent: 'bargain',
        stage: 'negotiation', has: ['¥890'], not: [/订单号/, /¥80(?![\d.])/, DEAL] },
      { say: ['那就这样吧 拍了', '行 那我拍了', '可以 拍了'], stage: 'negotiation', has: [/10件/, '¥890'],
        not: [/订单号/], buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'quantity: a stock question and a two-piece price in one message are both answered',
    product: 'wool-coat',
    turns: [
      { say: ['有现货吗 两件多少钱', '有货没 买两件啥价', '现货吗？两件一起多少'], has: [/现货|有货/, '¥1718'],
        not: [/尺码|身高/] },
    ],
  },
  {
    name: 'quantity: after a deal on one coat, asking for two re-prices at the tier',
    product: 'wool-coat',
    turns: [
      { say: ['能便宜点吗', '能便宜不', '便宜点可以吗'], stage: 'negotiation', has: ['¥859'], not: COAT_UNDER },
      { say: ['ok', '可以', 'OK'], stage: 'negotiation', has: ['¥859'], buttons: ['怎么付款'] },
      { say: ['那两件多少钱', '要是买两件呢 多少钱', '拿两件的话多少'], stage: 'negotiation', has: ['¥1718', '¥1678'] },
    ],
  },

  // ---- promotions -----------------------------------------------------------------------------------------------
  {
    name: 'promotions: "有什么活动" on the coat lists the spend-save, the coupon and the tier; "再便宜点" is heard',
    product: 'wool-coat',
    turns: [
      { say: ['有什么活动', '有啥活动没', '最近有优惠活动吗'], intent: 'promotion', stage: 'negotiation',
        has: [/满299减30/, /新客券|领券/, '¥859'], buttons: ['再便宜点'] },
      { tap: '再便宜点', stage: 'negotiation', has: [/¥8[5-9]\d/], not: COAT_UNDER, buttons: ['好的，就这个价'] },
      { tap: '好的，就这个价', stage: 'negotiation', has: [/¥8[4-5]\d/], not: COAT_UNDER, buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'promotions: "有优惠券吗" names the coupon and what the coat comes to',
    product: 'wool-coat',
    turns: [
      { say: ['有优惠券吗', '有券没', '能领券不'], intent: 'promotion', stage: 'negotiation',
        has: [/新客券|领券|券/, /减10|10元/, '¥859'] },
    ],
  },
  {
    name: 'promotions: "满减怎么算" on the coat comes to what is paid, for one and for two',
    product: 'wool-coat',
    turns: [
      { say: ['满减怎么算的', '满299减30能和券一起用吗', '满减跟券能叠加不'], intent: 'promotion', stage: 'negotiation',
        has: [/满299减30/, '¥859'] },
      { say: ['两件的话呢', '买两件呢', '要是拿两件呢'], stage: 'negotiation', has: ['¥1678'], not: [/尺码|身高/] },
    ],
  },
  {
    name: 'promotions: the wool scarf\'s offer is its two-piece price',
    product: 'wool-scarf',
    turns: [
      { say: ['有活动吗', '这个有优惠没', '围巾有啥活动'], intent: 'promotion', stage: 'negotiation',
        has: [/2件|两条|两件/, /¥149/], not: ['丝巾', '桑蚕丝'] },
    ],
  },
  {
    name: 'promotions: "有什么活动" tapped from the fallback menu answers the shop\'s promotions, not "哪一款?"',
    turns: [
      { say: ['啊啊啊', '嗷嗷嗷'], buttons: ['有什么活动'] },
      { tap: '有什么活动', intent: 'promotion', has: [/满299减30/], not: [/哪一款|哪款/] },
    ],
  },
  {
    name: 'promotions: free shipping on the backpack is answered with what it comes to',
    product: 'backpack',
    turns: [
      { say: ['包邮吗', '包邮不', '这个包邮吗亲'], has: [/包邮/, /¥?269/] },
    ],
  },

  // ---- the bargainer types --------------------------------------------------------------------------------------
  {
    name: 'flat "too expensive": value first, then concessions in shrinking steps, never under the floor',
    product: 'wool-coat',
    turns: TO_SUPERVISOR.slice(0, 3),
  },
  {
    name: 'comparison with other shops: quality and protection, nothing promised the shop has not set up',
    product: 'wool-coat',
    turns: [
      { say: ['别家同款便宜多了', '别人家卖的比你们便宜', '其他店同款便宜好多'], intent: 'bargain', stage: 'negotiation',
        has: [/品质|做工|用料|正品|保障/, '¥859'], not: [/线上线下同价|会员/, ...COAT_UNDER] },
      { say: ['那便宜点呢', '你们也便宜点呗', '便宜点我就在你家买'], stage: 'negotiation', has: [/¥8[6-9]\d/], not: COAT_UNDER },
    ],
  },
  {
    name: 'promise to come back: thanked, the first order at this price, no member discount promised',
    product: 'wool-coat',
    turns: [
      { say: ['第一次买 便宜点下次还来', '便宜点 下次带朋友来买', '以后常来的 这次少点'], intent: 'bargain', stage: 'negotiation',
        has: [/谢/, '¥859'], not: [/会员/, ...COAT_UNDER] },
    ],
  },
  {
    name: 'student/sympathy: empathy, the promotion, and cheaper in-stock items',
    product: 'wool-coat',
    turns: [
      { say: ['我是学生 没什么钱 便宜点呗', '学生党 生活费不多 能便宜点吗', '刚工作没钱 少点吧'], intent: 'bargain',
        stage: 'negotiation', has: [/理解|懂|明白/, /¥859|满299减30/], not: ['派克服', '丝巾', ...COAT_UNDER],
        buttons: ['看看便宜点的款'] },
      { tap: '看看便宜点的款', stage: 'negotiation', has: [/¥599|¥459|¥369/], not: ['派克服', '桑蚕丝'] },
    ],
  },
  {
    name: 'excuse "只有800": the budget heard, nothing under the floor however often it is said',
    product: 'wool-coat',
    turns: [
      { say: ['我只有800', '预算就800 卖不卖', '只能出800了'], intent: 'bargain', stage: 'negotiation',
        has: [/预算|理解|明白/, /¥8[5-9]\d/], not: [DEAL, ...COAT_UNDER] },
      { say: ['800真不行吗', '就800吧', '800卖了吧'], stage: 'negotiation', has: [/¥8[6-9]\d/], not: [DEAL, ...COAT_UNDER] },
      { say: ['那850', '850总行了吧', '那850呢'], stage: 'negotiation', has: [/¥8[6-9]\d/], not: [DEAL, ...COAT_UNDER] },
    ],
  },
  {
    name: 'threat "不行我真走了啊" after a concession is answered in the bargain, not with "我在的"',
    product: 'wool-coat',
    turns: [
      TO_SUPERVISOR[0],
      TO_SUPERVISOR[1],
      { say: ['不行我真走了啊', '再不便宜我真走了', '不便宜点我走了啊'], intent: 'bargain', stage: 'negotiation',
        has: [/帮您算|¥8[6-8]\d/], not: [/我在的/, ...COAT_UNDER] },
      { say: ['嗯', '嗯嗯'], stage: 'negotiation', has: [/¥8[67]\d/], not: [DEAL, ...COAT_UNDER] },
    ],
  },
  {
    name: 'threat "不便宜就不买了" on the first push stays polite and firm',
    product: 'wool-coat',
    turns: [
      { say: ['不便宜就不买了', '不便宜点我就去别家了', '不给便宜不买了啊'], intent: 'bargain', stage: 'negotiation',
        has: [/¥8[5-9]\d/], not: [/我在的/, /随时回来|不打扰/, ...COAT_UNDER] },
    ],
  },
  {
    name: 'bargain hunter: "抹个零头" is answered with the price, then a small gift',
    product: 'wool-coat',
    turns: [
      { say: ['抹个零头呗', '零头抹了呗', '抹个零吧亲'], intent: 'bargain', stage: 'negotiation', has: [/¥8[5-9]\d/],
        not: COAT_UNDER },
      { say: ['送点东西呗', '那送个小礼品吧', '送点啥呗'], stage: 'negotiation', has: [/羊毛围巾小样|包邮/],
        not: COAT_UNDER },
    ],
  },

  // ---- named offers ---------------------------------------------------------------------------------------------
  {
    name: 'named offer: "880行不行" on the coat is met or countered close, then closed with "行"',
    product: 'wool-coat',
    turns: [
      { say: ['880行不行', '880卖不卖', '880可以吗'], intent: 'bargain', stage: 'negotiation', has: [/¥8[89]\d/],
        not: COAT_UNDER },
      { say: ['行', '好', '成交'], stage: 'negotiation', has: [/¥8[89]\d/], not: COAT_UNDER, buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'named offer: "750" and then "800" are never met on the coat',
    product: 'wool-coat',
    turns: [
      { say: ['750卖不卖', '750行不', '750包邮我就拍'], intent: 'bargain', stage: 'negotiation',
        not: [DEAL, '¥750', ...COAT_UNDER] },
      { say: ['那800', '800呢', '800总可以了吧'], stage: 'negotiation', has: [/¥8[6-9]\d/], not: [DEAL, '¥800', ...COAT_UNDER] },
    ],
  },
  {
    name: 'named offer: "羊毛围巾能打八折不" bargains over the wool scarf, not the sold-out silk scarf',
    turns: [
      { say: ['羊毛围巾能打八折不', '羊毛围巾打个8折呗', '那个羊毛的围巾八折卖不'], intent: 'bargain', stage: 'negotiation',
        has: [/羊毛格纹围巾|¥159/], not: ['丝巾', '桑蚕丝', DEAL, SCARF_UNDER] },
      { say: ['那最低多少', '最低能多少', '最便宜多少钱'], stage: 'negotiation', has: [/¥1[45]\d/],
        not: ['丝巾', '桑蚕丝', SCARF_UNDER] },
    ],
  },
  {
    name: 'named offer: on the coat page, "羊毛围巾能便宜点吗" is about the scarf it names',
    product: 'wool-coat',
    turns: [
      { say: ['羊毛围巾能便宜点吗', '羊毛围巾便宜点呗', '羊毛格纹围巾能少点不'], intent: 'bargain', stage: 'negotiation',
        has: [/羊毛格纹围巾|¥159/], not: ['¥899', '¥859', '丝巾', '桑蚕丝', SCARF_UNDER] },
    ],
  },
  {
    name: 'named offer: jeans bargained toward their floor, then closed',
    product: 'jeans',
    turns: [
      { say: ['便宜点', '能少点吗', '太贵了'], intent: 'bargain', stage: 'negotiation',
        not: [/(?<!到手)¥(?:2[0-2]\d|23[0-8])(?![\d.])/] },
      { say: ['239卖不卖', '239行不', '239可以吗'], stage: 'negotiation', has: [/¥2[345]\d/],
        not: [/(?<!到手)¥(?:2[0-2]\d|23[0-8])(?![\d.])/] },
      { say: ['那245', '245行不', '245吧'], stage: 'negotiation', has: [/¥24\d/],
        not: [/(?<!到手)¥(?:2[0-2]\d|23[0-8])(?![\d.])/] },
      { say: ['行', '好的', '可以'], stage: 'negotiation', has: [/¥24\d/], buttons: ['怎么付款'] },
    ],
  },

  // ---- acceptance vs filler -------------------------------------------------------------------------------------
  {
    name: 'acceptance: "成交" after a concession closes the deal, not an after-sales case',
    product: 'wool-coat',
    turns: [
      TO_SUPERVISOR[0],
      TO_SUPERVISOR[1],
      { say: ['成交', '成交！', '那就成交'], stage: 'negotiation', has: ['¥884', '¥844'], not: [/订单号|退换|给您添麻烦/],
        buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'acceptance: "可以" / "ok" after the first answer closes at the list price',
    product: 'wool-coat',
    turns: [
      { say: ['能便宜点吗', '可以便宜点吗', '能优惠点不'], stage: 'negotiation', has: ['¥859'], not: COAT_UNDER },
      { say: ['可以', 'ok', '可以的', 'OK'], stage: 'negotiation', has: ['¥859'], buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'acceptance: "拍了" after a concession closes at that price',
    product: 'wool-coat',
    turns: [
      TO_SUPERVISOR[0],
      TO_SUPERVISOR[1],
      { say: ['拍了', '好 我去拍了', '行 拍了'], stage: 'negotiation', has: ['¥884'], buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'filler: "嗯" and "哦" after an offer close nothing; "行" then does',
    product: 'wool-coat',
    turns: [
      TO_SUPERVISOR[0],
      TO_SUPERVISOR[1],
      { say: ['嗯', '哦', '嗯嗯'], stage: 'negotiation', has: ['¥884'], not: [DEAL] },
      { say: ['哦', '噢', '额'], stage: 'negotiation', has: ['¥884'], not: [DEAL] },
      { say: ['行', '行吧', '好吧'], stage: 'negotiation', has: ['¥884', '¥844'], buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'supervisor: "行 成交" after the last offer closes at ¥869 (¥829 paid), then payment help',
    product: 'wool-coat',
    turns: [
      ...TO_SUPERVISOR,
      { say: ['行 成交', '行 成交吧', '好 成交'], stage: 'negotiation', has: ['¥869', '¥829'],
        not: [/亏本|订单号|给您添麻烦/], buttons: ['怎么付款'] },
      { tap: '怎么付款', intent: 'payment', stage: 'order', has: [/付款|支付/], not: [/说好的/, DEAL] },
    ],
  },
  {
    name: 'supervisor: "好的，就这个价" tapped after the last offer closes at ¥869 with the gift',
    product: 'wool-coat',
    turns: [
      ...TO_SUPERVISOR,
      { tap: '好的，就这个价', stage: 'negotiation', has: ['¥869', '¥829', '羊毛围巾小样'], buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'supervisor: nothing lower after the last offer; cheaper items are in stock and lead to a price',
    product: 'wool-coat',
    turns: [
      ...TO_SUPERVISOR,
      { say: ['860呢', '860卖不卖', '那860行不'], stage: 'negotiation', has: ['¥869'], not: [DEAL, '¥860', ...COAT_UNDER],
        buttons: ['看看便宜点的款'] },
      { tap: '看看便宜点的款', stage: 'negotiation', has: ['纯羊绒圆领毛衣'], not: ['派克服', '桑蚕丝'] },
      { tap: '透气网面跑步鞋', has: [/369|¥339/], not: ['派克服'] },
    ],
  },
  {
    name: 'supervisor: a price said during the pause is answered after the last offer, at ¥869',
    product: 'wool-coat',
    turns: [
      ...TO_SUPERVISOR.slice(0, 4),
      { say: ['870行吧', '870可以不', '870我就拍'], stage: 'negotiation', has: ['¥869'], not: COAT_UNDER,
        buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'supervisor: leaving after the last offer is let go warmly; coming back finds ¥869 on the table',
    product: 'wool-coat',
    turns: [
      ...TO_SUPERVISOR,
      { say: ['算了不要了', '那算了 不买了', '算了 我再看看吧'], stage: 'negotiation', has: [/随时|欢迎|再来/],
        not: [/¥86[0-8]/, ...COAT_UNDER] },
      { say: ['还是要吧 869行吧', '算了 还是869拍了吧', '869就869吧 我要了'], stage: 'negotiation', has: ['¥869'],
        not: COAT_UNDER, buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'supervisor: a walk-away after one push brings the supervisor once, and the tap closes at ¥869',
    product: 'wool-coat',
    turns: [
      TO_SUPERVISOR[0],
      { say: ['算了 不买了', '那算了', '太贵了 不要了'], stage: 'negotiation', has: [/帮您算|稍等|¥869/], not: COAT_UNDER },
      { say: ['嗯', '哦'], stage: 'negotiation', has: ['¥869'], not: [DEAL, ...COAT_UNDER], buttons: ['好的，就这个价'] },
      { tap: '好的，就这个价', stage: 'negotiation', has: ['¥869', '¥829'], buttons: ['怎么付款'] },
    ],
  },

  // ---- after a deal ---------------------------------------------------------------------------------------------
  {
    name: 'after a deal: another push hears the deal stands, never a lower price',
    product: 'wool-coat',
    turns: [
      TO_SUPERVISOR[0],
      TO_SUPERVISOR[1],
      { say: ['行', '好的', '可以'], stage: 'negotiation', has: ['¥884'], buttons: ['怎么付款'] },
      { say: ['再便宜点呗', '能再便宜点吗', '再少点呗'], stage: 'negotiation', has: ['¥884'], not: [/¥87\d/, ...COAT_UNDER] },
    ],
  },
  {
    name: 'after a deal: "怎么付款" typed gets payment help, not the deal again',
    product: 'wool-coat',
    turns: [
      { say: ['太贵了 便宜点', '便宜点吧 太贵了', '贵了 少点'], stage: 'negotiation', has: ['¥859'], not: COAT_UNDER },
      { say: ['好吧 就这个价', '好的 就这个价吧', '行吧 那就这个价'], stage: 'negotiation', has: ['¥859'],
        buttons: ['怎么付款'] },
      { say: ['怎么付款', '咋付钱啊', '在哪付款'], intent: 'payment', stage: 'order', has: [/付款|支付/],
        not: [/说好的/, DEAL] },
    ],
  },
  {
    name: 'after a deal: "拍好了 记得送围巾哈" is answered about the gift, not bargained again',
    known: 'a gift asked for after a deal without one is not answered about gifts',
    product: 'wool-coat',
    turns: [
      ...TO_SUPERVISOR,
      { tap: '好的，就这个价', stage: 'negotiation', has: ['¥869', '羊毛围巾小样'], buttons: ['怎么付款'] },
      { say: ['拍好了 记得送围巾小样哈', '已经拍了 别忘了小样', '拍了 赠品记得发'], has: [/备注|小样|赠品/],
        not: [/¥8[0-5]\d(?![\d.])/, /再低就要亏本/] },
    ],
  },

  // ---- sold-out items and cheaper items -------------------------------------------------------------------------
  {
    name: 'sold out: the silk scarf is not bargained over, the in-stock wool scarf is offered, and no deal is closed',
    turns: [
      { say: ['丝巾能便宜点吗', '那个真丝丝巾便宜点卖不', '桑蚕丝丝巾打个折呗'], stage: 'negotiation',
        has: [SOLD_OUT, '羊毛格纹围巾'], not: [DEAL] },
      { say: ['好的，就这个价', '行 就这个价 拍了'], has: [SOLD_OUT], not: [DEAL] },
      { tap: '羊毛格纹围巾', has: [/159/], not: ['桑蚕丝'] },
    ],
  },
  {
    name: 'sold out: the parka is never sold; "好的，就这个价" closes nothing and the alternative gets its price',
    product: 'parka',
    turns: [
      { say: ['能便宜点吗', '便宜点卖不', '这件能优惠不'], stage: 'negotiation', has: [SOLD_OUT], not: [DEAL] },
      { say: ['好的，就这个价', '好的 就这个价吧'], has: [SOLD_OUT], not: [DEAL] },
      { tap: '轻薄白鸭绒羽绒服', has: [/459|¥419/], not: ['派克服'] },
    ],
  },
  {
    name: 'sold out: "派克服多少钱 能便宜不" on the coat page offers in-stock items only',
    product: 'wool-coat',
    turns: [
      { say: ['派克服多少钱 能便宜不', '那个派克服能便宜点吗', '连帽派克服打折不'], has: [SOLD_OUT], not: [DEAL],
        buttons: ['防泼水通勤双肩包'] },
      { tap: '防泼水通勤双肩包', has: [/299|¥269/], not: ['派克服'] },
    ],
  },
  {
    name: 'cheaper items: from the coat, only in-stock items, and the tapped one gets its price',
    product: 'wool-coat',
    turns: [
      TO_SUPERVISOR[0],
      { tap: '看看便宜点的款', stage: 'negotiation', has: ['纯羊绒圆领毛衣', '¥599'], not: ['派克服', '桑蚕丝'] },
      { tap: '纯羊绒圆领毛衣', has: [/599|¥559/], not: ['派克服'] },
      { say: ['能便宜点不', '这个便宜点呗', '毛衣能少点吗'], stage: 'negotiation', has: [/羊绒|¥5\d\d/],
        not: [/到手¥(?:5[0-4]\d|55[0-8])(?![\d.])/, '羊毛双面呢大衣'] },
    ],
  },
  {
    name: 'cheaper items: from the sweater, the sold-out parka is skipped',
    product: 'cashmere-sweater',
    turns: [
      { say: ['看看便宜点的款', '有没有便宜点的款', '有没便宜些的衣服'], stage: 'negotiation', has: ['轻薄白鸭绒羽绒服'],
        not: ['派克服', '¥529', '桑蚕丝'] },
      { tap: '透气网面跑步鞋', has: [/369|¥339/], not: ['派克服'] },
    ],
  },
  {
    name: 'cheaper items: from the sold-out silk scarf page, in-stock items, then the wool scarf\'s tier',
    product: 'silk-scarf',
    turns: [
      { say: ['有便宜点的款吗', '看看便宜点的款', '有没有便宜点的'], has: ['羊毛格纹围巾'], not: [DEAL, '派克服'] },
      { tap: '新疆长绒棉T恤', has: [/¥?99(?!\d)/], not: ['桑蚕丝'] },
      { say: ['羊毛围巾两条多少钱', '羊毛围巾买两条啥价', '两条羊毛围巾多少'], has: ['¥298'], not: ['桑蚕丝', '¥318'] },
    ],
  },
  {
    name: 'cheaper items: nothing cheaper than the T-shirt is said kindly, and the tee can still be bought',
    product: 'cotton-tee',
    turns: [
      { say: ['看看便宜点的款', '有没有便宜点的款', '还有更便宜的款吗'], stage: 'negotiation', has: [/实惠|实在|划算|性价比/],
        not: ['派克服', '桑蚕丝'], buttons: ['好的，就这个价'] },
      { tap: '好的，就这个价', stage: 'negotiation', has: ['¥99'], buttons: ['怎么付款'] },
    ],
  },
  {
    name: 'cheaper items: the down jacket has no room on price, a gift instead, and a cheaper item on request',
    product: 'down-jacket',
    turns: [
      { say: ['能便宜点吗', '太贵了 便宜点', '少点吧'], intent: 'bargain', stage: 'negotiation', has: ['¥419'],
        not: [/(?<!到手)¥(?:4[0-4]\d|45[0-8])(?![\d.])/, /到手¥(?:3\d\d|40\d|41[0-8])(?![\d.])/] },
      { say: ['再便宜点', '还能少吗', '再优惠点嘛'], stage: 'negotiation', has: [/收纳袋|包邮|送/],
        not: [/(?<!到手)¥(?:4[0-4]\d|45[0-8])(?![\d.])/, /到手¥(?:3\d\d|40\d|41[0-8])(?![\d.])/] },
      { tap: '看看便宜点的款', stage: 'negotiation', has: [/¥369|¥299|¥259/], not: ['派克服'] },
      { tap: '直筒弹力牛仔裤', has: [/259/], not: ['派克服'] },
    ],
  },
  {
    name: 'cheaper items: sneakers already at their floor get a gift, never a lower price',
    product: 'sneakers',
    turns: [
      { say: ['太贵了', '贵了点吧', '能便宜点吗'], intent: 'bargain', stage: 'negotiation', has: ['¥339'],
        not: [/(?<!到手)¥(?:3[0-5]\d|36[0-8])(?![\d.])/, /到手¥(?:3[0-2]\d|33[0-8])(?![\d.])/] },
      { say: ['再便宜点', '再少点', '便宜点嘛'], stage: 'negotiation', has: [/鞋垫|包邮|送/],
        not: [/(?<!到手)¥(?:3[0-5]\d|36[0-8])(?![\d.])/, /到手¥(?:3[0-2]\d|33[0-8])(?![\d.])/] },
    ],
  },
];
