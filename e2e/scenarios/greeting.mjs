// The front desk: the welcome, product questions answered from the catalogue, and the first message of every kind.
// Demo data (greeting-service V2__demo_shop.sql): wool-coat 羊毛双面呢大衣 ¥899 (S 150-160, M 161-167, L 168-174,
// XL 175-182), down-jacket 轻薄白鸭绒羽绒服 ¥459 (XL 175-180), cashmere-sweater 纯羊绒圆领毛衣 ¥599 (100%山羊绒),
// cotton-tee 新疆长绒棉T恤 ¥99, jeans 直筒弹力牛仔裤 ¥259 (30: 169-172), sneakers 透气网面跑步鞋 ¥369 (38-44),
// wool-scarf 羊毛格纹围巾 ¥159 (2+ at ¥149), backpack 防泼水通勤双肩包 ¥299; SOLD OUT: parka 连帽加厚派克服 ¥529
// (预计下周补货) and silk-scarf 桑蚕丝印花丝巾 ¥199 (补货时间还在和工厂确认).
const WELCOME_PROMOTION = '满299减30';
const FALLBACK_MENU = ['有货吗', '什么时候发货', '有什么活动', '转人工'];
const NOT_UNDERSTOOD = /没太理解|换个说法/;
const STILL_HERE = /我在的/;

