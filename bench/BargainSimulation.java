import com.dianxiaoer.negotiation.domain.BargainingStyle;
import com.dianxiaoer.negotiation.domain.Concession;
import com.dianxiaoer.negotiation.domain.CustomerMove;
import com.dianxiaoer.negotiation.domain.NegotiationState;
import com.dianxiaoer.negotiation.domain.Negotiator;
import com.dianxiaoer.negotiation.domain.PricePolicy;
import com.dianxiaoer.negotiation.domain.ShopItem;
import com.dianxiaoer.negotiation.domain.Turn;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bargaining measured by revenue. A documented population of shoppers bargains, message by message, with the
 * negotiation-service's own {@link Negotiator} (its messages read by the service's own {@link CustomerMove}), and
 * with two baselines: a shop that holds the list price, and one that takes the first price named at or above the
 * floor. Each shop tells every shopper its promotions; the floor is counted on what the shopper pays after them.
 *
 * <p>The population (seeded, so a run is repeatable):
 * <ul>
 *   <li>kind: the playbook's seven bargainer kinds, equally often, each with its own lines;</li>
 *   <li>reservation: the most a shopper pays for one item in the end, after the promotions, uniformly between 82%
 *       and 102% of the list price, so on both sides of the floor; "feasible" shoppers have it at or above the floor;</li>
 *   <li>patience: 15% ask once and go (testers), the others push 2 to 6 times;</li>
 *   <li>40% name prices of their own: first 80-95% of their reservation (a round number), then half the way up to
 *       their reservation each time;</li>
 *   <li>15% want two and ask what two cost first;</li>
 *   <li>a shopper takes the best offer seen once what it makes them pay, less what the gifts and the waived
 *       shipping are worth to them (1.5 times their cost to the shop), is within their reservation;</li>
 *   <li>one who says they are leaving still reads a reply that follows with probability one half (a second run
 *       has nobody read it).</li>
 * </ul>
 * Revenue is what the feasible shoppers paid, both items for those who bought two, less what the gifts and the
 * waived shipping cost the shop, divided by the number of feasible shoppers.
 *
 *   bench/bargain.sh [shoppers=600] [seed=7]
 *   bench/bargain.sh --chat [shoppers=70] [seed=7]   the demo coat through a running stack's chat API (./run), NLU included
 */
public class BargainSimulation {
    private static final Pattern YUAN = Pattern.compile("¥(\\d+(?:\\.\\d+)?)");
    private static final Map<String, List<String>> LINES = Map.of(
            "promise", List.of("第一次买，便宜点下次还来", "便宜点我介绍朋友来买", "以后还来买的，少点吧"),
            "comparison", List.of("别家更便宜", "别人家才卖这么多，你家贵了", "拼多多上便宜好多"),
            "flat", List.of("太贵了", "都挺好就是有点贵", "价格高了点"),
            "threat_lure", List.of("不便宜就不买了", "便宜点我就多买几件", "不便宜我就去别家了"),
            "bargain_hunter", List.of("抹个零头呗", "再便宜点呗", "送点东西呗"),
            "sympathy", List.of("我是学生没什么钱", "刚工作手头紧，便宜点吧", "宝妈不容易，少点吧"),
            "excuse", List.of("预算就这么多，便宜点", "我只带了这么多，少点吧", "老公只批了这么多"));
    private static final List<String> KINDS = LINES.keySet().stream().sorted().toList();

    record Shopper(String kind, double reservation, int patience, boolean namesPrices, int quantity, boolean listensAfterLeaving, long seed) {
    }

    /** What one conversation came to. */
    record Outcome(Shopper shopper, boolean deal, double paid, double unitPrice, double concessionCost, int offersBelowFloor,
                   int lowestUndercut, int repeatedSentences) {
    }

