-- Member search matches a substring of the email or the name (ILIKE '%…%'), which no b-tree can serve:
-- at 75,000 users it read the whole users table (50 ms a search in `npm run bench`). Trigram indexes
-- answer it in under a millisecond. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner
-- may create it; PGlite loads it from its contrib bundle (db/embedded.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS users_email_trgm_idx ON users USING gin (email gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS users_name_trgm_idx ON users USING gin ((coalesce(name, '')) gin_trgm_ops);
