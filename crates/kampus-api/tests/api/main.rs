//! End-to-end tests of the HTTP API: the real application on 127.0.0.1:0, on the backend
//! that `KAMPUS_TEST_DATABASE_URL` names (SQLite by default), a fresh database per test.
//! One test binary for the crate keeps the build small.

mod accounts;
mod admin_lrs_pages;
mod admin_people_pages;
mod admin_records_pages;
mod assessments;
mod audit;
mod auth;
mod certificate_access;
mod certificate_mail;
mod certificates;
mod cli;
mod courses;
mod funder_report;
mod health;
mod helpers;
mod learning_extras;
mod mail;
mod openapi;
mod pages;
mod problems;
mod published_content;
mod publishing;
mod publishing_pages;
mod reports;
mod reports_assessments;
mod reports_gain;
mod reports_replica;
mod security;
mod seed_courses;
mod smtp_sink;
mod staff_pages;
mod text_safety;
mod translation_exchange;
mod two_nodes;
mod walkthrough;
mod xapi_access;
mod xapi_events;