    /** One side of the table: answers a message (text + the entities the front desk would find). */
    interface Seller {
        Turn answer(String text, String intent, List<CustomerMove.Entity> entities);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--chat")) {
            chat(args.length > 1 ? Integer.parseInt(args[1]) : 70, args.length > 2 ? Long.parseLong(args[2]) : 7);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        List<Shopper> population = population(n, seed);
        System.out.printf("%d shoppers, seed %d%n%n", n, seed);
        for (PricePolicy policy : Shops.POLICIES) {
            report(policy, population, BargainingStyle.DEFAULT);
        }
        List<Shopper> deaf = population.stream().map(s -> new Shopper(s.kind(), s.reservation(), s.patience(), s.namesPrices(),
                s.quantity(), false, s.seed())).toList();
        System.out.printf("The demo coat when no shopper reads a reply after saying they leave:%n  %-22s %s%n  %-22s %s%n%n",
                "the strategy", summary(Shops.POLICIES.get(0), deaf, p -> new Strategy(p, BargainingStyle.DEFAULT)).line(),
                "first offer >= floor", summary(Shops.POLICIES.get(0), deaf, FirstAtFloor::new).line());
        System.out.println("The demo coat under other styles (aspiration, rounds, gift budget):");
        for (BargainingStyle style : List.of(new BargainingStyle(BigDecimal.ZERO, 3, new BigDecimal(30)),
                new BargainingStyle(new BigDecimal("0.8"), 3, new BigDecimal(30)), new BargainingStyle(new BigDecimal("0.5"), 2, new BigDecimal(30)),
                new BargainingStyle(new BigDecimal("0.5"), 5, new BigDecimal(30)), new BargainingStyle(new BigDecimal("0.5"), 3, BigDecimal.ZERO))) {
            Summary s = summary(Shops.POLICIES.get(0), population, p -> new Strategy(p, style));
            System.out.printf("  %-22s %s%n", style.aspiration().stripTrailingZeros().toPlainString() + ", " + style.rounds() + ", ¥" + style.giftBudget(), s.line());
        }
    }

    /**
     * The same shoppers (one item each) bargain for the demo coat through the chat API of a running stack: their
     * words go through the front desk's NLU and routing, and what they are offered is read from the replies they
     * get ("¥884", "到手¥844", "拍下" for a deal), as a shopper reads it.
     */
    static void chat(int n, long seed) throws Exception {
        PricePolicy coat = Shops.POLICIES.get(0);
        List<Shopper> population = population(n, seed).stream()
                .map(s -> new Shopper(s.kind(), s.reservation(), s.patience(), s.namesPrices(), 1, s.listensAfterLeaving(), s.seed())).toList();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Outcome>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (Shopper s : population) {
            futures.add(pool.submit(() -> play(coat, s, new ChatSeller(http, coat))));
        }
        int feasible = 0, closed = 0, deals = 0, below = 0, undercut = 0, repeated = 0;
        double price = 0, revenue = 0;
        for (int i = 0; i < population.size(); i++) {
            Outcome o = futures.get(i).get();
            boolean canPay = o.shopper().reservation() * coat.listPrice().doubleValue() >= coat.floorPrice().doubleValue();
            feasible += canPay ? 1 : 0;
            deals += o.deal() ? 1 : 0;
            below += o.offersBelowFloor();
            undercut += o.lowestUndercut();
            repeated += o.repeatedSentences();
            if (o.deal() && canPay) {
                closed++;
                price += o.unitPrice() / coat.listPrice().doubleValue();
                revenue += o.paid() - o.concessionCost();
            }
        }
        pool.shutdown();
        System.out.printf("%d shoppers through the chat API in %.0f s: closed %.0f%% of %d feasible, price %.3f of list, revenue/feasible ¥%.0f, "
                        + "below floor %d, lowest undercut %d, repeats %d, %d deals in all%n", n, (System.nanoTime() - start) / 1e9,
                100.0 * closed / Math.max(1, feasible), feasible, closed == 0 ? 0 : price / closed, revenue / Math.max(1, feasible),
                below, undercut, repeated, deals);
        System.out.printf("the same shoppers with the negotiator alone (no NLU, no routing):%n  %s%n",
                summary(coat, population, p -> new Strategy(p, BargainingStyle.DEFAULT)).line());
    }

