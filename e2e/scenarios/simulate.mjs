// The shopper simulator: plays N random conversations against the running stack (./run), each made of two or three
// of the scenario suite's conversations one after another, every turn in a phrasing drawn at random from the
// scenario's own. It counts the turns whose message was taken by the stage the scenario says owns it, the turns put
// to the shopper as a two-way choice, the turns answered with the generic "I did not understand", the turns with no
// reply, and every tone-rule violation. Usage: node e2e/scenarios/simulate.mjs [conversations=100] [seed=7] [width=4]
import { pathToFileURL } from 'node:url';
import { loadScenarios, setUp } from './suite.mjs';
import { toneViolations, isClarification, isFallback } from './tone.mjs';

/** mulberry32: a small seeded generator, so that a run can be repeated. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const list = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/**
 * One simulated conversation: a first scenario (which may bring an order), then one or two more that need none,
 * as a shopper who moves on to something else. Taps become the button's text, said.
 */
function draw(scenarios, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const standalone = scenarios.filter((s) => !s.order && !s.turns.some((t) => t.silent));
  const parts = [pick(scenarios)];
  const more = Math.floor(rnd() * 3);
  for (let i = 0; i < more && !parts[parts.length - 1].turns.some((t) => t.silent); i++) parts.push(pick(standalone));
  const turns = parts.flatMap((s) => s.turns.map((t) => ({ ...t, say: t.tap ?? pick(list(t.say)) })));
  return { first: parts[0], names: parts.map((s) => s.name), turns };
}

export async function simulate({ conversations = 100, seed = 7, width = 4, log = console.log } = {}) {
  const scenarios = await loadScenarios();
  if (!scenarios.length) throw new Error('no scenarios found');
  const rnd = random(seed);
  const plans = Array.from({ length: conversations }, () => draw(scenarios, rnd));
  const totals = { turns: 0, fits: 0, clarified: 0, fallback: 0, unanswered: 0, tone: [] };
  const misfits = [];
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < plans.length) {
      const plan = plans[next++];
      let shopper, orderId;
      try {
        ({ shopper, orderId } = await setUp(plan.first));
      } catch (e) {
        log(`could not open a conversation: ${e.message}`);
        continue;
      }
      for (const turn of plan.turns) {
        const said = turn.say.replaceAll('{order}', orderId ?? 'TB000000000000');
        const replies = await shopper.say(said, { quiet: turn.silent ? 2500 : 1200, timeout: turn.silent ? 2600 : 30_000 });
        const asked = (await shopper.transcript(0)).findLast((m) => m.role === 'customer');
        totals.turns += 1;
        if (turn.silent ? replies.length === 0 : replies.length > 0 && (!turn.stage || asked?.stage === turn.stage)) totals.fits += 1;
        else misfits.push(`"${said}" (${plan.names.join(' → ')}): taken by ${asked?.stage}, expected ${turn.stage ?? 'any'}`);
        if (!turn.silent && !replies.length) totals.unanswered += 1;
        if (replies.some(isClarification)) totals.clarified += 1;
        if (replies.some(isFallback)) totals.fallback += 1;
        for (const m of replies) for (const v of toneViolations(m.text)) totals.tone.push(`${v}: "${m.text.slice(0, 60)}"`);
      }
    }
  }));
  const pct = (n) => `${((100 * n) / Math.max(1, totals.turns)).toFixed(1)}%`;
  log(`conversations: ${conversations} (seed ${seed}), turns: ${totals.turns}`);
  log(`  reply fits the stage: ${totals.fits} (${pct(totals.fits)})`);
  log(`  sent to clarification: ${totals.clarified} (${pct(totals.clarified)})`);
  log(`  generic fallback: ${totals.fallback} (${pct(totals.fallback)})`);
  log(`  no reply: ${totals.unanswered} (${pct(totals.unanswered)})`);
  log(`  tone-rule violations: ${totals.tone.length}`);
  for (const v of [...new Set(totals.tone)].slice(0, 20)) log(`    ${v}`);
  if (misfits.length) {
    log('  turns that did not fit (first 25):');
    for (const m of misfits.slice(0, 25)) log(`    ${m}`);
  }
  return totals;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [n, seed, width] = process.argv.slice(2).map(Number);
  const totals = await simulate({ conversations: n || 100, seed: seed || 7, width: width || 4 });
  process.exit(totals.tone.length ? 1 : 0);
}
