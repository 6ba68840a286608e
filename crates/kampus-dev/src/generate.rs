//! Generated data at scale, for tests and for benchmarks of the reports (`kampus dev
//! generate`, issue 8).
//!
//! [`generate`] fills an empty, migrated database with the institutions of the region, a
//! trainer for each, and learners who enroll in courses over the last months and work
//! through them: lesson events and the progress they add up to, assessment attempts with
//! drawn papers, answers and graded results, survey responses, completions, certificates and
//! time on task. Rows are written as the application writes them, so every store function
//! reads them back (the tests check this), but with multi-row INSERTs in large transactions
//! instead of one request at a time.
//!
//! The data is reproducible: the same seed, plan, courses and `now` give the same rows (ids
//! are UUID v7 made from the generated times and the seed), except for certificate
//! verification codes, which come from the operating system like real ones.
//!
//! What it looks like: see [`Plan`] and the module `journey` (who stops where, how well
//! people answer) and `people` (countries, institutions, languages and names).

mod answers;
mod inspect;
mod journey;
mod people;
mod rng;
mod rows;
mod shape;

use chrono::{Datelike, NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use kampus_content::Locale;
use kampus_store::connection::DbConnection;
use kampus_store::error::StoreError;
use kampus_store::institutions::InstitutionKind;
use kampus_store::reports::{FinalAssessment, aggregates};
use kampus_store::schema::users;

pub use inspect::{Sample, database_size, sample};
use journey::{Context, Learner, PendingCertificate};
use people::Country;
use rng::Rng;
use rows::{CertificateRow, InstitutionRow, Rows, TrainerRow, UserRow};
pub use shape::{CourseShape, CourseTexts};

/// What to generate.
#[derive(Debug, Clone)]
pub struct Plan {
    pub learners: u32,
    /// Institutions, spread over the countries (each has at least one while there are
    /// enough); each gets a trainer assigned to it.
    pub institutions: u32,
    /// ISO codes of the countries: those of the region (BA, RS, ME, MK, AL, XK, HR).
    pub countries: Vec<String>,
    /// Enrollments begin within this many days before `now` (more of them recently).
    pub days: u32,
    /// Printed on certificates.
    pub issuer: String,
    /// Learners of this locale find one question of each final assessment much harder
    /// ([`CourseShape::hard_question`]), as if it were badly translated.
    pub hard_locale: Locale,
    /// Whether to write time-on-task rows.
    pub time_on_task: bool,
    /// Rows per INSERT statement.
    pub rows_per_insert: usize,
    /// Learners whose rows are written in one transaction. Larger transactions write each
    /// index page fewer times: on SQLite, 5,000 instead of 1,000 wrote 3.7 GB instead of
    /// 6.5 GB for a 1.3 GB database and took 20 % less time.
    pub learners_per_transaction: usize,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            learners: 1_000,
            institutions: 30,
            countries: people::COUNTRIES
                .iter()
                .map(|c| c.code.to_owned())
                .collect(),
            days: 548,
            issuer: "Regional Migration Training Centre, Plandište".to_owned(),
            hard_locale: Locale::Mk,
            time_on_task: true,
            rows_per_insert: 500,
            learners_per_transaction: 5_000,
        }
    }
}

/// Rows written, per table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Generated {
    pub institutions: u64,
    pub trainers: u64,
    pub learners: u64,
    pub enrollments: u64,
    pub progress_events: u64,
    pub lesson_progress: u64,
    pub attempts: u64,
    pub survey_responses: u64,
    pub completions: u64,
    pub certificates: u64,
    pub time_on_task: u64,
    /// `(course id, question id)` of the question made harder for [`Plan::hard_locale`].
    pub hard_questions: Vec<(String, String)>,
}

/// Random streams, one per purpose.
const INSTITUTIONS: u64 = 1;
const LEARNERS: u64 = 2;
const CERTIFICATES: u64 = 3;

/// An institution as the learners see it.
struct Place {
    id: String,
    name: String,
    domain: &'static str,
    country: &'static Country,
    /// Relative number of staff who learn.
    size: u32,
}

