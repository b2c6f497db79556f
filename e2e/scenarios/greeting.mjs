// The front desk: the welcome, product questions answered from the catalogue, and the first message of every kind.
export default [
  {
    name: 'a first hello gets the shop\'s welcome with the agent\'s name',
    turns: [
      { say: ['在吗', '在不在', '你好'], intent: 'greeting', stage: 'greeting', has: ['小二优选旗舰店', '小美'], not: [/^在$/] },
    ],
  },
  {
    name: 'an angry first message is heard as a complaint, not welcomed with promotions',
    turns: [
      { say: ['垃圾店！发错货', '你们怎么搞的发错货了', '收到的东西跟我买的不一样'], intent: 'complaint', stage: 'aftersales',
        has: [/抱歉|对不起/, '订单号'], not: ['满299减30', '收藏'] },
    ],
  },
];
