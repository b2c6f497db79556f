// The playbook's tone rules, held against every reply a shopper sees (PLAYBOOK.md §2): never a bare "在", a polite
// form of address, no negative word left unexplained, never a promised delivery date, the customer never addressed
// as 你 or blamed. Written apart from the services' own check on purpose: this is the shopper's side of it.
const BARE_HERE = /^(我)?[在嗯][的呢呀啊]?$/;
const POLITE = /亲|您|请/;
const NEGATIVE = /不能|没有|不可以|不行|不支持/;
const EXPLAINED = /抱歉|不好意思|因为|由于|建议|可以|还请|所以|只要|如果|麻烦/;
const PROMISED_DATE = /保证.{0,6}(到|送达)|一定.{0,6}(到|送达)|(今天|明天|后天)(就)?(能)?(到|送达)/;
const BLAME = /你怎么|不懂吗|为什么不看|自己的问题|你自己/;

export function toneViolations(reply) {
  const broken = [];
  const bare = (reply || '').replace(/[\p{P}\p{S}\s~～]/gu, '');
  if (!bare) return ['empty reply'];
  if (BARE_HERE.test(bare)) broken.push('bare 在');
  if (!POLITE.test(reply)) broken.push('no polite form (亲/您/请)');
  if (NEGATIVE.test(reply) && !EXPLAINED.test(reply)) broken.push('a negative word without an apology or explanation');
  if (PROMISED_DATE.test(reply)) broken.push('a promised delivery date');
  if (/你(?!们)/.test(reply.replace(/您/g, ''))) broken.push('the customer addressed as 你');
  if (BLAME.test(reply)) broken.push('blames the customer');
  return broken;
}

/** The front desk put a two-way choice to the shopper instead of answering. */
export const isClarification = (reply) => /您是想问「/.test(reply.text);

/** The generic "I did not understand" answer. */
export const isFallback = (reply) => /没太理解您的意思/.test(reply.text);