/// Fills an empty, migrated database (see the module documentation). `StoreError::Conflict`
/// when it already has users; `StoreError::Constraint` for a country it does not know.
pub fn generate(
    conn: &mut DbConnection,
    plan: &Plan,
    courses: &[CourseShape],
    now: NaiveDateTime,
    seed: u64,
) -> Result<Generated, StoreError> {
    rows::tuned_for_bulk_writes(conn, |conn| fill(conn, plan, courses, now, seed))
}

fn fill(
    conn: &mut DbConnection,
    plan: &Plan,
    courses: &[CourseShape],
    now: NaiveDateTime,
    seed: u64,
) -> Result<Generated, StoreError> {
    let existing: i64 = users::table.count().get_result(conn)?;
    if existing > 0 {
        return Err(StoreError::Conflict(format!(
            "the database already has {existing} users"
        )));
    }
    let countries = plan
        .countries
        .iter()
        .map(|code| {
            people::country(code)
                .ok_or_else(|| StoreError::Constraint(format!("no data for country `{code}`")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if plan.institutions == 0 || countries.is_empty() {
        return Err(StoreError::Constraint(
            "at least one country and one institution are needed".into(),
        ));
    }
    let start = now - TimeDelta::days(i64::from(plan.days));
    let (places, mut generated) = institutions(conn, plan, &countries, start, seed)?;
    // Learners come from countries in proportion to their weight, then from the country's
    // institutions in proportion to their size.
    let weights = places
        .iter()
        .map(|p| {
            let country_size: u32 = places
                .iter()
                .filter(|q| q.country.code == p.country.code)
                .map(|q| q.size)
                .sum();
            p.country.weight * p.size * 100 / country_size.max(1)
        })
        .collect();
    generated.hard_questions = courses
        .iter()
        .filter_map(|c| Some((c.id().to_owned(), c.hard_question()?.to_owned())))
        .collect();
    let generator = Generator {
        ctx: Context {
            now,
            issuer: &plan.issuer,
            hard_locale: plan.hard_locale,
            time_on_task: plan.time_on_task,
        },
        plan,
        places,
        weights,
        courses,
    };
    let mut pending = Vec::new();
    let mut rows = Rows::default();
    let block = plan.learners_per_transaction.max(1);
    for index in 0..plan.learners {
        let mut rng = Rng::stream(seed, LEARNERS, u64::from(index));
        generator.learner(index, &mut rng, &mut rows, &mut pending)?;
        if rows.users.len() >= block || index + 1 == plan.learners {
            let written = rows.flush(conn, plan.rows_per_insert)?;
            generated.learners += written.users;
            generated.enrollments += written.enrollments;
            generated.progress_events += written.events;
            generated.lesson_progress += written.lessons;
            generated.attempts += written.attempts;
            generated.survey_responses += written.surveys;
            generated.completions += written.completions;
            generated.time_on_task += written.times;
        }
    }
    generated.certificates = certificates(conn, plan, pending, seed)?;
    report_aggregates(conn, courses)?;
    Ok(generated)
}

/// The rows went in without the store's functions, which keep the reports' aggregates: they
/// are recounted once at the end.
fn report_aggregates(conn: &mut DbConnection, courses: &[CourseShape]) -> Result<(), StoreError> {
    let finals: Vec<FinalAssessment> = courses
        .iter()
        .filter_map(|shape| {
            Some(FinalAssessment {
                course_id: shape.id().to_owned(),
                assessment_id: shape.final_id()?.to_owned(),
                pre_test_id: shape.pre_test_id().map(str::to_owned),
            })
        })
        .collect();
    conn.write_transaction(|tx| aggregates::rebuild(tx, &finals))?;
    aggregates::summarize_attempts(conn, 5_000)?;
    Ok(())
}

/// Writes the institutions, one trainer each, and the trainers' assignments.
fn institutions(
    conn: &mut DbConnection,
    plan: &Plan,
    countries: &[&'static Country],
    start: NaiveDateTime,
    seed: u64,
) -> Result<(Vec<Place>, Generated), StoreError> {
    let mut rng = Rng::stream(seed, INSTITUTIONS, 0);
    let (mut places, mut rows, mut trainers, mut links) = (vec![], vec![], vec![], vec![]);
    let per_country = countries.len().max(1);
    for i in 0..plan.institutions as usize {
        let country = countries[i % per_country];
        let nth = i / per_country;
        let (name, kind, domain) = country.institutions[nth % country.institutions.len()];
        let round = nth / country.institutions.len();
        let name = if round == 0 {
            name.to_owned()
        } else {
            let city = country.cities[(round - 1) % country.cities.len()];
            format!("{name}, {city} {round}")
        };
        let created = start - TimeDelta::days(60) + TimeDelta::days(i64::try_from(i).unwrap_or(0));
        let id = rng.uuid_at(created);
        let locale = country.locales[0].0;
        let gender = people::gender(&mut rng);
        let person = people::name(&mut rng, people::Names::of(country, locale), gender, true);
        let trainer_id = rng.uuid_at(created);
        trainers.push(UserRow {
            id: trainer_id.clone(),
            email: format!(
                "trainer{}.{}@{domain}",
                i + 1,
                people::email_local(&person.latin)
            ),
            display_name: person.display,
            preferred_locale: locale.tag(),
            role: "trainer",
            institution_id: Some(id.clone()),
            password_hash: None,
            created_at: created,
            updated_at: created,
            gender: gender.map(|g| g.as_str().to_owned()),
            email_verified_at: Some(created),
            deactivated_at: None,
            sessions_valid_after: None,
        });
        links.push(TrainerRow {
            trainer_id,
            institution_id: id.clone(),
            created_at: created,
        });
        rows.push(InstitutionRow {
            id: id.clone(),
            name: name.clone(),
            country_code: country.code,
            kind: kind.as_str(),
            created_at: created,
            updated_at: created,
        });
        let size = match kind {
            InstitutionKind::BorderPolice => 5,
            InstitutionKind::Ministry | InstitutionKind::Police => 3,
            InstitutionKind::AsylumAgency | InstitutionKind::RefugeeAgency => 2,
            _ => 1,
        };
        places.push(Place {
            id,
            name,
            domain,
            country,
            size,
        });
    }
    rows::insert_institutions(conn, &rows, &trainers, &links)?;
    let generated = Generated {
        institutions: rows.len() as u64,
        trainers: trainers.len() as u64,
        ..Generated::default()
    };
    Ok((places, generated))
}

/// What every learner is made from.
struct Generator<'a> {
    ctx: Context<'a>,
    plan: &'a Plan,
    places: Vec<Place>,
    /// How likely a learner works at each place.
    weights: Vec<u32>,
    courses: &'a [CourseShape],
}

impl Generator<'_> {
    /// Makes one learner and their enrollments.
    fn learner(
        &self,
        index: u32,
        rng: &mut Rng,
        rows: &mut Rows,
        certificates: &mut Vec<PendingCertificate>,
    ) -> Result<(), StoreError> {
        let (ctx, plan, courses) = (&self.ctx, self.plan, self.courses);
        // One learner in a hundred has no institution.
        let place = &self.places[rng.weighted(&self.weights)];
        let institution = (!rng.chance(0.01)).then_some(place);
        let country = place.country;
        let locale = country.locales
            [rng.weighted(&country.locales.iter().map(|(_, w)| *w).collect::<Vec<_>>())]
        .0;
        let gender = people::gender(rng);
        let cyrillic = matches!(locale, Locale::SrCyrl | Locale::Mk);
        let person = people::name(rng, people::Names::of(country, locale), gender, cyrillic);
        // Enrollments: the first within the period (more recently, more people), the others
        // weeks or months later, in one to three courses.
        let days = f64::from(plan.days.max(1));
        let ago = TimeDelta::seconds(seconds(days * 86_400.0 * rng.unit().powf(1.3)));
        let mut enrolled = (ctx.now - ago - TimeDelta::hours(1))
            .max(ctx.now - TimeDelta::days(i64::from(plan.days)));
        let created = enrolled - rng.seconds_around(2.0 * 86_400.0, 1.2);
        let user_id = rng.uuid_at(created);
        let learner = Learner {
            user_id: &user_id,
            locale,
            ability: 0.4 + 0.9 * rng.normal(),
            diligence: rng.unit(),
            name: &person.display,
            institution: institution.map(|p| p.name.as_str()),
        };
        let wanted = 1 + rng.weighted(&[55, 30, 15]);
        let mut order: Vec<usize> = (0..courses.len()).collect();
        let mut last = created;
        let mut taken = 0;
        while taken < wanted && !order.is_empty() {
            // The first courses are the most popular.
            let weights: Vec<u32> = order
                .iter()
                .map(|&i| {
                    45u32
                        .saturating_sub(12 * u32::try_from(i).unwrap_or(3))
                        .max(8)
                })
                .collect();
            let course = &courses[order.remove(rng.weighted(&weights))];
            if !admitted(course, institution) {
                continue;
            }
            if enrolled >= ctx.now {
                break;
            }
            last = last.max(journey::enroll(
                ctx,
                &learner,
                course,
                enrolled,
                rng,
                rows,
                certificates,
            )?);
            taken += 1;
            enrolled += rng.seconds_around(45.0 * 86_400.0, 0.8);
        }
        let domain = institution.map_or("gmail.com", |p| p.domain);
        rows.users.push(UserRow {
            id: user_id.clone(),
            email: format!(
                "{}.{}@{domain}",
                people::email_local(&person.latin),
                index + 1
            ),
            display_name: person.display.clone(),
            preferred_locale: locale.tag(),
            role: "learner",
            institution_id: institution.map(|p| p.id.clone()),
            password_hash: None,
            created_at: created,
            updated_at: created,
            gender: gender.map(|g| g.as_str().to_owned()),
            email_verified_at: Some(created + rng.seconds_around(600.0, 1.0)),
            deactivated_at: (rng.chance(0.004))
                .then(|| last + TimeDelta::days(30))
                .filter(|at| *at <= ctx.now),
            sessions_valid_after: None,
        });
        Ok(())
    }
}

fn seconds(value: f64) -> i64 {
    // A duration in seconds far below 2^53.
    #[allow(clippy::cast_possible_truncation)]
    let whole = value.round() as i64;
    whole
}

/// Whether the course's audience admits staff of this institution.
fn admitted(course: &CourseShape, institution: Option<&Place>) -> bool {
    match (&course.course.audience, institution) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(audience), Some(place)) => audience.admits(&place.id, place.country.code),
    }
}

/// Issues the certificates in the order of their dates: serials count up within each year,
/// status-list bits across all years.
fn certificates(
    conn: &mut DbConnection,
    plan: &Plan,
    mut pending: Vec<PendingCertificate>,
    seed: u64,
) -> Result<u64, StoreError> {
    pending.sort_by(|a, b| (a.issued_at, &a.enrollment_id).cmp(&(b.issued_at, &b.enrollment_id)));
    let mut rng = Rng::stream(seed, CERTIFICATES, 0);
    let mut rows = Vec::with_capacity(pending.len());
    let (mut year, mut sequence) = (0, 0);
    for (index, p) in pending.into_iter().enumerate() {
        if p.issued_at.year() != year {
            (year, sequence) = (p.issued_at.year(), 0);
        }
        sequence += 1;
        rows.push(CertificateRow {
            id: rng.uuid_at(p.issued_at),
            serial: format!("KMP-{year}-{sequence:06}"),
            year,
            sequence,
            verification_code: kampus_store::certificates::new_verification_code()?,
            status_index: i32::try_from(index + 1).unwrap_or(i32::MAX),
            enrollment_id: p.enrollment_id,
            user_id: p.user_id,
            course_id: p.course_id,
            snapshot: p.snapshot,
            issued_at: p.issued_at,
            revoked_at: None,
            revocation_reason: None,
            replaced_by: None,
            credential: None,
        });
    }
    rows::insert_certificates(conn, &rows, plan.rows_per_insert)
}
