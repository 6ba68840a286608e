DROP INDEX attempts_open;
