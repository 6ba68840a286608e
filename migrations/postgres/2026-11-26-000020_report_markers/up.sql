-- Reports (issue 8): what the application has done once and need not check again at every
-- start. 'attempts-summarized': every graded attempt had its summary when the catch-up last
-- ran (since then the store summarizes each attempt as it is graded), so a start need not
-- search 650,000 attempts for missing ones (about 20 s at 100,000 learners).
CREATE TABLE report_markers (
    name TEXT PRIMARY KEY NOT NULL
);
