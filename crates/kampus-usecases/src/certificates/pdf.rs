//! A certificate as a PDF: the facts kept at issuance, labelled in the holder's language at
//! issuance (`locales/<tag>/certificate.ftl`), with an English paragraph for international use
//! and a QR code of its public verification page. The same certificate always gives the same
//! bytes; a revoked one says so across the page.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentArgs;
use kampus_content::Locale;
use kampus_pdf::CertificateText;
use kampus_store::StoreError;
use kampus_store::certificates::Certificate;

use super::facts::CertificateFacts;
use super::mail::verify_url;
use crate::i18n::Catalog;

#[derive(Debug, thiserror::Error)]
pub enum CertificatePdfError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("rendering certificate {serial}: {source}")]
    Render {
        serial: String,
        source: kampus_pdf::PdfError,
    },
}

/// The PDF of a certificate.
pub fn render(
    catalog: &Catalog,
    public_url: &str,
    certificate: &Certificate,
) -> Result<Vec<u8>, CertificatePdfError> {
    let facts = CertificateFacts::of(certificate)?;
    let text = text_of(catalog, public_url, certificate, &facts);
    kampus_pdf::render(&text).map_err(|source| CertificatePdfError::Render {
        serial: certificate.serial.clone(),
        source,
    })
}

/// The file name a download or an attachment gets.
pub fn file_name(certificate: &Certificate) -> String {
    format!("{}.pdf", certificate.serial)
}

fn text_of(
    catalog: &Catalog,
    public_url: &str,
    certificate: &Certificate,
    facts: &CertificateFacts,
) -> CertificateText {
    // A snapshot holds a supported tag; English is the safe reading of anything else.
    let locale = facts.locale.parse().unwrap_or(Locale::En);
    let say = |key: &str, args: &[(&str, FluentArgValue<'_>)]| {
        catalog.message(locale, key, Some(&fluent_args(args)))
    };
    let completed_on = written_date(catalog, locale, facts.completed_on);
    // One fact an item: the PDF joins them and wraps only between them.
    let mut details = vec![say("certificate-hours", &[("hours", facts.hours.into())])];
    if let Some(credits) = facts.credits {
        details.push(say("certificate-credits", &[("credits", credits.into())]));
    }
    if let Some(level) = facts.eqf_level {
        details.push(say(
            "certificate-eqf",
            &[("level", f64::from(level).into())],
        ));
    }
    details.push(say(
        "certificate-completed-on",
        &[("date", completed_on.as_str().into())],
    ));
    if let Some(score) = facts.final_score {
        let rounded = (score * 10.0).round() / 10.0;
        details.push(say("certificate-final-score", &[("score", rounded.into())]));
    }
    let english = (locale != Locale::En).then(|| {
        catalog.message(
            Locale::En,
            "certificate-english",
            Some(&fluent_args(&[
                ("holder", facts.holder_name.as_str().into()),
                ("course", facts.course_title_en.as_str().into()),
                ("hours", facts.hours.into()),
                (
                    "date",
                    written_date(catalog, Locale::En, facts.completed_on)
                        .as_str()
                        .into(),
                ),
                ("issuer", facts.issuer.as_str().into()),
            ])),
        )
    });
    let revoked = certificate.revoked_at.map(|at| {
        say(
            "certificate-revoked",
            &[
                (
                    "date",
                    written_date(catalog, locale, at.date()).as_str().into(),
                ),
                (
                    "reason",
                    certificate
                        .revocation_reason
                        .as_deref()
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        )
    });
    CertificateText {
        lang: locale.tag().to_owned(),
        document_title: say(
            "certificate-document-title",
            &[("serial", certificate.serial.as_str().into())],
        ),
        issuer: facts.issuer.clone(),
        title: say("certificate-title", &[]),
        certifies: say("certificate-certifies", &[]),
        holder_name: facts.holder_name.clone(),
        institution: facts.institution.clone(),
        completed: say("certificate-completed", &[]),
        course_title: facts.course_title.clone(),
        details,
        outcomes_heading: say("certificate-outcomes", &[]),
        outcomes: facts.outcomes.clone(),
        english,
        serial: say(
            "certificate-serial",
            &[("serial", certificate.serial.as_str().into())],
        ),
        code: say(
            "certificate-code",
            &[("code", certificate.verification_code.as_str().into())],
        ),
        verify_hint: say("certificate-verify-hint", &[]),
        verify_url: verify_url(public_url, &certificate.verification_code),
        revoked,
    }
}

/// An argument for a label: text, or a number (so plurals work).
enum FluentArgValue<'a> {
    Text(&'a str),
    Number(f64),
}

impl<'a> From<&'a str> for FluentArgValue<'a> {
    fn from(text: &'a str) -> Self {
        FluentArgValue::Text(text)
    }
}

impl From<f64> for FluentArgValue<'_> {
    fn from(number: f64) -> Self {
        FluentArgValue::Number(number)
    }
}

fn fluent_args<'a>(args: &[(&'a str, FluentArgValue<'a>)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        match value {
            FluentArgValue::Text(text) => out.set(*name, *text),
            FluentArgValue::Number(number) => out.set(*name, *number),
        }
    }
    out
}

/// A date as written on a certificate in that language ("25 November 2026", "25. новембар 2026.").
fn written_date(catalog: &Catalog, locale: Locale, date: NaiveDate) -> String {
    let month = catalog.message(locale, &format!("certificate-month-{}", date.month()), None);
    let mut args = FluentArgs::new();
    args.set("day", date.day().to_string());
    args.set("month", month);
    args.set("year", date.year().to_string());
    catalog.message(locale, "certificate-date", Some(&args))
}
