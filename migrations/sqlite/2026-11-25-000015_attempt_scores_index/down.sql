DROP INDEX attempts_scores;
