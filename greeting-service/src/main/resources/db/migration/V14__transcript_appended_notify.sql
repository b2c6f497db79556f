-- Every instance's open streams hear of an item another instance appended at once (LISTEN transcript_appended), not
-- at their next periodic look: the payload is the conversation and the item's seq. NOTIFY is sent when the inserting
-- transaction commits, never for one that rolls back.
create function transcript_item_appended() returns trigger language plpgsql as $$
begin
    perform pg_notify('transcript_appended', new.conversation_id::text || ' ' || new.seq);
    return null;
end
$$;

create trigger transcript_item_appended after insert on transcript_item
    for each row execute function transcript_item_appended();
