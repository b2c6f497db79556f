package com.dianxiaoer.greeting.domain;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.nlu.Classification;
import com.dianxiaoer.nlu.Intent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The front desk's decision for one customer message. The first message of a conversation always gets the
 * shop's welcome at once, because the first shop to answer wins the customer; what follows depends on who
 * owns the intent. While a person has the conversation, the bot says nothing at all.
 */
public final class FrontDesk {
    private static final List<Intent> COMMON_QUESTIONS =
            List.of(Intent.stock, Intent.shipping_time, Intent.promotion, Intent.human_agent);

    private final ShopProfile shop;
    private final Catalogue catalogue;
    private final Instant now;

    public FrontDesk(ShopProfile shop, Catalogue catalogue, Instant now) {
        this.shop = shop;
        this.catalogue = catalogue;
        this.now = now;
    }

    public Decision decide(ConversationState state, Classification reading, String customerText) {
        Optional<Product> named = catalogue.mentionedIn(customerText);
        String productId = named.map(Product::id).orElse(state.productId());
        if (state.stage() == Stage.human) {
            return new Decision(List.of(), List.of(), Stage.human, productId, reading.intent());
        }
        Optional<Product> product =
                named.or(() -> Optional.ofNullable(state.productId()).flatMap(catalogue::byId));
        List<Reply> replies = new ArrayList<>();
        Understanding understood = Understanding.of(state, reading, customerText, named);
        reading = understood.reading();
        Intent intent = reading.intent();
        String text = understood.text();
        // A conversation the shop opened (the address check after payment) has had its greeting.
        boolean welcomeNow = !state.welcomed() && state.lastReply() == null;
        if (welcomeNow) {
            replies.add(
                    Routing.ownerOf(intent) == Stage.aftersales ? Welcome.toAComplaint(shop) : Welcome.compose(shop));
        }
        boolean tappedStageButton = isStage(state.stage())
                && state.lastQuickReplies().contains(customerText.strip())
                && !asksAnotherStage(state.stage(), intent);
        boolean answersTheStage =
                intent == Intent.acknowledgement || tappedStageButton || answersTheStage(state, reading, customerText);
        // A second request ("有货吗 能便宜点吗") is answered here or handed to its stage right after the first, never dropped.
        Intent second = answersTheStage ? null : reading.secondary();
        if (second != null && complainsAboutTheProduct(intent, second)) {
            // "毛衣穿了起疹子" names the product as a fact of the complaint: after-sales takes it, no size answer beside.
            intent = Routing.ownerOf(intent) == Stage.aftersales ? intent : second;
            second = null;
        }
        Stage owner = answersTheStage ? state.stage() : Routing.ownerOf(intent);
        List<Decision.Route> routes = new ArrayList<>();
        Stage after = state.stage();
        if (owner == Stage.negotiation
                && intent == Intent.promotion
                && product.isEmpty()
                && shop.promotion() != null
                && !shop.promotion().isBlank()
                && SHOP_PROMOTIONS.matcher(text).find()) {
            // The shop's own promotions need no product; the prices after them do, and the buttons ask which.
            replies.add(ProductAnswers.shopPromotion(shop, catalogue));
            return new Decision(replies, List.of(), state.stage(), productId, intent);
        }
        switch (owner) {
            case negotiation, order, aftersales -> {
                routes.add(new Decision.Route(owner, intent));
                after = owner;
            }
            case human -> {
                replies.add(Handoff.requested(shop, now));
                return new Decision(replies, List.of(), Stage.human, productId, intent);
            }
            default ->
                answerAtFrontDesk(intent, reading, text, named, product, welcomeNow)
                        .ifPresent(replies::add);
        }
        if (second != null) {
            Stage secondOwner = Routing.ownerOf(second);
            if (isStage(secondOwner) && secondOwner != owner) {
                routes.add(new Decision.Route(secondOwner, second));
                after = routes.get(0).stage();
            } else if (secondOwner == Stage.greeting
                    && second != intent
                    && (product.isPresent()
                            || !Understanding.FRONT_DESK_QUESTIONS.contains(second)
                            || !Understanding.FRONT_DESK_QUESTIONS.contains(intent))) {
                // Without a product, the first question has asked "哪一款呢?" already: once is enough.
                answerAtFrontDesk(second, reading, customerText, named, product, false)
                        .ifPresent(replies::add);
            }
        }
        return new Decision(replies, routes, after, productId, intent);
    }

    /** "有什么活动", "有券吗": the shop's own promotions, as against a product's price ("多少钱"), which needs the product. */
    private static final Pattern SHOP_PROMOTIONS = Pattern.compile("活动|优惠|券|满减|促销");
    /** A photo link, or "no photo": only after-sales asks for one. */
    private static final Pattern PHOTO_ANSWER = Pattern.compile("https?://|(没有|没法|拍不了|发不了|不方便)(拍)?(照片|图)|照片");
    /** "什么时候给我答复": the answer a case was promised. */
    private static final Pattern ASKS_FOR_THE_ANSWER =
            Pattern.compile("(什么时候|啥时候|多久|几点).{0,6}(答复|回复|结果|处理好|解决)|有结果了吗|处理得怎么样|进展");
    /** "4分 满意": a rating, which only after-sales asks for. */
    private static final Pattern SCORE = Pattern.compile("^\\s*[1-5]\\s*分");

