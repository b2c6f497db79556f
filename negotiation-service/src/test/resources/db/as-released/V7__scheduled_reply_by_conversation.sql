-- Every bargaining message first releases what its conversation still waits for (the supervisor's answer):
-- found by conversation, not by the time it falls due.
create index scheduled_reply_conversation on scheduled_reply (conversation_id);
