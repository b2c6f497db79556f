-- Which customer message a reply answers (the customer item's id, as the message's POST returned it): the widget and
-- the load benchmark match a reply to its question without guessing from the order of the transcript.
alter table transcript_item add column in_reply_to uuid;
