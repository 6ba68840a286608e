//! How long one certificate takes to render (target: median under 20 ms in release).
//!
//! `cargo bench -p kampus-pdf`. The first render in a process also parses the embedded
//! fonts; criterion's warm-up absorbs that, so the figures are for the steady state.

use criterion::{Criterion, criterion_group, criterion_main};
use kampus_pdf::CertificateText;

fn sample() -> CertificateText {
    let outcome = "Ги применува меѓународните и националните стандарди за заштита на барателите \
                   на азил и мигрантите во секојдневната работа";
    CertificateText {
        lang: "mk".into(),
        document_title: "Сертификат KMP-2026-000123".into(),
        issuer: "Регионален центар за обука за миграции, Пландиште".into(),
        title: "Сертификат за завршена обука".into(),
        certifies: "Со ова се потврдува дека".into(),
        holder_name: "Јована Стојановска".into(),
        institution: Some("Министерство за внатрешни работи".into()),
        completed: "успешно го заврши курсот".into(),
        course_title: "Одговорно управување со миграциите: заштита на правата на луѓето во движење"
            .into(),
        details: vec![
            "40 часа".into(),
            "2 ЕКТС-кредити".into(),
            "ЕРК ниво 6".into(),
            "Завршено на 25 ноември 2026".into(),
            "Завршна проценка: 86 %".into(),
        ],
        outcomes_heading: "Резултати од учењето".into(),
        outcomes: (1..=8).map(|i| format!("{outcome} ({i}).")).collect(),
        english: Some(
            "Jovana Stojanovska has completed the course “Responsible migration management: \
             protecting the rights of people on the move” (40 hours) on 25 November 2026, issued \
             by Regional Migration Training Centre, Plandište."
                .into(),
        ),
        serial: "Сериски број: KMP-2026-000123".into(),
        code: "Код за проверка: 7K3M-Q9XD-T2WA-B4RN".into(),
        verify_hint: "Проверете го сертификатот на".into(),
        verify_url: "https://kampus.example.org/verify/7K3M-Q9XD-T2WA-B4RN".into(),
        revoked: None,
    }
}

fn render(c: &mut Criterion) {
    let text = sample();
    c.bench_function("render certificate (mk, 8 outcomes)", |b| {
        b.iter(|| kampus_pdf::render(std::hint::black_box(&text)).expect("renders"));
    });
    let revoked = CertificateText {
        revoked: Some("ПОНИШТЕН на 3 декември 2026: издаден по грешка".into()),
        ..sample()
    };
    c.bench_function("render revoked certificate (mk)", |b| {
        b.iter(|| kampus_pdf::render(std::hint::black_box(&revoked)).expect("renders"));
    });
}

criterion_group!(benches, render);
criterion_main!(benches);
