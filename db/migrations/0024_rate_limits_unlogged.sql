-- Abuse-limit counters are written on every API request. Unlogged, their writes skip the WAL and the
-- commit's flush to disk (about a millisecond a request here), while every node still shares them. A
-- crash or a failover to a standby empties them: allowances start afresh, which only errs towards letting
-- a client through for one window.
ALTER TABLE "rate_limits" SET UNLOGGED;
