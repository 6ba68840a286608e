DROP TABLE completions;
DROP TABLE survey_responses;
