-- PostgreSQL records a lesson event with a function (same migration there); SQLite runs the
-- statements of `kampus_store::progress::record` in process, where each costs no round trip.
-- This migration keeps the two histories in step.
SELECT 1;
