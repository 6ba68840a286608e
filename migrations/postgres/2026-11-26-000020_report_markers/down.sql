DROP TABLE report_markers;