    /** The shop as a shopper meets it: a conversation on the chat API, its replies read as text. */
    static final class ChatSeller implements Seller {
        private static final String BASE = "http://localhost:8080";
        private static final Pattern FIELD = Pattern.compile("\"(conversationId|token)\":\"([^\"]+)\"");
        private static final Pattern ITEM = Pattern.compile("\"seq\":(\\d+)[^}]*?\"role\":\"(bot|agent|customer)\",\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"");
        private static final Pattern PAID = Pattern.compile("到手¥(\\d+(?:\\.\\d+)?)");
        final HttpClient http;
        final PricePolicy policy;
        final String id;
        final String token;
        long seen;
        int rounds;

        ChatSeller(HttpClient http, PricePolicy policy) {
            this.http = http;
            this.policy = policy;
            try {
                String opened = post("/api/v1/conversations", null, "{\"shopId\":\"demo\",\"productId\":\"" + policy.productId() + "\"}");
                String cid = null, tok = null;
                Matcher m = FIELD.matcher(opened);
                while (m.find()) {
                    if (m.group(1).equals("conversationId")) cid = m.group(2); else tok = m.group(2);
                }
                this.id = cid;
                this.token = tok;
            } catch (Exception e) {
                throw new IllegalStateException("is the stack running (./run)?", e);
            }
        }

        @Override
        public Turn answer(String text, String intent, List<CustomerMove.Entity> entities) {
            try {
                post("/api/v1/conversations/" + id + "/messages", token,
                        "{\"text\":\"" + text + "\",\"clientMessageId\":\"" + UUID.randomUUID() + "\"}");
                List<String> got = replies(6);
                if (got.stream().anyMatch(t -> t.contains("帮您算") && !t.contains("久等"))) {
                    got = new ArrayList<>(got);
                    got.addAll(replies(30)); // the supervisor's answer, after the pause
                }
                if (System.getenv("SIMULATION_VERBOSE") != null) {
                    System.out.println(id.substring(0, 8) + " > " + text + "\n" + id.substring(0, 8) + "   " + String.join("\n" + id.substring(0, 8) + "   ", got));
                }
                return read(got);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** What the replies offer this shopper: the coat's unit price and what it comes to, or a deal. */
        private Turn read(List<String> texts) {
            List<Turn.Reply> replies = texts.stream().map(t -> new Turn.Reply(t, List.of())).toList();
            List<Turn.Offer> offers = new ArrayList<>();
            Turn.Deal deal = null;
            for (String t : texts) {
                BigDecimal unit = coatPrice(t);
                if (unit == null) {
                    continue;
                }
                offers.add(new Turn.Offer(policy.productId(), unit, 1, policy.payable(unit, 1)));
                if (t.contains("拍下")) {
                    Matcher paid = PAID.matcher(t);
                    deal = new Turn.Deal(policy.productId(), policy.productName(), 1, unit,
                            paid.find() ? new BigDecimal(paid.group(1)) : policy.payable(unit, 1), List.of(), t.contains("包邮"));
                }
            }
            NegotiationState state = new NegotiationState(policy.productId(), NegotiationState.Status.open, ++rounds, null, 1, null, null, 0, null,
                    texts.stream().anyMatch(t -> t.contains("羊毛围巾小样")) ? List.of(Concession.gift("羊毛围巾小样")) : List.of(),
                    BigDecimal.ZERO, false, null, null);
            return new Turn(state, replies, null, offers, deal, null);
        }

        /** The first price of one coat a text names: not another product's "（¥459）", not a tier's, not a total, not 到手. */
        private BigDecimal coatPrice(String text) {
            Matcher m = YUAN.matcher(text.replaceAll("（¥[\\d.]+）", "").replaceAll("到手¥[\\d.]+", "").replaceAll("\\d+件起每件¥[\\d.]+", ""));
            while (m.find()) {
                BigDecimal v = new BigDecimal(m.group(1));
                if (v.compareTo(policy.listPrice().multiply(new BigDecimal("0.5"))) >= 0 && v.compareTo(policy.listPrice()) <= 0) {
                    return v;
                }
            }
            return null;
        }

        /** Bot replies after what was seen, until none has come for 1.5 s (or the wait is over). */
        private List<String> replies(int seconds) throws Exception {
            List<String> texts = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline) {
                String body = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/conversations/" + id + "/messages?after=" + seen))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = ITEM.matcher(body);
                boolean any = false;
                while (m.find()) {
                    seen = Math.max(seen, Long.parseLong(m.group(1)));
                    if (!m.group(2).equals("customer")) {
                        texts.add(m.group(3));
                        any = true;
                    }
                }
                if (any) {
                    quietSince = System.nanoTime();
                } else if (!texts.isEmpty() && System.nanoTime() - quietSince > Duration.ofMillis(1500).toNanos()) {
                    break;
                }
                Thread.sleep(250);
            }
            return texts;
        }

        private String post(String path, String auth, String json) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (auth != null) {
                b.header("Authorization", "Bearer " + auth);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    static List<Shopper> population(int n, long seed) {
        Random random = new Random(seed);
        List<Shopper> shoppers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String kind = KINDS.get(i % KINDS.size());
            double share = 0.82 + random.nextDouble() * 0.20;
            int patience = random.nextDouble() < 0.15 ? 1 : 2 + random.nextInt(5);
            shoppers.add(new Shopper(kind, share, patience, random.nextDouble() < 0.4, random.nextDouble() < 0.15 ? 2 : 1,
                    random.nextDouble() < 0.5, random.nextLong()));
        }
        return shoppers;
    }

    static void report(PricePolicy policy, List<Shopper> population, BargainingStyle style) {
        System.out.printf("%s (%s): list ¥%s, floor ¥%s, one item paid ¥%s at the list price%n", policy.productName(), policy.mode(),
                policy.listPrice().toPlainString(), policy.floorPrice().toPlainString(), policy.payable(policy.listPrice(), 1).toPlainString());
        System.out.printf("  %-22s %s%n", "the strategy", summary(policy, population, p -> new Strategy(p, style)).line());
        System.out.printf("  %-22s %s%n", "hold the list price", summary(policy, population, HoldList::new).line());
        System.out.printf("  %-22s %s%n", "first offer >= floor", summary(policy, population, FirstAtFloor::new).line());
        System.out.printf("  %-22s %s%n%n", "the old ladder", summary(policy, population, OldLadder::new).line());
    }

    record Summary(int feasible, int feasibleDeals, int deals, double priceShare, double paidShare, double revenuePerFeasible,
                   double revenueShareOfList, int belowFloor, int undercut, int repeated) {
        String line() {
            return String.format("closed %3.0f%% of %d feasible, price %.3f of list (paid %.3f), revenue/feasible ¥%.0f (%.3f of list), "
                            + "below floor %d, lowest undercut %d, repeats %d, %d deals in all (%d under the floor's reservation, won with gifts)",
                    100.0 * feasibleDeals / Math.max(1, feasible), feasible, priceShare, paidShare, revenuePerFeasible,
                    revenueShareOfList, belowFloor, undercut, repeated, deals, deals - feasibleDeals);
        }
    }

    static Summary summary(PricePolicy policy, List<Shopper> population, Function<PricePolicy, Seller> shop) {
        int feasible = 0, feasibleDeals = 0, deals = 0, below = 0, undercut = 0, repeated = 0;
        double price = 0, paid = 0, revenue = 0;
        double list = policy.listPrice().doubleValue();
        for (Shopper s : population) {
            Outcome o = play(policy, s, shop.apply(policy));
            boolean canPay = s.reservation() * list >= policy.floorPrice().doubleValue();
            feasible += canPay ? 1 : 0;
            below += o.offersBelowFloor();
            undercut += o.lowestUndercut();
            repeated += o.repeatedSentences();
            if (o.deal()) {
                deals++;
            }
            if (o.deal() && canPay) {
                feasibleDeals++;
                price += o.unitPrice() / list;
                paid += o.paid() / (list * s.quantity());
                revenue += o.paid() - o.concessionCost();
            }
        }
        return new Summary(feasible, feasibleDeals, deals, feasibleDeals == 0 ? 0 : price / feasibleDeals, feasibleDeals == 0 ? 0 : paid / feasibleDeals,
                revenue / Math.max(1, feasible), revenue / Math.max(1, feasible) / list, below, undercut, repeated);
    }

    /** One shopper bargains until they buy, or their patience runs out and they leave. */
    static Outcome play(PricePolicy policy, Shopper s, Seller seller) {
        Random random = new Random(s.seed());
        int q = s.quantity();
        double reservation = s.reservation() * policy.listPrice().doubleValue() * q;
        double promotionsPerItem = policy.promotionsOff(policy.listPrice().multiply(BigDecimal.valueOf(q))).doubleValue() / q;
        Tally tally = new Tally(policy, q);
        double ask = s.reservation() * policy.listPrice().doubleValue() * (0.80 + random.nextDouble() * 0.15);
        if (q > 1) {
            tally.read(seller.answer("两件多少钱", "bargain", List.of(new CustomerMove.Entity("quantity", "2"))));
        }
        for (int push = 1; push <= s.patience(); push++) {
            if (tally.deal != null) {
                break;
            }
            if (tally.bestWorth() <= reservation) {
                tally.read(seller.answer("好的，就这个价", "bargain", List.of()));
                break;
            }
            List<CustomerMove.Entity> entities = new ArrayList<>();
            String text = LINES.get(s.kind()).get(random.nextInt(3));
            if (s.namesPrices() && (push > 1 || random.nextBoolean())) {
                long unit = roundDown(ask + promotionsPerItem, policy.listPrice().doubleValue());
                text = q > 1 ? "两件一起" + unit * q + "卖不卖" : unit + (push % 2 == 0 ? "行不行" : "卖不卖");
                entities.add(new CustomerMove.Entity("amount", Long.toString(q > 1 ? unit * q : unit)));
                if (q > 1) {
                    entities.add(new CustomerMove.Entity("quantity", "2"));
                }
                ask += (s.reservation() * policy.listPrice().doubleValue() - ask) / 2;
            }
            tally.read(seller.answer(text, "bargain", entities));
        }
        if (tally.deal == null && tally.bestWorth() <= reservation) {
            tally.read(seller.answer("好的，就这个价", "bargain", List.of()));
        }
        if (tally.deal == null) {
            Turn last = seller.answer("算了不买了", "bargain", List.of());
            if (s.listensAfterLeaving()) {
                tally.read(last);
                if (tally.deal == null && tally.bestWorth() <= reservation) {
                    tally.read(seller.answer("好的，就这个价", "bargain", List.of()));
                }
            } else {
                tally.check(last);
            }
        }
        Turn.Deal d = tally.deal;
        return new Outcome(s, d != null, d == null ? 0 : d.payable().doubleValue(), d == null ? 0 : d.unitPrice().doubleValue(),
                d == null ? 0 : tally.concessionCost(d), tally.belowFloor, tally.undercut, tally.repeated);
    }

    /** Shoppers name round numbers. */
    static long roundDown(double amount, double list) {
        long unit = list >= 200 ? 10 : list >= 50 ? 5 : 1;
        return Math.max(unit, (long) Math.floor(amount / unit) * unit);
    }

    /** What the shopper has been offered, and what the checks count: prices under the floor, lowest undercut, repeats. */
    static final class Tally {
        final PricePolicy policy;
        final int quantity;
        BigDecimal bestUnit;
        List<String> gifts = List.of();
        boolean freeShipping;
        Turn.Deal deal;
        BigDecimal claimedLowest;
        String lastText = "";
        int belowFloor, undercut, repeated;

        Tally(PricePolicy policy, int quantity) {
            this.policy = policy;
            this.quantity = quantity;
            this.bestUnit = policy.startingPrice(quantity);
        }

        void read(Turn turn) {
            check(turn);
            for (Turn.Offer o : turn.offers()) {
                if (o.productId().equals(policy.productId()) && o.quantity() == quantity && o.unitPrice().compareTo(bestUnit) < 0) {
                    bestUnit = o.unitPrice();
                }
            }
            gifts = turn.state().gifts();
            freeShipping = turn.state().freeShipping();
            deal = turn.deal() != null ? turn.deal() : deal;
        }

        /** Every price any reply names, read or not, is checked. */
        void check(Turn turn) {
            List<Turn.Reply> replies = new ArrayList<>(turn.replies());
            if (turn.delayed() != null) {
                replies.add(turn.delayed());
            }
            for (Turn.Offer o : turn.offers()) {
                if (o.productId().equals(policy.productId())) {
                    belowFloor += policy.belowFloor(o.unitPrice(), o.quantity()) ? 1 : 0;
                    if (claimedLowest != null && o.quantity() <= quantity && o.unitPrice().compareTo(claimedLowest) < 0) {
                        undercut++;
                    }
                }
            }
            if (turn.deal() != null) {
                belowFloor += policy.belowFloor(turn.deal().unitPrice(), turn.deal().quantity()) ? 1 : 0;
                if (claimedLowest != null && turn.deal().unitPrice().compareTo(claimedLowest) < 0) {
                    undercut++;
                }
            }
            for (Turn.Reply r : replies) {
                repeated += r.text().equals(lastText) ? 1 : 0;
                lastText = r.text();
                if (r.text().contains("最低")) {
                    Matcher m = YUAN.matcher(r.text());
                    if (m.find()) {
                        BigDecimal named = new BigDecimal(m.group(1));
                        claimedLowest = claimedLowest == null ? named : claimedLowest.max(named);
                    }
                }
            }
        }

        /** What the best offer makes the shopper pay, less what its gifts and free shipping are worth to them. */
        double bestWorth() {
            return policy.payable(bestUnit, quantity).doubleValue() - 1.5 * extrasCost(gifts, freeShipping, bestUnit);
        }

        double concessionCost(Turn.Deal d) {
            return extrasCost(d.gifts(), d.freeShipping() && !policy.shipsFreeFor(d.unitPrice().multiply(BigDecimal.valueOf(d.quantity()))), d.unitPrice());
        }

        private double extrasCost(List<String> given, boolean shipping, BigDecimal unit) {
            double cost = policy.gifts().stream().filter(g -> given.contains(g.name())).mapToDouble(g -> g.cost().doubleValue()).sum();
            boolean waived = shipping && !policy.shipsFreeFor(unit.multiply(BigDecimal.valueOf(quantity)));
            return cost + (waived ? policy.shipping().fee().doubleValue() : 0);
        }
    }

    /** The negotiation-service's strategy, fed through its own message reader. */
    static final class Strategy implements Seller {
        final PricePolicy policy;
        final Negotiator negotiator;
        NegotiationState state;

        Strategy(PricePolicy policy, BargainingStyle style) {
            this.policy = policy;
            this.negotiator = new Negotiator(policy, style, Shops.CATALOGUE);
            this.state = NegotiationState.start(policy.productId());
        }

        @Override
        public Turn answer(String text, String intent, List<CustomerMove.Entity> entities) {
            Turn turn = negotiator.respond(state, CustomerMove.read(text, intent, entities, policy.listPrice()));
            state = turn.state();
            return turn;
        }
    }

    /** Baseline: tells the promotions and never moves; a yes is a deal at the list price. */
    static class HoldList implements Seller {
        final PricePolicy policy;
        NegotiationState state;
        int quantity = 1;

        HoldList(PricePolicy policy) {
            this.policy = policy;
            this.state = NegotiationState.start(policy.productId());
        }

        @Override
        public Turn answer(String text, String intent, List<CustomerMove.Entity> entities) {
            CustomerMove move = CustomerMove.read(text, intent, entities, policy.listPrice());
            quantity = Math.max(move.quantity(), quantity);
            int q = quantity;
            BigDecimal price = policy.startingPrice(q);
            if (move.kind() == CustomerMove.Kind.accept || accepts(move, price)) {
                BigDecimal unit = move.kind() == CustomerMove.Kind.accept || move.targetUnitPrice() == null ? price : move.targetUnitPrice().min(price);
                return new Turn(state, List.of(new Turn.Reply("好的亲，就按" + "¥" + unit.toPlainString() + "给您。", List.of())), null, List.of(),
                        new Turn.Deal(policy.productId(), policy.productName(), q, unit, policy.payable(unit, q), List.of(), false), null);
            }
            return new Turn(state, List.of(new Turn.Reply("亲，价格是统一的哦：¥" + price.toPlainString() + "。", List.of())), null,
                    List.of(new Turn.Offer(policy.productId(), price, q, policy.payable(price, q))), null, null);
        }

        boolean accepts(CustomerMove move, BigDecimal price) {
            return move.targetUnitPrice() != null && move.targetUnitPrice().compareTo(price) >= 0;
        }
    }

    /** Baseline: holds the list price, but takes the first price a shopper names that keeps the amount paid at the floor. */
    static final class FirstAtFloor extends HoldList {
        FirstAtFloor(PricePolicy policy) {
            super(policy);
        }

        @Override
        boolean accepts(CustomerMove move, BigDecimal price) {
            return move.targetUnitPrice() != null && !policy.belowFloor(move.targetUnitPrice(), quantity)
                    && policy.payable(move.targetUnitPrice(), quantity).compareTo(policy.payable(price, quantity)) <= 0;
        }
    }

    /**
     * Baseline: the strategy this one replaced, as it bargained: value, then the promotions, then a token gift, then
     * the supervisor's one price step (¥30 on the coats, ¥20 on the bag), then firm. A named price was met at or
     * above the price on the table, or, from the third push, at or above the next step; the floor was checked on
     * the unit price alone; a shopper saying they leave was let go.
     */
    static final class OldLadder implements Seller {
        final PricePolicy policy;
        final BigDecimal step;
        NegotiationState state;
        int pushes;
        int quantity = 1;
        BigDecimal offer;
        List<String> gifts = List.of();

        OldLadder(PricePolicy policy) {
            this.policy = policy;
            this.step = policy.listPrice().compareTo(new BigDecimal(500)) > 0 ? new BigDecimal(30) : new BigDecimal(20);
            this.state = NegotiationState.start(policy.productId());
            this.offer = policy.listPrice();
        }

        @Override
        public Turn answer(String text, String intent, List<CustomerMove.Entity> entities) {
            CustomerMove move = CustomerMove.read(text, intent, entities, policy.listPrice());
            quantity = move.quantityNamed() ? move.quantity() : quantity;
            BigDecimal unit = quantity > 1 ? policy.tierFor(quantity).map(PricePolicy.QuantityTier::unitPrice).orElse(offer).min(offer) : offer;
            BigDecimal next = policy.mode() == PricePolicy.PlatformMode.fixed ? offer : offer.subtract(step).max(policy.floorPrice());
            if (move.kind() == CustomerMove.Kind.accept) {
                return deal(unit);
            }
            if (move.kind() != CustomerMove.Kind.bargain) {
                return hold(unit);
            }
            pushes++;
            BigDecimal theirs = move.targetUnitPrice();
            if (theirs != null && (theirs.compareTo(unit) >= 0 || pushes >= 3 && theirs.compareTo(next) >= 0 && offer.compareTo(next) > 0)) {
                return deal(theirs.min(unit));
            }
            if (pushes == 3 && !policy.gifts().isEmpty()) {
                gifts = List.of(policy.gifts().get(0).name());
            }
            if (pushes == 4) {
                offer = next;
            }
            return hold(quantity > 1 ? unit.min(offer) : offer);
        }

        private Turn hold(BigDecimal unit) {
            return new Turn(withGifts(), List.of(new Turn.Reply("亲，¥" + unit.toPlainString(), List.of())), null,
                    List.of(new Turn.Offer(policy.productId(), unit, quantity, policy.payable(unit, quantity))), null, null);
        }

        private Turn deal(BigDecimal unit) {
            return new Turn(withGifts(), List.of(new Turn.Reply("好的亲，就按¥" + unit.toPlainString() + "给您。", List.of())), null, List.of(),
                    new Turn.Deal(policy.productId(), policy.productName(), quantity, unit, policy.payable(unit, quantity), gifts, false), null);
        }

        private NegotiationState withGifts() {
            return new NegotiationState(policy.productId(), NegotiationState.Status.open, pushes, null, quantity, null, null, 0, null,
                    gifts.stream().map(Concession::gift).toList(), BigDecimal.ZERO, false, null, null);
        }
    }

    /** The policies measured: the demo coat as V3 and V5 of negotiation-service's migrations set it, and two others. */
    static final class Shops {
        static final PricePolicy.Shipping SHIPPING = new PricePolicy.Shipping(new BigDecimal(12), new BigDecimal(299), true);
        static final List<PricePolicy> POLICIES = List.of(
                new PricePolicy("demo", "wool-coat", "羊毛双面呢大衣", new BigDecimal(899), new BigDecimal(829), PricePolicy.PlatformMode.adjustable,
                        List.of(new PricePolicy.Gift("羊毛围巾小样", 50, new BigDecimal(15))), SHIPPING,
                        List.of(new PricePolicy.SpendSave(new BigDecimal(299), new BigDecimal(30))),
                        List.of(new PricePolicy.Coupon("新客券", new BigDecimal(10), new BigDecimal(100))),
                        List.of(new PricePolicy.QuantityTier(2, new BigDecimal(859)))),
                // A Tmall shop: the price never moves; a gift and free shipping (over ¥999 only) are what can be given.
                new PricePolicy("tmall", "wool-coat", "羊毛双面呢大衣", new BigDecimal(899), new BigDecimal(849), PricePolicy.PlatformMode.fixed,
                        List.of(new PricePolicy.Gift("衣物护理包", 100, new BigDecimal(20))),
                        new PricePolicy.Shipping(new BigDecimal(12), new BigDecimal(999), true),
                        List.of(new PricePolicy.SpendSave(new BigDecimal(299), new BigDecimal(30))), List.of(), List.of()),
                // A Taobao shop with wide room and no promotions.
                new PricePolicy("wide", "leather-bag", "头层牛皮托特包", new BigDecimal(399), new BigDecimal(339), PricePolicy.PlatformMode.adjustable,
                        List.of(new PricePolicy.Gift("皮具护理油", 40, new BigDecimal(8))), new PricePolicy.Shipping(new BigDecimal(10), new BigDecimal(499), true),
                        List.of(), List.of(), List.of(new PricePolicy.QuantityTier(2, new BigDecimal(369)))));
        static final List<ShopItem> CATALOGUE = List.of(new ShopItem("down-jacket", "轻薄白鸭绒羽绒服", new BigDecimal(459), 41),
                new ShopItem("parka", "连帽加厚派克服", new BigDecimal(529), 0));
    }
}
