-- Phone lookups without the GIN pending list (issue 4 part 8). With fastupdate, new entries wait in an
-- unsorted pending list that every search reads from start to end until VACUUM merges it (up to 4 MB):
-- the recognition lookup (phones @> {+86…}) and the import's duplicate check (one probe per phone)
-- slowed from microseconds to milliseconds per probe after a bulk import. A record has 1 or 2 phones,
-- so writing them straight into the index costs little.
ALTER INDEX customers_phones_idx SET (fastupdate = off);
ALTER INDEX customer_contacts_phones_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('customers_phones_idx'::regclass);
SELECT gin_clean_pending_list('customer_contacts_phones_idx'::regclass);
