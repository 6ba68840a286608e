//! Writes a signed sample badge and status list, for checking them with an independent
//! verifier (`.ci/credential-verifier`).
//!
//! `cargo run -p kampus-badge --example sample -- <out-dir>` writes into `<out-dir>`:
//! `keys/` (the issuer key ring), `badge.json` (status index 7, not revoked),
//! `badge-revoked.json` (status index 42, revoked), `status-list.json` (bits 3 and 42 set), and
//! prints how long signing takes.

use std::path::PathBuf;
use std::time::Instant;

use chrono::{TimeZone, Utc};
use kampus_badge::{BadgeInput, KeyRing, StatusEntry, issue_badge, status_list_credential, verify};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "badge-sample".into()),
    );
    std::fs::create_dir_all(&out)?;
    let ring = KeyRing::load_or_create(&out.join("keys"))?;
    let key = ring.active();
    let list_url = "https://kampus.example/api/v1/credentials/status/1";
    let mut input = BadgeInput {
        credential_id: uuid::Uuid::parse_str("0192f0c4-7a3e-7cc1-8d2a-3f5e6b7c8d9e")?,
        issuer_name: "Kampus Training Centre".into(),
        issuer_url: "https://kampus.example/".into(),
        issued_at: Utc
            .with_ymd_and_hms(2025, 3, 14, 9, 30, 0)
            .single()
            .ok_or("date")?,
        holder_name: "Јелена Петровић".into(),
        holder_email: "Jelena.Petrovic@example.org".into(),
        achievement_id: "https://kampus.example/api/v1/courses/welding-basics".into(),
        course_title: "Основе заваривања".into(),
        description: "Safe MIG/MAG welding of steel plates, for beginners.".into(),
        learning_outcomes: vec![
            "Prepares plates and joints for welding.".into(),
            "Welds fillet joints in the PA and PB positions.".into(),
            "Applies the safety rules of the welding workshop.".into(),
        ],
        hours: 40.0,
        credits: Some(12.5),
        eqf_level: Some(3),
        field_of_study: Some("Welding".into()),
        language: Some("sr-Cyrl".into()),
        status: Some(StatusEntry {
            list_url: list_url.into(),
            index: 7,
        }),
    };
    let badge = issue_badge(&input, key)?;
    std::fs::write(
        out.join("badge.json"),
        serde_json::to_string_pretty(&badge)?,
    )?;
    input.status = Some(StatusEntry {
        list_url: list_url.into(),
        index: 42,
    });
    let revoked = issue_badge(&input, key)?;
    std::fs::write(
        out.join("badge-revoked.json"),
        serde_json::to_string_pretty(&revoked)?,
    )?;
    let list = status_list_credential(list_url, key, &[3, 42], input.issued_at)?;
    std::fs::write(
        out.join("status-list.json"),
        serde_json::to_string_pretty(&list)?,
    )?;

    let runs: u32 = 50;
    let started = Instant::now();
    for _ in 0..runs {
        issue_badge(&input, key)?;
    }
    let issue_time = started.elapsed() / runs;
    let started = Instant::now();
    for _ in 0..runs {
        verify(&badge)?;
    }
    let verify_time = started.elapsed() / runs;
    println!(
        "issuer {}\nwrote {}\nissue_badge (build + sign + self-verify): {issue_time:?} each; \
         verify: {verify_time:?} each; so signing alone ~{:?} ({runs} runs)",
        key.did(),
        out.display(),
        issue_time.saturating_sub(verify_time)
    );
    Ok(())
}
