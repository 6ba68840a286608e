DROP TABLE certificate_events;
