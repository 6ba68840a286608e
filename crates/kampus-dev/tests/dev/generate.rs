//! Generated data: consistent with itself and readable by the store's own functions.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use kampus_dev::generate::{self, CourseShape, Generated, Plan};
use kampus_store::schema::{
    attempts, certificates, completions, enrollments, institutions, lesson_progress,
    progress_events, survey_responses, users,
};
use kampus_store::testing::TestDatabase;
use kampus_store::{StoreError, UserId, completion};

use super::now;

fn fixture(name: &str) -> CourseShape {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name);
    let loaded = kampus_content::load_path(&dir)
        .course
        .expect("fixture loads");
    CourseShape::from_loaded(&loaded)
}

fn courses() -> Vec<CourseShape> {
    vec![fixture("example-course"), fixture("restricted-course")]
}

fn plan() -> Plan {
    Plan {
        learners: 300,
        institutions: 12,
        rows_per_insert: 97,
        learners_per_transaction: 64,
        ..Plan::default()
    }
}

fn generated(seed: u64) -> (TestDatabase, kampus_store::Pool, Generated) {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let mut conn = pool.get().expect("connection");
    let generated =
        generate::generate(&mut conn, &plan(), &courses(), now(), seed).expect("generated");
    drop(conn);
    (db, pool, generated)
}

/// Rows in a table.
macro_rules! count {
    ($conn:expr, $table:expr) => {{
        let n: i64 = $table.count().get_result($conn).expect("count");
        u64::try_from(n).expect("a count")
    }};
}

#[test]
fn generated_rows_agree_with_each_other_and_with_the_store_functions() {
    let (_db, pool, g) = generated(7);
    let conn = &mut pool.get().expect("connection");
    assert_eq!(g.learners, 300);
    assert_eq!((g.institutions, g.trainers), (12, 12));
    assert_eq!(count!(conn, users::table), 312);
    assert_eq!(count!(conn, institutions::table), 12);
    assert_eq!(count!(conn, enrollments::table), g.enrollments);
    assert_eq!(count!(conn, progress_events::table), g.progress_events);
    assert_eq!(count!(conn, attempts::table), g.attempts);
    assert_eq!(count!(conn, survey_responses::table), g.survey_responses);
    assert!(g.enrollments >= 300 && g.progress_events > g.enrollments);

    // Completions: one row per completed enrollment, one current certificate for each.
    let completed: Vec<(String, String, String, NaiveDateTime)> = enrollments::table
        .filter(enrollments::completed_at.is_not_null())
        .select((
            enrollments::id,
            enrollments::user_id,
            enrollments::course_id,
            enrollments::completed_at.assume_not_null(),
        ))
        .load(conn)
        .expect("completed");
    assert_eq!(completed.len() as u64, g.completions);
    assert_eq!(count!(conn, completions::table), g.completions);
    assert_eq!(g.certificates, g.completions);
    let per_course: i64 = courses()
        .iter()
        .map(|c| completion::count_for_course(conn, c.id()).expect("count"))
        .sum();
    assert_eq!(u64::try_from(per_course).ok(), Some(g.completions));
    let share = f64::from(u32::try_from(g.completions).expect("small"))
        / f64::from(u32::try_from(g.enrollments).expect("small"));
    assert!((0.4..0.8).contains(&share), "completion rate {share}");

    let example = &courses()[0];
    let mut codes = HashSet::new();
    for (enrollment, user, course, at) in &completed {
        let held = kampus_store::certificates::of_user(conn, user.parse().expect("a user id"))
            .expect("certificates");
        let mine: Vec<_> = held
            .iter()
            .filter(|c| &c.enrollment_id == enrollment)
            .collect();
        assert_eq!(mine.len(), 1, "one certificate per completed enrollment");
        let certificate = mine[0];
        assert_eq!(
            (&certificate.course_id, certificate.issued_at),
            (course, *at)
        );
        assert!(codes.insert(certificate.verification_code.clone()));
        let facts: serde_json::Value =
            serde_json::from_str(&certificate.snapshot).expect("snapshot is JSON");
        let holder = kampus_store::users::find(conn, user.parse::<UserId>().expect("id"))
            .expect("holder is readable");
        assert_eq!(facts["holder_name"], holder.display_name.as_str());
        assert_eq!(facts["locale"], holder.preferred_locale.tag());
        assert_eq!(facts["completed_on"], at.date().to_string());
        if course == example.id() {
            // Every assessment the rule names was passed, and the survey was answered.
            let passed = completion::passed_assessments(conn, enrollment).expect("passed");
            for required in &example.course.completion.pass {
                assert!(passed.contains(required), "{required} passed");
            }
            assert!(
                completion::survey(conn, enrollment)
                    .expect("survey")
                    .is_some()
            );
            let best = completion::best_passing_percent(conn, enrollment, "final").expect("best");
            assert_eq!(facts["final_score"].as_f64(), best);
            assert!(best.is_some_and(|b| b >= 70.0));
        }
    }

    // Serials count up per year in the order of issue; status-list bits are 1, 2, 3, …
    let issued: Vec<(NaiveDateTime, i32, i32, i32, String)> = certificates::table
        .order((certificates::issued_at, certificates::status_index))
        .select((
            certificates::issued_at,
            certificates::year,
            certificates::sequence,
            certificates::status_index,
            certificates::serial,
        ))
        .load(conn)
        .expect("certificates");
    let mut last_by_year = BTreeMap::new();
    for (i, (_, year, sequence, index, serial)) in issued.iter().enumerate() {
        assert_eq!(usize::try_from(*index).ok(), Some(i + 1));
        let last = last_by_year.insert(*year, *sequence).unwrap_or(0);
        assert_eq!(*sequence, last + 1);
        assert_eq!(serial, &format!("KMP-{year}-{sequence:06}"));
    }
}