    private static final Set<String> FACTS = Set.of("order_number", "tracking_number", "phone");

    private Optional<Reply> answerAtFrontDesk(
            Intent intent,
            Classification reading,
            String text,
            Optional<Product> named,
            Optional<Product> product,
            boolean welcomedNow) {
        if (product.isPresent() && intent != Intent.stock && ProductAnswers.asksAboutPhotos(text)) {
            return Optional.of(ProductAnswers.photos(product.get()));
        }
        return switch (intent) {
            case greeting ->
                welcomedNow ? Optional.empty() : Optional.of(Reply.of("亲，我在的～请问有什么可以帮您的呢？", intent.name()));
            case acknowledgement ->
                welcomedNow
                        ? Optional.empty()
                        : Optional.of(Reply.of("好的亲～还有想了解的随时问我，款式、尺码、库存我都可以帮您看。", intent.name()));
            case goodbye_thanks -> Optional.of(Reply.of("不客气哦亲，感谢您的支持！有需要随时来找我，祝您生活愉快～", intent.name()));
            case stock ->
                Optional.of(product.map(p -> ProductAnswers.stock(p, shop, catalogue, text))
                        .orElseGet(() -> ProductAnswers.askWhichProduct(intent.name(), catalogue)));
            case size_spec ->
                Optional.of(product.map(p -> ProductAnswers.sizeAndSpec(p, text))
                        .orElseGet(() -> ProductAnswers.askWhichProduct(intent.name(), catalogue)));
            case authenticity ->
                Optional.of(product.map(ProductAnswers::authenticity)
                        .orElseGet(() -> ProductAnswers.askWhichProduct(intent.name(), catalogue)));
            default -> Optional.of(named.map(ProductAnswers::introduce).orElseGet(() -> clarify(reading)));
        };
    }

    /**
     * A stage that owns the conversation asked for something (an order number, a photo link, a new address): a
     * message the classifier cannot place, or one carrying such facts, is the customer's answer to it, not a new
     * question for the front desk. A message torn between two intents is still put to the customer.
     */
    private static boolean answersTheStage(ConversationState state, Classification reading, String text) {
        if (state.stage() == Stage.aftersales
                && (SCORE.matcher(text).find()
                        || PHOTO_ANSWER.matcher(text).find()
                        || ASKS_FOR_THE_ANSWER.matcher(text).find())) {
            return true;
        }
        if (!isStage(state.stage()) || reading.intent() != Intent.other) {
            return false;
        }
        boolean carriesFacts =
                text.contains("http") || reading.entities().stream().anyMatch(e -> FACTS.contains(e.type()));
        return carriesFacts || reading.alternatives().isEmpty();
    }

    /**
     * A stage's button that asks for another stage's work ("怎么付款" under a deal, "转人工" anywhere) goes where it
     * asks; the stage's other buttons ("确认，地址没问题", "没有照片，先帮我处理") answer the stage that offered them.
     */
    private static boolean asksAnotherStage(Stage offeredBy, Intent intent) {
        Stage owner = Routing.ownerOf(intent);
        return owner != offeredBy && (owner == Stage.human || isStage(owner));
    }

    private static boolean complainsAboutTheProduct(Intent first, Intent second) {
        Stage a = Routing.ownerOf(first);
        Stage b = Routing.ownerOf(second);
        return a == Stage.aftersales && Understanding.FRONT_DESK_QUESTIONS.contains(second)
                || b == Stage.aftersales && Understanding.FRONT_DESK_QUESTIONS.contains(first);
    }

    static boolean isStage(Stage stage) {
        return stage == Stage.negotiation || stage == Stage.order || stage == Stage.aftersales;
    }

    /** The customer is asked to choose rather than being guessed at: a two-way choice where there is one. */
    private static Reply clarify(Classification reading) {
        List<Intent> candidates = Understanding.choices(reading).stream()
                .map(Classification.Scored::intent)
                .toList();
        if (candidates.size() == 2) {
            List<String> choices = candidates.stream().map(Routing::askPhrase).toList();
            return new Reply(
                    "亲，想跟您确认一下，您是想问「" + choices.get(0) + "」还是「" + choices.get(1) + "」呢？点一下下面的按钮就好～", "other", choices);
        }
        return new Reply(
                "不好意思亲，我没太理解您的意思，能换个说法再说一次吗？也可以点下面的常见问题，或者转人工客服哦～",
                "other",
                COMMON_QUESTIONS.stream().map(Routing::askPhrase).toList());
    }
}
