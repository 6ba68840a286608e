//! A certificate's PDF as the API makes it for each download and each email: the snapshot
//! read, every label formatted from the Fluent catalog, the page laid out and written.
//! Target (issue 7): median under 20 ms per certificate.

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use kampus_store::certificates::Certificate;
use kampus_usecases::certificates::facts::CertificateFacts;
use kampus_usecases::i18n::Catalog;

fn certificate(locale: &str, holder: &str, title: &str) -> Certificate {
    let outcomes: Vec<String> = (1..=6)
        .map(|n| format!("{n}. {title}: a learning outcome long enough to wrap over the width of the page once or twice, as real ones do."))
        .collect();
    let facts = CertificateFacts {
        holder_name: holder.into(),
        institution: Some("Ministry of Interior".into()),
        locale: locale.into(),
        course_id: "migration-and-gender".into(),
        course_title: title.into(),
        course_title_en: "Migration and Gender".into(),
        hours: 40.0,
        credits: Some(2.5),
        level: "intermediate".into(),
        eqf_level: Some(6),
        outcomes_en: outcomes.clone(),
        outcomes,
        completed_on: NaiveDate::from_ymd_opt(2026, 11, 25).expect("date"),
        final_score: Some(86.5),
        issuer: kampus_api::config::DEFAULT_ISSUER.into(),
    };
    let issued_at = NaiveDate::from_ymd_opt(2026, 11, 25)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("time");
    Certificate {
        id: "0193d0e2-0000-7000-8000-000000000001"
            .parse()
            .expect("an id"),
        enrollment_id: "e".into(),
        user_id: kampus_store::UserId::new(),
        course_id: "migration-and-gender".into(),
        serial: "KMP-2026-000123".into(),
        year: 2026,
        sequence: 123,
        verification_code: "7K3M-Q9XD-T2WA-B4RN".into(),
        snapshot: serde_json::to_string(&facts).expect("json"),
        issued_at,
        revoked_at: None,
        revocation_reason: None,
        replaced_by: None,
        status_index: 1,
        credential: None,
    }
}

fn bench(c: &mut Criterion) {
    let catalog = Catalog::embedded().expect("catalog");
    let samples = [
        ("mk", "Јована Стојановска", "Миграција и род"),
        ("sr-Cyrl", "Љубиша Ђорђевић", "Миграције и развој"),
        ("sq", "Ëngjëll Çela", "Migracioni dhe gjinia"),
    ];
    for (locale, holder, title) in samples {
        let certificate = certificate(locale, holder, title);
        c.bench_function(&format!("certificate pdf ({locale})"), |b| {
            b.iter(|| {
                kampus_usecases::certificates::pdf::render(
                    &catalog,
                    "https://kampus.example.org",
                    &certificate,
                )
                .expect("pdf")
            });
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