#[test]
fn lesson_progress_is_what_the_events_add_up_to() {
    let (_db, pool, g) = generated(11);
    let conn = &mut pool.get().expect("connection");
    let events: Vec<(String, String, String, NaiveDateTime, NaiveDateTime)> =
        progress_events::table
            .select((
                progress_events::enrollment_id,
                progress_events::lesson_id,
                progress_events::kind,
                progress_events::occurred_at,
                progress_events::recorded_at,
            ))
            .load(conn)
            .expect("events");
    let mut expected: HashMap<(String, String), (NaiveDateTime, Option<NaiveDateTime>)> =
        HashMap::new();
    for (enrollment, lesson, kind, at, recorded) in events {
        assert!(
            recorded >= at && at <= now(),
            "recorded after it happened, before now"
        );
        let entry = expected.entry((enrollment, lesson)).or_insert((at, None));
        entry.0 = entry.0.min(at);
        if kind == "lesson-completed" {
            entry.1 = Some(entry.1.map_or(at, |c| c.min(at)));
        } else {
            assert_eq!(kind, "lesson-viewed");
        }
    }
    let rows: Vec<(String, String, NaiveDateTime, Option<NaiveDateTime>)> = lesson_progress::table
        .select((
            lesson_progress::enrollment_id,
            lesson_progress::lesson_id,
            lesson_progress::first_viewed_at,
            lesson_progress::completed_at,
        ))
        .load(conn)
        .expect("lesson progress");
    assert_eq!(rows.len() as u64, g.lesson_progress);
    assert_eq!(rows.len(), expected.len(), "one row per lesson with events");
    for (enrollment, lesson, viewed, completed) in rows {
        let key = (enrollment, lesson);
        assert_eq!(expected.get(&key), Some(&(viewed, completed)), "{key:?}");
    }
    // The store's reader agrees for a sample of enrollments.
    let sample: Vec<String> = enrollments::table
        .select(enrollments::id)
        .limit(40)
        .load(conn)
        .expect("enrollments");
    for enrollment in sample {
        let mut listed: Vec<String> = expected
            .iter()
            .filter(|((e, _), (_, done))| *e == enrollment && done.is_some())
            .map(|((_, lesson), _)| lesson.clone())
            .collect();
        listed.sort();
        assert_eq!(
            kampus_store::progress::completed_lessons(conn, &enrollment).expect("completed"),
            listed
        );
    }
}

