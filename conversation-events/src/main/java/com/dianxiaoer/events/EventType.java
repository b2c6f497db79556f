package com.dianxiaoer.events;

import com.dianxiaoer.events.payload.AddressChanged;
import com.dianxiaoer.events.payload.BotReplied;
import com.dianxiaoer.events.payload.ComplaintEscalated;
import com.dianxiaoer.events.payload.ComplaintOpened;
import com.dianxiaoer.events.payload.ComplaintResolved;
import com.dianxiaoer.events.payload.ConversationOpened;
import com.dianxiaoer.events.payload.CustomerMessageReceived;
import com.dianxiaoer.events.payload.DealAgreed;
import com.dianxiaoer.events.payload.ErasureCompleted;
import com.dianxiaoer.events.payload.ErasureRequested;
import com.dianxiaoer.events.payload.HandoffChanged;
import com.dianxiaoer.events.payload.MessageRouted;
import com.dianxiaoer.events.payload.NegotiationEnded;
import com.dianxiaoer.events.payload.OrderChanged;
import com.dianxiaoer.events.payload.ProductChanged;
import com.dianxiaoer.events.payload.SatisfactionRecorded;
import com.dianxiaoer.events.payload.ShopTaskRequested;
import com.dianxiaoer.events.payload.StageChanged;
import java.util.Arrays;

/** The registry of event types: name on the wire, payload class, and the current schema version. */
public enum EventType {
    ConversationOpened(ConversationOpened.class, 1),
    CustomerMessageReceived(CustomerMessageReceived.class, 1),
    MessageRouted(MessageRouted.class, 1),
    BotReplied(BotReplied.class, 1),
    StageChanged(StageChanged.class, 1),
    DealAgreed(DealAgreed.class, 1),
    NegotiationEnded(NegotiationEnded.class, 1),
    OrderChanged(OrderChanged.class, 1),
    AddressChanged(AddressChanged.class, 1),
    ComplaintOpened(ComplaintOpened.class, 1),
    ComplaintEscalated(ComplaintEscalated.class, 1),
    ComplaintResolved(ComplaintResolved.class, 1),
    SatisfactionRecorded(SatisfactionRecorded.class, 1),
    ProductChanged(ProductChanged.class, 1),
    HandoffChanged(HandoffChanged.class, 1),
    ShopTaskRequested(ShopTaskRequested.class, 1),
    ErasureRequested(ErasureRequested.class, 1),
    ErasureCompleted(ErasureCompleted.class, 1);

    private final Class<? extends Payload> payloadClass;
    private final int schemaVersion;

    EventType(Class<? extends Payload> payloadClass, int schemaVersion) {
        this.payloadClass = payloadClass;
        this.schemaVersion = schemaVersion;
    }

    public Class<? extends Payload> payloadClass() {
        return payloadClass;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** Classpath location of this type's JSON Schema (the full envelope with this payload). */
    public String schemaResource() {
        return "/schemas/" + name() + ".v" + schemaVersion + ".json";
    }

    public static EventType of(Payload payload) {
        return Arrays.stream(values())
                .filter(t -> t.payloadClass == payload.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unregistered payload " + payload.getClass()));
    }

    public static EventType named(String name) {
        return Arrays.stream(values())
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new UnknownEventTypeException(name));
    }
}
