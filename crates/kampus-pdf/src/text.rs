//! The input: every string already localized by the caller (from the Fluent messages in
//! `locales/<tag>/certificate.ftl`), so this crate never formats numbers, dates or plurals.

/// The localized text of one certificate.
///
/// Strings should be in NFC (precomposed characters); there is no shaping, text is set left
/// to right glyph by glyph. Characters the embedded fonts lack show as an empty box.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct CertificateText {
    /// BCP 47 tag for the PDF `/Lang`, e.g. "mk", "sr-Cyrl", "sq".
    pub lang: String,
    /// PDF metadata title (`certificate-document-title`).
    pub document_title: String,
    /// The issuing institution, printed at the top.
    pub issuer: String,
    /// "Certificate of completion" (`certificate-title`).
    pub title: String,
    /// "This certifies that" (`certificate-certifies`).
    pub certifies: String,
    /// The learner's name.
    pub holder_name: String,
    /// The learner's institution, printed under the name when given.
    pub institution: Option<String>,
    /// "has successfully completed the course" (`certificate-completed`).
    pub completed: String,
    /// The course title.
    pub course_title: String,
    /// Short facts printed on one line, separated by a middle dot, e.g. "40 hours",
    /// "2 ECTS credits", "EQF level 6", "Completed on 25 November 2026".
    pub details: Vec<String>,
    /// "Learning outcomes" (`certificate-outcomes`); the heading is left out when there
    /// are no outcomes.
    pub outcomes_heading: String,
    /// The course's learning outcomes, one item each.
    pub outcomes: Vec<String>,
    /// One English paragraph for international use (`None` when the certificate is in
    /// English).
    pub english: Option<String>,
    /// "Serial number: KMP-2026-000123" (`certificate-serial`).
    pub serial: String,
    /// "Verification code: 7K3M-Q9XD-T2WA-B4RN" (`certificate-code`).
    pub code: String,
    /// "Check this certificate at" (`certificate-verify-hint`).
    pub verify_hint: String,
    /// The verification page, printed and encoded in the QR code.
    pub verify_url: String,
    /// When set, a red banner with this text (`certificate-revoked`) crosses the top of the
    /// page and the frame turns red.
    pub revoked: Option<String>,
}