#[test]
fn attempts_are_stored_as_the_application_stores_them() {
    let (_db, pool, _) = generated(13);
    let conn = &mut pool.get().expect("connection");
    let all: Vec<kampus_store::attempts::Attempt> = attempts::table
        .select(kampus_store::attempts::Attempt::as_select())
        .load(conn)
        .expect("attempts");
    let (mut pre, mut fin) = (Vec::new(), Vec::new());
    let mut open_per_assessment: HashMap<(String, String), usize> = HashMap::new();
    for attempt in &all {
        let paper: serde_json::Value = serde_json::from_str(&attempt.paper).expect("paper");
        assert_eq!(paper["assessment_id"], attempt.assessment_id.as_str());
        let answers: serde_json::Value = serde_json::from_str(&attempt.answers).expect("answers");
        assert!(answers.is_object());
        let Some(result) = &attempt.result else {
            assert!(attempt.submitted_at.is_none() && attempt.percent.is_none());
            *open_per_assessment
                .entry((attempt.enrollment_id.clone(), attempt.assessment_id.clone()))
                .or_default() += 1;
            continue;
        };
        let result: serde_json::Value = serde_json::from_str(result).expect("result");
        assert_eq!(result["percent"].as_f64(), attempt.percent);
        assert_eq!(result["passed"].as_bool(), attempt.passed);
        let graded = result["grades"].as_array().expect("grades");
        assert_eq!(
            graded.len(),
            paper["questions"].as_array().expect("questions").len()
        );
        if let Some(deadline) = attempt.deadline_at {
            assert!(attempt.submitted_at.is_some_and(|s| s <= deadline));
        }
        let percent = attempt.percent.expect("percent");
        match attempt.assessment_id.as_str() {
            "pre-test" => {
                assert_eq!(attempt.passed, None, "a pre-test neither passes nor fails");
                pre.push(percent);
            }
            "final" => fin.push(percent),
            _ => {}
        }
    }
    assert!(
        open_per_assessment.values().all(|n| *n == 1),
        "at most one open attempt"
    );
    // The store's tally sees the same numbers.
    for ((enrollment, assessment), _) in open_per_assessment.iter().take(10) {
        let (made, open) =
            kampus_store::attempts::tally(conn, enrollment, assessment).expect("tally");
        assert!(made >= 1 && open.is_some());
    }
    let mean =
        |v: &[f64]| v.iter().sum::<f64>() / f64::from(u32::try_from(v.len()).expect("small"));
    assert!(!pre.is_empty() && !fin.is_empty());
    assert!(
        mean(&pre) + 15.0 < mean(&fin),
        "knowledge improves: pre-test {} → final {}",
        mean(&pre),
        mean(&fin)
    );
}

#[test]
fn audiences_are_respected_and_people_are_readable() {
    let (_db, pool, _) = generated(17);
    let conn = &mut pool.get().expect("connection");
    let country: HashMap<String, String> = institutions::table
        .select((institutions::id, institutions::country_code))
        .load(conn)
        .expect("institutions")
        .into_iter()
        .collect();
    let restricted: Vec<String> = enrollments::table
        .inner_join(users::table)
        .filter(enrollments::course_id.eq("readmission-casework"))
        .select(users::institution_id.assume_not_null())
        .load::<String>(conn)
        .expect("restricted enrollments")
        .into_iter()
        .map(|institution| country[&institution].clone())
        .collect();
    assert!(!restricted.is_empty());
    assert!(
        restricted.iter().all(|c| c == "BA" || c == "ME"),
        "{restricted:?}"
    );
    let ids: Vec<String> = users::table.select(users::id).load(conn).expect("users");
    let mut locales = HashSet::new();
    for id in ids {
        let user = kampus_store::users::find(conn, id.parse().expect("id")).expect("readable");
        locales.insert(user.preferred_locale);
        if user.preferred_locale == kampus_content::Locale::Mk {
            assert!(
                user.display_name
                    .chars()
                    .any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
            );
        }
    }
    assert!(locales.len() >= 6, "{locales:?}");
}

#[test]
fn the_same_seed_gives_the_same_data_and_a_used_database_is_refused() {
    let (_a, pool_a, first) = generated(5);
    let (_b, pool_b, again) = generated(5);
    assert_eq!(first, again);
    let ids = |pool: &kampus_store::Pool| -> Vec<String> {
        let mut conn = pool.get().expect("connection");
        enrollments::table
            .order(enrollments::id)
            .select(enrollments::id)
            .load(&mut conn)
            .expect("ids")
    };
    assert_eq!(ids(&pool_a), ids(&pool_b));
    // Papers, answers and results too, to the byte (drawn and graded by kampus-progress).
    let attempts = |pool: &kampus_store::Pool| -> Vec<(String, String, String, Option<String>)> {
        let mut conn = pool.get().expect("connection");
        attempts::table
            .order(attempts::id)
            .select((
                attempts::id,
                attempts::paper,
                attempts::answers,
                attempts::result,
            ))
            .load(&mut conn)
            .expect("attempts")
    };
    let (first_attempts, again_attempts) = (attempts(&pool_a), attempts(&pool_b));
    assert_eq!(first_attempts.len() as u64, first.attempts);
    assert!(first_attempts == again_attempts, "the same attempts");
    let (_c, _, other) = generated(6);
    assert_ne!(first.progress_events, other.progress_events);
    let mut conn = pool_a.get().expect("connection");
    let refused = generate::generate(&mut conn, &plan(), &courses(), now(), 5);
    assert!(
        matches!(refused, Err(StoreError::Conflict(_))),
        "{refused:?}"
    );
}
