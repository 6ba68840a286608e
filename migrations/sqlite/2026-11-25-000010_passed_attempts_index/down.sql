DROP INDEX attempts_passed;
