-- The confidence of the check-in before a key result's latest, kept on the key result so
-- that the gaps of a whole cycle (a fall in confidence is one of their signs) are read
-- without looking at every key result's check-ins. Kept up to date with each check-in.
alter table key_result add column previous_confidence integer;

update key_result set previous_confidence = (
	select c.confidence from check_in c where c.key_result_id = key_result.id
	order by c.created_at desc, c.id desc limit 1 offset 1);
