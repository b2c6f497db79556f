-- The trace that wrote an outbox row, so the record the relay sends later joins it (conversation-messaging's Outbox).
alter table outbox add column trace_parent varchar(64);
