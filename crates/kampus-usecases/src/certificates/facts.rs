//! The facts a certificate prints, gathered when it is issued and kept with it (its snapshot):
//! a later change of name, institution or course text never changes an issued certificate.

use chrono::{NaiveDate, NaiveDateTime};
use kampus_content::model::AssessmentKind;
use kampus_content::{LoadedCourse, Locale};
use kampus_store::enrollments::Enrollment;
use kampus_store::{DbConnection, StoreError, certificates, completion, institutions, users};
use serde::{Deserialize, Serialize};

use crate::context::Context;

/// See the module documentation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertificateFacts {
    /// The name as the holder gave it, in any script.
    pub holder_name: String,
    pub institution: Option<String>,
    /// The holder's language at issuance: the certificate is printed in it (with English).
    pub locale: String,
    pub course_id: String,
    pub course_title: String,
    pub course_title_en: String,
    pub hours: f64,
    /// ECTS credits, if the course carries them.
    pub credits: Option<f64>,
    pub level: String,
    pub eqf_level: Option<u8>,
    pub outcomes: Vec<String>,
    pub outcomes_en: Vec<String>,
    pub completed_on: NaiveDate,
    /// The best passing percentage of the final assessment, if the course has one.
    pub final_score: Option<f64>,
    pub issuer: String,
}

impl CertificateFacts {
    /// The facts kept with an issued certificate.
    pub fn of(certificate: &certificates::Certificate) -> Result<Self, StoreError> {
        serde_json::from_str(&certificate.snapshot)
            .map_err(|e| StoreError::Corrupt(format!("certificate {}: {e}", certificate.serial)))
    }

    pub fn to_json(&self) -> Result<String, StoreError> {
        serde_json::to_string(self).map_err(|e| StoreError::Corrupt(e.to_string()))
    }
}

/// Issues the enrollment's certificate (or returns the one it has), with the facts as they
/// are now, and queues its email when it is new. Run it in the transaction that records the
/// completion: the certificate, its email and the completion are written together or not at
/// all, and an email queued is sent even if the server stops right after.
pub fn issue(
    tx: &mut DbConnection,
    loaded: &LoadedCourse,
    enrollment: &Enrollment,
    now: NaiveDateTime,
    ctx: &Context,
) -> Result<certificates::Issuance, StoreError> {
    if let Some(existing) = certificates::find_by_enrollment(tx, &enrollment.id)? {
        return Ok(certificates::Issuance::Existing(existing));
    }
    let facts = gather(tx, loaded, enrollment, now.date(), &ctx.issuer.name)?;
    let issuance = certificates::issue(
        tx,
        &certificates::NewCertificate {
            enrollment_id: &enrollment.id,
            user_id: enrollment.user_id,
            course_id: &enrollment.course_id,
            snapshot: &facts.to_json()?,
            issued_at: now,
        },
    )?;
    if let certificates::Issuance::New(certificate) = &issuance {
        super::mail::queue(tx, ctx, certificate, now)?;
    }
    Ok(issuance)
}

/// The facts for a certificate replacing an earlier one of the same enrollment: the holder's
/// name and institution and the course texts as they are now, the completion date as it was.
/// A course no longer published keeps its texts from the earlier certificate.
pub fn gather_again(
    tx: &mut DbConnection,
    loaded: Option<&LoadedCourse>,
    enrollment: &Enrollment,
    previous: &CertificateFacts,
    issuer: &str,
) -> Result<CertificateFacts, StoreError> {
    if let Some(loaded) = loaded {
        return gather(tx, loaded, enrollment, previous.completed_on, issuer);
    }
    let (holder, institution) = holder_of(tx, enrollment)?;
    Ok(CertificateFacts {
        holder_name: holder.display_name,
        institution,
        issuer: issuer.to_owned(),
        ..previous.clone()
    })
}

fn holder_of(
    tx: &mut DbConnection,
    enrollment: &Enrollment,
) -> Result<(users::User, Option<String>), StoreError> {
    let holder = users::find(tx, enrollment.user_id)?;
    let institution = match holder.institution_id {
        Some(id) => Some(institutions::find(tx, id)?.name),
        None => None,
    };
    Ok((holder, institution))
}

fn gather(
    tx: &mut DbConnection,
    loaded: &LoadedCourse,
    enrollment: &Enrollment,
    completed_on: NaiveDate,
    issuer: &str,
) -> Result<CertificateFacts, StoreError> {
    let (holder, institution) = holder_of(tx, enrollment)?;
    let course = loaded.course();
    let locale = holder.preferred_locale;
    let text = |locale: Locale, key: &str| {
        loaded
            .text(locale, key, None)
            .map_or_else(|| key.to_owned(), |t| t.value.into_owned())
    };
    let final_score = match course.first_assessment(AssessmentKind::Final) {
        Some(final_assessment) => {
            completion::best_passing_percent(tx, &enrollment.id, &final_assessment.id)?
        }
        None => None,
    };
    Ok(CertificateFacts {
        holder_name: holder.display_name,
        institution,
        locale: locale.tag().to_owned(),
        course_id: course.id.clone(),
        course_title: text(locale, "course"),
        course_title_en: text(Locale::En, "course"),
        hours: course.accreditation.hours,
        credits: course.accreditation.ects,
        level: serde_json::to_value(course.accreditation.level)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        eqf_level: course.accreditation.eqf_level,
        outcomes: course.outcomes.iter().map(|o| text(locale, o)).collect(),
        outcomes_en: course
            .outcomes
            .iter()
            .map(|o| text(Locale::En, o))
            .collect(),
        completed_on,
        final_score,
        issuer: issuer.to_owned(),
    })
}