export default [
  // ---- the welcome, for every kind of first message ----
  {
    name: 'a first hello gets the shop\'s welcome with the agent\'s name',
    turns: [
      { say: ['在吗', '在不在', '你好', '亲 在吗～'], intent: 'greeting', stage: 'greeting',
        has: ['小二优选旗舰店', '小美', '008', WELCOME_PROMOTION, /韵达|顺丰/, /收藏/], not: [/^在$/] },
    ],
  },
  {
    name: 'an angry first message is heard as a complaint, not welcomed with promotions',
    turns: [
      { say: ['垃圾店！发错货', '你们怎么搞的发错货了', '收到的东西跟我买的不一样'], intent: 'complaint', stage: 'aftersales',
        has: [/抱歉|对不起/, '订单号'], not: [WELCOME_PROMOTION, '收藏'] },
    ],
  },
  {
    name: 'a first message about a damaged parcel gets an apology and the facts asked for, no sales pitch',
    turns: [
      { say: ['东西收到了破了个洞 什么破质量', '衣服到了 破了个大洞！！', '收到的大衣有个破洞 气死了'], intent: 'complaint', stage: 'aftersales',
        has: [/抱歉|对不起/, /订单号/, /照片|图片/], not: [WELCOME_PROMOTION, '欢迎光临', /收藏本店/] },
    ],
  },
  {
    name: 'a first message asking for a person is handed over, then the bot keeps quiet',
    turns: [
      { say: ['转人工', '人工客服', '我要找人工'], intent: 'human_agent', stage: 'human', has: [/人工|同事/, /稍等/] },
      { say: ['人呢', '还在吗', '快点'], silent: true },
    ],
  },
  {
    name: 'a first stock question on a product page gets the welcome and the answer for that product',
    product: 'down-jacket',
    turns: [
      { say: ['这款有货吗', '还有货没', '有现货吗亲'], intent: 'stock', stage: 'greeting',
        has: ['小二优选旗舰店', '轻薄白鸭绒羽绒服', /有现货|有货/], not: [/哪一款/, /卖完|售罄/] },
    ],
  },
  {
    name: 'a greeting and a stock question in one first message: welcome and answer together',
    product: 'wool-coat',
    turns: [
      { say: ['亲 在吗 这件大衣还有吗', '在吗在吗 大衣还有货不', '你好 这个大衣有现货吗'], intent: 'stock', stage: 'greeting',
        has: ['小美', '羊毛双面呢大衣', /有现货|有货/], not: [/哪一款/] },
    ],
  },
  {
    name: 'a first price question on a product page gets the list price and what it comes to',
    product: 'wool-coat',
    turns: [
      { say: ['多少钱', '这个多少钱啊', '啥价', '价格多少'], intent: ['bargain', 'promotion'], stage: 'negotiation',
        has: ['899', '859'], not: [/尺码|身高/, /哪一款/] },
      { say: ['两件多少钱', '买两件呢', '2件什么价'], intent: ['bargain', 'promotion'], stage: 'negotiation',
        has: ['859', '1718'], not: [/尺码|身高/] },
    ],
  },
  {
    name: 'a first price question naming a product is priced from that product',
    turns: [
      { say: ['双肩包多少钱', '那个双肩包啥价', '背包多少钱呀'], intent: ['bargain', 'promotion'], stage: 'negotiation',
        has: ['299', '269'], not: [/哪一款/, '899'] },
    ],
  },
  {
    name: 'a first message the bot cannot read gets the welcome and the common questions',
    turns: [
      { say: ['？？？', '。。。', '那个啥'], intent: 'other', stage: 'greeting', has: ['小二优选旗舰店', NOT_UNDERSTOOD], buttons: FALLBACK_MENU },
    ],
  },

  // ---- the fallback menu, each button tapped ----
  {
    name: 'fallback menu: 有货吗 on a product page answers for that product',
    product: 'wool-coat',
    turns: [
      { say: ['asdkjh', '？？', '额'], intent: 'other', has: [NOT_UNDERSTOOD], buttons: FALLBACK_MENU },
      { tap: '有货吗', intent: 'stock', stage: 'greeting', has: ['羊毛双面呢大衣', /有现货|有货/], not: [/哪一款/] },
    ],
  },
  {
    name: 'fallback menu: 有货吗 with no product asks which one, and the product tapped gets its stock',
    turns: [
      { say: ['天气不错哈', '哈哈哈', '嘿嘿'], intent: 'other', buttons: FALLBACK_MENU },
      { tap: '有货吗', intent: 'stock', stage: 'greeting', has: [/哪一款|哪款/],
        buttons: ['防泼水通勤双肩包', '纯羊绒圆领毛衣', '新疆长绒棉T恤', '轻薄白鸭绒羽绒服'], not: ['桑蚕丝印花丝巾', '连帽加厚派克服'] },
      { tap: '轻薄白鸭绒羽绒服', intent: 'stock', stage: 'greeting', has: ['轻薄白鸭绒羽绒服', /有现货|有货/],
        not: [/卖完|售罄/, /身高体重/] },
    ],
  },
  {
    name: 'fallback menu: 什么时候发货 gives the cut-off and the courier',
    turns: [
      { say: ['那个啥', '。。', 'emmm'], intent: 'other', buttons: FALLBACK_MENU },
      { tap: '什么时候发货', intent: 'shipping_time', stage: 'order', has: ['16', /当天/, /韵达|顺丰/], not: [/订单号/] },
    ],
  },
  {
    name: 'fallback menu: 有什么活动 gives the shop\'s current promotion, not "which product?"',
    turns: [
      { say: ['？？？', '额额额', '啊这'], intent: 'other', buttons: FALLBACK_MENU },
      // With no product in view, the shop's own promotions are the front desk's to tell (the welcome tells them too).
      { tap: '有什么活动', intent: 'promotion', stage: 'greeting', has: [WELCOME_PROMOTION, /新客|10元|减10/],
        not: [/哪一款|哪款/] },
    ],
  },
  {
    name: 'fallback menu: 有什么活动 on a product page gives the promotion and what the product comes to',
    product: 'down-jacket',
    turns: [
      { say: ['asdkjh', '？？', '额额'], intent: 'other', buttons: FALLBACK_MENU },
      { tap: '有什么活动', intent: 'promotion', stage: 'negotiation', has: [WELCOME_PROMOTION, '459', '419'], not: [/哪一款|哪款/] },
    ],
  },
  {
    name: 'fallback menu: 转人工 hands over, and the bot stays silent after',
    turns: [
      { say: ['那个啥', '额额额', 'emmm'], intent: 'other', buttons: FALLBACK_MENU },
      { tap: '转人工', intent: 'human_agent', stage: 'human', has: [/人工|同事/, /稍等/] },
      { say: ['人呢', '怎么还没人', '在吗'], silent: true },
    ],
  },

  // ---- "which product?" and the product-name buttons ----
  {
    name: 'which product: a stock question with no product, the backpack tapped',
    turns: [
      { say: ['有货吗', '还有货吗', '有现货没'], intent: 'stock', stage: 'greeting', has: [/哪一款|哪款/],
        buttons: ['防泼水通勤双肩包', '纯羊绒圆领毛衣', '新疆长绒棉T恤', '轻薄白鸭绒羽绒服'] },
      { tap: '防泼水通勤双肩包', intent: 'stock', stage: 'greeting', has: ['防泼水通勤双肩包', /有现货|有货/], not: [/身高体重/] },
    ],
  },
  {
    name: 'which product: the height asked before the product was named is remembered',
    turns: [
      { say: ['我175穿多大', '175穿啥码', '身高175选多大码'], intent: 'size_spec', stage: 'greeting', has: [/哪一款|哪款/],
        buttons: ['纯羊绒圆领毛衣'] },
      { tap: '纯羊绒圆领毛衣', intent: 'size_spec', stage: 'greeting', has: ['纯羊绒圆领毛衣', /(建议|选|穿)XL|XL码/], not: [/告诉我您的身高/] },
    ],
  },
  {
    name: 'which product: a material question, the T-shirt tapped',
    turns: [
      { say: ['什么材质的', '啥面料啊', '面料是什么'], intent: 'size_spec', stage: 'greeting', has: [/哪一款|哪款/],
        buttons: ['新疆长绒棉T恤'] },
      { tap: '新疆长绒棉T恤', intent: 'size_spec', stage: 'greeting', has: ['100%新疆长绒棉'] },
    ],
  },
  {
    name: 'a bare product name is introduced: price and stock, then its questions are welcome',
    turns: [
      { say: ['羽绒服', '那个羽绒服呢', '看看羽绒服'], stage: 'greeting', has: ['轻薄白鸭绒羽绒服', '459', /有货|现货/],
        not: [/没太理解/] },
    ],
  },
  {
    name: 'a product the shop does not sell is said plainly, not asked "which one?"',
    known: 'a product the catalogue does not have is not recognised as one: the bot asks which product',
    turns: [
      { say: ['有卖帽子的吗', '你家有帽子吗', '帽子有没有'], stage: 'greeting', has: [/抱歉|不好意思/, /帽子/],
        not: [/帽子.{0,6}(有现货|有货的)/] },
    ],
  },

  // ---- stock and sold out ----
  {
    name: 'sold-out parka: apology, restock note, an in-stock alternative, and the alternative tapped',
    product: 'parka',
    turns: [
      { say: ['还有货吗', '这个还有没', '派克服有货吗'], intent: 'stock', stage: 'greeting',
        has: [/抱歉|不好意思/, '连帽加厚派克服', /卖完|售罄|缺货/, '下周', '轻薄白鸭绒羽绒服', '459'],
        not: ['桑蚕丝印花丝巾', /派克服.{0,4}有现货/], buttons: ['轻薄白鸭绒羽绒服'] },
      { tap: '轻薄白鸭绒羽绒服', stage: 'greeting', has: ['轻薄白鸭绒羽绒服', '459', /有货|现货/], not: ['连帽加厚派克服有'] },
      { say: ['175穿多大', '我175穿啥码', '一米七五穿几码'], intent: 'size_spec', stage: 'greeting', has: ['轻薄白鸭绒羽绒服', /(建议|选|穿)XL|XL码/],
        not: ['连帽加厚派克服'] },
    ],
  },
  {
    name: 'sold-out parka: the coat offered as the other alternative, tapped',
    product: 'parka',
    turns: [
      { say: ['有货没', '还能买吗', '什么时候有货'], intent: 'stock', stage: 'greeting', has: [/卖完|售罄|缺货/, '下周'],
        buttons: ['羊毛双面呢大衣'] },
      { tap: '羊毛双面呢大衣', stage: 'greeting', has: ['羊毛双面呢大衣', '899', /有货|现货/] },
    ],
  },
  {
    name: 'sold-out silk scarf: restock unknown, bookmark it, the wool scarf offered and priced from itself',
    turns: [
      { say: ['丝巾还有吗', '真丝丝巾有货没', '那个丝巾还有不'], intent: 'stock', stage: 'greeting',
        has: [/抱歉|不好意思/, '桑蚕丝印花丝巾', /卖完|售罄/, /收藏/, '羊毛格纹围巾', '159'], buttons: ['羊毛格纹围巾'] },
      { tap: '羊毛格纹围巾', stage: 'greeting', has: ['羊毛格纹围巾', '159', /有货|现货/] },
      { say: ['多少钱', '这条啥价', '价格多少'], intent: ['bargain', 'promotion'], stage: 'negotiation', has: ['159'],
        not: [/¥199|199元/, '桑蚕丝'] },
    ],
  },
  {
    name: 'after a sold-out answer, "好的" closes no deal on the sold-out parka',
    product: 'parka',
    turns: [
      { say: ['有货吗', '还有吗', '有现货不'], intent: 'stock', has: [/卖完|售罄|缺货/] },
      { say: ['好的', '哦哦好的', '好吧'], intent: 'acknowledgement', not: [STILL_HERE, /就按|成交|直接拍下/, '¥529'] },
    ],
  },
  {
    name: 'a size the product does not come in is not said to be in stock',
    product: 'wool-coat',
    turns: [
      { say: ['XXL有吗', '有没有XXL', '有XXL码吗'], stage: 'greeting', has: ['XL', /抱歉|不好意思|最大/],
        not: [/您是想问/, /XXL.{0,4}有现货/] },
    ],
  },
  {
    name: 'a size asked for by letter is answered, not put back as a choice',
    product: 'wool-coat',
    turns: [
      { say: ['有没有L码', '有L码吗', 'L码还有吗'], stage: 'greeting', has: ['L', /有现货|有货|有的/], not: [/您是想问/] },
    ],
  },

  // ---- size, spec, material ----
  {
    name: 'size from the chart: 175 wears XL in the coat',
    product: 'wool-coat',
    turns: [
      { say: ['175穿多大', '我175 穿啥码', '身高175选什么码', '1米75穿几码'], intent: 'size_spec', stage: 'greeting',
        has: [/(建议|选|穿)XL|XL码/, '羊毛双面呢大衣'], not: [/选L码|建议.{0,3}M码/] },
      { say: ['嗯', '哦', '嗯嗯'], intent: 'acknowledgement', stage: 'greeting', not: [STILL_HERE] },
    ],
  },
  {
    name: 'size from the chart in metres: 1米58 wears S',
    product: 'wool-coat',
    turns: [
      { say: ['1米58穿什么码', '我一米五八 穿啥码', '158穿多大'], intent: 'size_spec', stage: 'greeting', has: [/S码|选S/],
        not: [/选M|M码建议/] },
    ],
  },
  {
    name: 'size for jeans: 170 wears 30',
    product: 'jeans',
    turns: [
      { say: ['170穿多大', '我170 裤子穿几码', '身高170选多大的'], intent: 'size_spec', stage: 'greeting', has: [/30码|选30|30号/] },
    ],
  },
  {
    name: 'a height off the chart gets a question back, not a guessed size',
    product: 'wool-coat',
    turns: [
      { say: ['190穿多大', '我190 能穿吗', '身高190有合适的码吗'], intent: 'size_spec', stage: 'greeting', has: [/体重/, 'XL'],
        not: [/建议选[SML]码/] },
    ],
  },
  {
    name: 'shoe size by the usual size, for shoes without a height chart',
    product: 'sneakers',
    turns: [
      { say: ['平时穿42的 选多大', '我平常42码 这个选几码', '42的脚穿多大'], intent: 'size_spec', stage: 'greeting', has: ['42'],
        not: [/身高/] },
    ],
  },
  {
    name: 'material from the catalogue: the cashmere sweater is 100% goat cashmere',
    product: 'cashmere-sweater',
    turns: [
      { say: ['纯羊绒的吗', '什么材质', '是羊绒的不'], intent: 'size_spec', stage: 'greeting', has: ['100%山羊绒'] },
      { say: ['好的谢谢', '好的 谢谢亲', '谢啦'], intent: 'goodbye_thanks', stage: 'greeting', has: [/不客气|客气/] },
    ],
  },
  {
    name: 'a product named in the message beats the page: the down jacket asked about on the coat page',
    product: 'wool-coat',
    turns: [
      { say: ['羽绒服有货吗', '那个羽绒服还有吗', '羽绒服有现货不'], intent: 'stock', stage: 'greeting',
        has: ['轻薄白鸭绒羽绒服', /有现货|有货/], not: ['羊毛双面呢大衣'] },
      { say: ['多少钱', '啥价', '价格呢'], intent: ['bargain', 'promotion'], stage: 'negotiation', has: ['459'], not: ['899'] },
    ],
  },
  {
    name: 'a product named in the message beats the page: the sweater\'s size asked on the coat page',
    product: 'wool-coat',
    turns: [
      { say: ['那个毛衣175穿多大', '羊绒毛衣我175穿几码', '毛衣175选什么码'], intent: 'size_spec', stage: 'greeting',
        has: ['纯羊绒圆领毛衣', /(建议|选|穿)XL|XL码/], not: ['羊毛双面呢大衣'] },
    ],
  },
  {
    name: '"羊毛围巾" is the wool scarf, not the sold-out silk scarf',
    product: 'wool-coat',
    turns: [
      { say: ['羊毛围巾有货吗', '羊毛围巾还有吗', '羊毛的围巾有现货不'], intent: 'stock', stage: 'greeting',
        has: ['羊毛格纹围巾', /有现货|有货/], not: ['桑蚕丝', /卖完|售罄/] },
    ],
  },
  {
    name: 'two wool scarves on the scarf page are priced from the two-for tier',
    product: 'wool-scarf',
    turns: [
      { say: ['两条多少钱', '买两条什么价', '2条多少'], intent: ['bargain', 'promotion'], stage: 'negotiation',
        has: ['149', '298'], not: ['318', '桑蚕丝', /尺码|身高/] },
    ],
  },

  // ---- authenticity, photos vs reality ----
  {
    name: 'authenticity from the product\'s own proof: the sneakers\' quality report',
    product: 'sneakers',
    turns: [
      { say: ['是正品吗', '正品不', '会不会是假货啊'], intent: 'authenticity', stage: 'greeting',
        has: ['透气网面跑步鞋', /官方授权|旗舰店直供/, '质检报告'] },
    ],
  },
  {
    name: 'authenticity of the backpack: counter check offered as the shop\'s data says',
    product: 'backpack',
    turns: [
      { say: ['正品吗 能验货吗', '是不是正品 可以去专柜验吗', '保真吗'], intent: 'authenticity', stage: 'greeting',
        has: [/官方授权|旗舰店直供/, '专柜验货'] },
    ],
  },
  {
    name: 'photos vs reality: real photos, slight colour difference warned',
    product: 'wool-coat',
    turns: [
      { say: ['实物跟图片一样吗', '图片是实拍吗', '和图上一样不'], intent: 'authenticity', stage: 'greeting', has: [/实物|实拍/, '色差'] },
    ],
  },
  {
    name: '"会色差吗" is a photos-vs-reality question, not a size or a complaint',
    product: 'wool-coat',
    turns: [
      { say: ['会色差吗', '有色差不', '颜色和图片差得多吗'], intent: 'authenticity', stage: 'greeting', has: ['色差', /实物|实拍/],
        not: [/您是想问/, /身高体重/, /投诉/] },
    ],
  },

  // ---- acknowledgements, thanks, goodbye ----
  {
    name: '"好的" after a stock answer is not answered with "我在的"',
    product: 'wool-coat',
    turns: [
      { say: ['有货吗', '还有没', '有现货吗'], intent: 'stock', has: [/有现货|有货/] },
      { say: ['好的', '好的亲', 'ok'], intent: 'acknowledgement', stage: 'greeting', not: [STILL_HERE, /有什么可以帮您/],
        has: [/拍|随时|还有.{0,6}(问|想了解)/] },
    ],
  },
  {
    name: 'thanks and goodbye after a question: a warm farewell',
    product: 'down-jacket',
    turns: [
      { say: ['是正品吗', '正品吗亲', '保证正品不'], intent: 'authenticity', has: [/官方授权|旗舰店直供/, '检测报告'] },
      { say: ['谢谢 我再看看', '好的 我再考虑下 谢谢', '谢啦 再逛逛'], intent: 'goodbye_thanks', stage: 'greeting',
        has: [/不客气|客气|好的/, /收藏|随时/], not: [STILL_HERE] },
      { say: ['拜拜', '88', '再见啦'], intent: 'goodbye_thanks', stage: 'greeting', has: [/再见|拜拜|随时|再来/], not: [STILL_HERE] },
    ],
  },

  // ---- the clarification "A还是B?" ----
  {
    name: 'clarification: "买大了怎么办" before buying, the size guide chosen',
    known: '"买大了怎么办" before buying goes straight to after-sales (which gives the 7-day rule and opens no case) instead of the two-way choice',
    product: 'wool-coat',
    turns: [
      { say: ['在吗', '你好'], intent: 'greeting' },
      { say: ['买大了怎么办', '买大了怎么办？'], stage: 'greeting', has: [/您是想问/], buttons: ['退换货', '尺码怎么选'],
        not: [/订单号/] },
      { tap: '尺码怎么选', intent: 'size_spec', stage: 'greeting', has: ['羊毛双面呢大衣', /S\/M\/L\/XL/, /身高/] },
      { say: ['168', '我168', '身高168'], intent: 'size_spec', stage: 'greeting', has: [/(?<!X)L码|选L/], not: [/XL码|选XL/] },
    ],
  },
  {
    name: 'clarification: "买大了怎么办" before buying, returns chosen: the return policy, no case opened',
    known: '"买大了怎么办" before buying goes straight to after-sales (which gives the 7-day rule and opens no case) instead of the two-way choice',
    product: 'wool-coat',
    turns: [
      { say: ['在吗', '你好'], intent: 'greeting' },
      { say: ['买大了怎么办', '买大了怎么办？'], stage: 'greeting', buttons: ['退换货', '尺码怎么选'] },
      { tap: '退换货', intent: 'return_refund', stage: 'aftersales', has: [/7天/, /无理由/], not: [/给您添麻烦了/] },
    ],
  },

  // ---- two questions in one message ----
  {
    name: 'two questions: stock and a discount, both answered',
    product: 'wool-coat',
    turns: [
      { say: ['有货吗 能便宜点吗', '有现货不 能优惠点吗', '还有货吗？便宜点呗'], intent: ['stock', 'bargain'],
        has: [/有现货|有货/, /859|满299减30|优惠/] },
    ],
  },
  {
    name: 'two questions: size and authenticity, both answered',
    product: 'wool-coat',
    turns: [
      { say: ['175穿多大 是正品吗', '我175穿几码 正品吗', '是正品吗 175穿啥码'], intent: ['size_spec', 'authenticity'],
        has: [/(建议|选|穿)XL|XL码/, /官方授权|旗舰店直供/] },
    ],
  },
  {
    name: 'two questions: authenticity and free shipping, both answered',
    product: 'wool-coat',
    turns: [
      { say: ['是正品吗 包邮吗', '正品吗？包不包邮', '包邮吗 是正品不'], intent: ['authenticity', 'bargain', 'promotion'],
        has: [/官方授权|旗舰店直供/, /包邮/] },
    ],
  },
  {
    name: 'two questions: size and when it ships, both answered',
    product: 'wool-coat',
    turns: [
      { say: ['168穿什么码 今天能发吗', '我168穿几码 啥时候发货', '168选多大 什么时候发'], intent: ['size_spec', 'shipping_time'],
        has: [/(?<!X)L码|选L/, '16'], not: [/XL码|选XL/] },
    ],
  },
  {
    name: 'two questions: size and stock for a height, both answered',
    product: 'down-jacket',
    turns: [
      { say: ['165穿多大 有货不', '我165穿几码 还有货吗', '有货吗 165穿啥码'], intent: ['size_spec', 'stock'],
        has: [/M码|选M/, /有现货|有货/] },
    ],
  },
];
