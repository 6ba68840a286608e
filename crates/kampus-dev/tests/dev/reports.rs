//! The reports' queries against a direct count: generated data (hundreds of learners across
//! institutions, countries, languages, genders and months, in every state of progress), the
//! raw tables read back whole, the figures counted here in plain Rust, and every group of the
//! report compared exactly — for everyone, for a trainer's institutions, and with filters.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use kampus_content::model::AssessmentKind;
use kampus_dev::generate::{self, CourseShape, Plan};
use kampus_store::reports::completion::{self, Dimension};
use kampus_store::reports::{Filter, FinalAssessment, Scope, headline, knowledge_gain};
use kampus_store::schema::{
    attempts, certificates, enrollments, institutions, lesson_progress, users,
};
use kampus_store::testing::TestDatabase;
use kampus_store::{DbConnection, InstitutionId};

use super::now;

fn courses() -> Vec<CourseShape> {
    ["example-course", "restricted-course"]
        .iter()
        .map(|name| {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/fixtures")
                .join(name);
            CourseShape::from_loaded(&kampus_content::load_path(&dir).course.expect("fixture"))
        })
        .collect()
}

fn finals(courses: &[CourseShape]) -> Vec<FinalAssessment> {
    courses
        .iter()
        .flat_map(|shape| {
            shape
                .course
                .assessments
                .iter()
                .filter(|a| a.kind == AssessmentKind::Final)
                .map(|a| FinalAssessment {
                    course_id: shape.course.id.clone(),
                    assessment_id: a.id.clone(),
                    pre_test_id: shape
                        .course
                        .assessments
                        .iter()
                        .find(|a| a.kind == AssessmentKind::PreTest)
                        .map(|a| a.id.clone()),
                })
        })
        .collect()
}

/// One enrollment as the direct count sees it.
#[allow(clippy::struct_excessive_bools)] // one flag per figure of the report
struct Enrollment {
    key: [Option<String>; 6],
    institution: Option<String>,
    enrolled_on: NaiveDate,
    started: bool,
    completed: bool,
    withdrawn: bool,
    took_final: bool,
    passed_final: bool,
    /// Days from enrollment to completion.
    days: Option<f64>,
}

/// Every learner's enrollment, read from the raw tables.
fn enrollments_of_learners(conn: &mut DbConnection, finals: &[FinalAssessment]) -> Vec<Enrollment> {
    let people: HashMap<String, (String, String, Option<String>, Option<String>)> = users::table
        .select((
            users::id,
            users::role,
            users::preferred_locale,
            users::institution_id,
            users::gender,
        ))
        .load::<(String, String, String, Option<String>, Option<String>)>(conn)
        .expect("users")
        .into_iter()
        .map(|(id, role, locale, institution, gender)| (id, (role, locale, institution, gender)))
        .collect();
    let countries: HashMap<String, String> = institutions::table
        .select((institutions::id, institutions::country_code))
        .load(conn)
        .expect("institutions")
        .into_iter()
        .collect();
    let viewed: HashSet<String> = lesson_progress::table
        .select(lesson_progress::enrollment_id)
        .load(conn)
        .expect("lesson progress")
        .into_iter()
        .collect();
    let tried: Vec<(String, String, Option<NaiveDateTime>, Option<bool>)> = attempts::table
        .select((
            attempts::enrollment_id,
            attempts::assessment_id,
            attempts::submitted_at,
            attempts::passed,
        ))
        .load(conn)
        .expect("attempts");
    let rows: Vec<(
        String,
        String,
        String,
        String,
        NaiveDateTime,
        Option<NaiveDateTime>,
    )> = enrollments::table
        .select((
            enrollments::id,
            enrollments::user_id,
            enrollments::course_id,
            enrollments::status,
            enrollments::enrolled_at,
            enrollments::completed_at,
        ))
        .load(conn)
        .expect("enrollments");
    let is_final = |course: &str, assessment: &str| {
        finals
            .iter()
            .any(|f| f.course_id == course && f.assessment_id == assessment)
    };
    rows.into_iter()
        .filter(|row| people[&row.1].0 == "learner")
        .map(|(id, user, course, status, enrolled_at, completed_at)| {
            let (_, locale, institution, gender) = people[&user].clone();
            let country = institution.as_ref().map(|i| countries[i].clone());
            let mine = tried.iter().filter(|a| a.0 == id);
            let finals_taken: Vec<_> = mine.clone().filter(|a| is_final(&course, &a.1)).collect();
            Enrollment {
                started: viewed.contains(&id) || mine.count() > 0,
                took_final: finals_taken.iter().any(|a| a.2.is_some()),
                passed_final: finals_taken.iter().any(|a| a.3 == Some(true)),
                completed: completed_at.is_some(),
                #[allow(clippy::cast_precision_loss)] // milliseconds of a few years
                days: completed_at
                    .map(|done| (done - enrolled_at).num_milliseconds() as f64 / 86_400_000.0),
                withdrawn: status == "withdrawn",
                enrolled_on: enrolled_at.date(),
                institution: institution.clone(),
                key: [
                    Some(course),
                    Some(locale),
                    institution,
                    country,
                    gender,
                    Some(enrolled_at.format("%Y-%m").to_string()),
                ],
            }
        })
        .collect()
}

type Figures = [i64; 6];

fn count(n: usize) -> i64 {
    i64::try_from(n).expect("a count")
}

fn direct_count(
    enrollments: &[Enrollment],
    keep: impl Fn(&Enrollment) -> bool,
) -> BTreeMap<[Option<String>; 6], Figures> {
    let mut groups: BTreeMap<[Option<String>; 6], Figures> = BTreeMap::new();
    for e in enrollments.iter().filter(|e| keep(e)) {
        let figures = groups.entry(e.key.clone()).or_default();
        for (n, yes) in [
            true,
            e.started,
            e.completed,
            e.withdrawn,
            e.took_final,
            e.passed_final,
        ]
        .into_iter()
        .enumerate()
        {
            figures[n] += i64::from(yes);
        }
    }
    groups
}

fn reported(report: &completion::CompletionReport) -> BTreeMap<[Option<String>; 6], Figures> {
    report
        .rows
        .iter()
        .map(|row| {
            let key: Vec<Option<String>> = row.group.iter().map(|(_, v)| v.clone()).collect();
            let key: [Option<String>; 6] = key.try_into().expect("six dimensions");
            (
                key,
                [
                    row.enrolled,
                    row.started,
                    row.completed,
                    row.withdrawn,
                    row.final_takers,
                    row.final_passers,
                ],
            )
        })
        .collect()
}

#[test]
fn the_completion_report_equals_a_direct_count() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let courses = courses();
    let plan = Plan {
        learners: 400,
        institutions: 12,
        ..Plan::default()
    };
    generate::generate(conn, &plan, &courses, now(), 7).expect("generated");
    let finals = finals(&courses);
    let all = enrollments_of_learners(conn, &finals);
    assert!(all.len() > 400, "every learner enrolled at least once");
    assert!(
        all.iter().any(|e| e.completed)
            && all.iter().any(|e| !e.started)
            && all.iter().any(|e| e.withdrawn)
    );

    // Everyone, by all six dimensions at once: every group equal.
    let report =
        completion::report(conn, &Scope::All, &Filter::default(), &Dimension::ALL).expect("report");
    let expected = direct_count(&all, |_| true);
    assert_eq!(reported(&report), expected);
    let total: i64 = expected.values().map(|f| f[0]).sum();
    assert_eq!(report.totals.enrolled, total);
    assert_eq!(
        report.totals.completed,
        count(all.iter().filter(|e| e.completed).count())
    );

    // A trainer's institutions, one country, a date range.
    let mut theirs: Vec<String> = all.iter().filter_map(|e| e.institution.clone()).collect();
    theirs.sort();
    theirs.dedup();
    theirs.truncate(3);
    let scope = Scope::Institutions(
        theirs
            .iter()
            .map(|i| i.parse::<InstitutionId>().expect("id"))
            .collect(),
    );
    let from = now().date() - chrono::TimeDelta::days(200);
    let to = now().date() - chrono::TimeDelta::days(20);
    let filter = Filter {
        from: Some(from),
        to: Some(to),
        ..Filter::default()
    };
    let report = completion::report(conn, &scope, &filter, &Dimension::ALL).expect("report");
    let expected = direct_count(&all, |e| {
        e.institution.as_ref().is_some_and(|i| theirs.contains(i))
            && e.enrolled_on >= from
            && e.enrolled_on <= to
    });
    assert!(!expected.is_empty(), "the filter keeps some groups");
    assert_eq!(reported(&report), expected);

    whole_months_equal_a_direct_count(conn, &all, &theirs, &scope);
    assert!(
        kampus_store::reports::aggregates::differences(conn, 5)
            .expect("recount")
            .is_empty()
    );

    // Fewer dimensions are sums of the finer groups, and small groups are marked.
    let by_country =
        completion::report(conn, &Scope::All, &Filter::default(), &[Dimension::Country])
            .expect("report");
    medians_equal_a_direct_median(&all, &by_country);
    for row in &by_country.rows {
        let enrolled = count(all.iter().filter(|e| e.key[3] == row.group[0].1).count());
        assert_eq!(row.enrolled, enrolled, "{:?}", row.group);
        assert_eq!(
            row.small_group,
            enrolled < kampus_store::reports::SMALL_GROUP
        );
    }
    assert!(
        report.rows.iter().any(|r| r.small_group),
        "fine groups are small and marked"
    );
}

/// A range of whole months is read from the monthly cells (other ranges from the
/// enrollments' rows): the same figures as a direct count.
fn whole_months_equal_a_direct_count(
    conn: &mut DbConnection,
    all: &[Enrollment],
    theirs: &[String],
    scope: &Scope,
) {
    // Whole months (read from the monthly cells rather than the enrollments' rows).
    let first = (now().date() - chrono::TimeDelta::days(150))
        .with_day(1)
        .expect("day 1");
    let last = (now().date() - chrono::TimeDelta::days(40))
        .with_day(1)
        .expect("day 1")
        - chrono::TimeDelta::days(1);
    let filter = Filter {
        from: Some(first),
        to: Some(last),
        ..Filter::default()
    };
    let report = completion::report(conn, scope, &filter, &Dimension::ALL).expect("report");
    let expected = direct_count(all, |e| {
        e.institution.as_ref().is_some_and(|i| theirs.contains(i))
            && e.enrolled_on >= first
            && e.enrolled_on <= last
    });
    assert!(!expected.is_empty(), "the months keep some groups");
    assert_eq!(reported(&report), expected);
    let grouped_by_month = completion::report(
        conn,
        &Scope::All,
        &filter,
        &[Dimension::Month, Dimension::Gender],
    )
    .expect("report");
    let rows_path = completion::report(
        conn,
        &Scope::All,
        &Filter {
            to: Some(last - chrono::TimeDelta::days(1)),
            ..filter.clone()
        },
        &[Dimension::Month, Dimension::Gender],
    )
    .expect("report");
    assert_ne!(grouped_by_month.totals.enrolled, 0);
    assert!(rows_path.totals.enrolled <= grouped_by_month.totals.enrolled);
}

/// The report's medians (by country, and overall) against the median of the days counted here
/// (days computed in Rust, the database's in its own arithmetic: equal to a millionth of a day).
fn medians_equal_a_direct_median(all: &[Enrollment], by_country: &completion::CompletionReport) {
    let median = |mut days: Vec<f64>| {
        days.sort_by(f64::total_cmp);
        let middle = days.len() / 2;
        match days.len() {
            0 => None,
            n if n % 2 == 0 => Some(f64::midpoint(days[middle - 1], days[middle])),
            _ => Some(days[middle]),
        }
    };
    let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-6,
        (a, b) => a == b,
    };
    let all_days: Vec<f64> = all.iter().filter_map(|e| e.days).collect();
    assert!(close(
        by_country.totals.median_days_to_complete,
        median(all_days)
    ));
    for row in &by_country.rows {
        let days = all
            .iter()
            .filter(|e| e.key[3] == row.group[0].1)
            .filter_map(|e| e.days)
            .collect();
        assert!(
            close(row.median_days_to_complete, median(days)),
            "median of {:?}",
            row.group
        );
    }
}

#[test]
fn the_headline_figures_equal_a_direct_count() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let courses = courses();
    let plan = Plan {
        learners: 250,
        institutions: 9,
        ..Plan::default()
    };
    generate::generate(conn, &plan, &courses, now(), 11).expect("generated");
    let all = enrollments_of_learners(conn, &finals(&courses));
    let report = headline::report(conn, &Scope::All, &Filter::default()).expect("report");
    let completions = count(all.iter().filter(|e| e.completed).count());
    assert_eq!(report.totals.courses_completed, completions);
    let completed_users: HashSet<String> = enrollments::table
        .inner_join(users::table)
        .filter(enrollments::completed_at.is_not_null())
        .filter(users::role.eq("learner"))
        .select(enrollments::user_id)
        .load::<String>(conn)
        .expect("users")
        .into_iter()
        .collect();
    assert_eq!(report.totals.learners_trained, count(completed_users.len()));
    let valid: i64 = certificates::table
        .filter(certificates::revoked_at.is_null())
        .count()
        .get_result(conn)
        .expect("certificates");
    assert_eq!(report.totals.certificates_issued, valid);
    let by_course: i64 = report
        .by_course
        .iter()
        .map(|g| g.figures.courses_completed)
        .sum();
    assert_eq!(by_course, completions, "the courses add up to the total");

    // Learners trained per country: distinct learners with a completion, by their
    // institution's country.
    let mut per_country: HashMap<Option<String>, HashSet<String>> = HashMap::new();
    for (user, country) in enrollments::table
        .inner_join(users::table)
        .left_join(institutions::table.on(institutions::id.nullable().eq(users::institution_id)))
        .filter(enrollments::completed_at.is_not_null())
        .filter(users::role.eq("learner"))
        .select((enrollments::user_id, institutions::country_code.nullable()))
        .load::<(String, Option<String>)>(conn)
        .expect("learners")
    {
        per_country.entry(country).or_default().insert(user);
    }
    assert!(per_country.len() > 2, "several countries");
    for group in &report.by_country {
        let expected = per_country.get(&group.key).map_or(0, HashSet::len);
        assert_eq!(
            group.figures.learners_trained,
            count(expected),
            "{:?}",
            group.key
        );
    }
    assert_eq!(report.by_country.len(), per_country.len());
}

/// Each learner enrollment's (course, institution, enrollment day, first pre-test percent,
/// best final percent), when it has both, read from the raw tables.
fn pre_and_post(
    conn: &mut DbConnection,
    finals: &[FinalAssessment],
) -> Vec<(String, Option<String>, NaiveDate, f64, f64)> {
    let learners: HashMap<String, Option<String>> = users::table
        .filter(users::role.eq("learner"))
        .select((users::id, users::institution_id))
        .load(conn)
        .expect("learners")
        .into_iter()
        .collect();
    let mut submitted: Vec<(String, String, NaiveDateTime, i32, f64)> = attempts::table
        .filter(attempts::submitted_at.is_not_null())
        .select((
            attempts::enrollment_id,
            attempts::assessment_id,
            attempts::submitted_at.assume_not_null(),
            attempts::number,
            attempts::percent.assume_not_null(),
        ))
        .load(conn)
        .expect("attempts");
    submitted.sort_by_key(|a| (a.2, a.3));
    let enrollments: Vec<(String, String, String, NaiveDateTime)> = enrollments::table
        .select((
            enrollments::id,
            enrollments::user_id,
            enrollments::course_id,
            enrollments::enrolled_at,
        ))
        .load(conn)
        .expect("enrollments");
    enrollments
        .into_iter()
        .filter_map(|(id, user, course, enrolled_at)| {
            let institution = learners.get(&user)?.clone();
            let final_of = finals.iter().find(|f| f.course_id == course)?;
            let pre_test = final_of.pre_test_id.as_deref()?;
            let mine = || submitted.iter().filter(|a| a.0 == id);
            let pre = mine().find(|a| a.1 == pre_test)?.4;
            let post = mine()
                .filter(|a| a.1 == final_of.assessment_id)
                .map(|a| a.4)
                .max_by(f64::total_cmp)?;
            Some((course, institution, enrolled_at.date(), pre, post))
        })
        .collect()
}

/// The knowledge-gain report by course, whether it reads the monthly cells (whole months, or
/// no period) or the enrollments' rows (other periods), equals means computed here from the
/// attempts: the cells' sums in fixed point lose nothing that shows.
#[test]
fn the_knowledge_gain_equals_a_direct_computation() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let courses = courses();
    let plan = Plan {
        learners: 300,
        institutions: 8,
        ..Plan::default()
    };
    generate::generate(conn, &plan, &courses, now(), 5).expect("generated");
    let finals = finals(&courses);
    let all = pre_and_post(conn, &finals);
    assert!(all.len() > 20, "learners took both tests: {}", all.len());
    let today = now().date();
    let first_of_month = |day: NaiveDate| day.with_day(1).expect("a first day");
    let periods = [
        (None, None),
        // Whole months: the cells.
        (
            Some(first_of_month(today - chrono::TimeDelta::days(150))),
            Some(first_of_month(today) - chrono::TimeDelta::days(1)),
        ),
        // Days: the rows.
        (
            Some(today - chrono::TimeDelta::days(170)),
            Some(today - chrono::TimeDelta::days(9)),
        ),
    ];
    let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-5);
    for (from, to) in periods {
        let filter = Filter {
            from,
            to,
            ..Filter::default()
        };
        let report = knowledge_gain::report(conn, &Scope::All, &filter, &[Dimension::Course])
            .expect("report");
        let within =
            |day: &NaiveDate| from.is_none_or(|f| *day >= f) && to.is_none_or(|t| *day <= t);
        let chosen: Vec<_> = all.iter().filter(|e| within(&e.2)).collect();
        assert!(!chosen.is_empty(), "{from:?}–{to:?}");
        assert_eq!(
            report.totals.learners,
            count(chosen.len()),
            "{from:?}–{to:?}"
        );
        for row in &report.rows {
            let course = row.group[0].1.as_deref().expect("a course");
            let group: Vec<_> = chosen.iter().filter(|e| e.0 == course).collect();
            #[allow(clippy::cast_precision_loss)] // a few hundred learners
            let n = group.len() as f64;
            let mean_pre = group.iter().map(|e| e.3).sum::<f64>() / n;
            let mean_post = group.iter().map(|e| e.4).sum::<f64>() / n;
            let below: Vec<_> = group.iter().filter(|e| e.3 < 100.0).collect();
            #[allow(clippy::cast_precision_loss)]
            let individual = below
                .iter()
                .map(|e| (e.4 - e.3) / (100.0 - e.3))
                .sum::<f64>()
                / below.len() as f64;
            assert_eq!(row.learners, count(group.len()), "{course} {from:?}–{to:?}");
            assert!(
                close(row.mean_pre, mean_pre),
                "{course}: {:?} {mean_pre}",
                row.mean_pre
            );
            assert!(close(row.mean_post, mean_post), "{course}");
            assert!(
                close(row.mean_individual_normalized_gain, individual),
                "{course}: {:?} {individual}",
                row.mean_individual_normalized_gain
            );
            assert_eq!(row.at_ceiling, count(group.len() - below.len()), "{course}");
        }
    }
}

#[test]
fn the_aggregates_check_finds_a_difference_and_a_recount_mends_it() {
    use kampus_store::reports::aggregates;
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let courses = courses();
    let plan = Plan {
        learners: 60,
        institutions: 4,
        ..Plan::default()
    };
    generate::generate(conn, &plan, &courses, now(), 3).expect("generated");
    assert_eq!(
        aggregates::differences(conn, 5).expect("check"),
        Vec::<String>::new()
    );

    // A counter, a cell's days to complete, a row, an attempt's summary and an item cell
    // changed behind the store's back.
    for change in [
        "UPDATE report_completion_cells SET started = started + 1 \
         WHERE course_id = (SELECT MIN(course_id) FROM report_completion_cells)",
        "UPDATE report_completion_cells SET completion_days = '' \
         WHERE course_id = (SELECT MAX(course_id) FROM report_completion_cells) \
         AND completion_days <> ''",
        "UPDATE report_item_cells SET questions = '{}' \
         WHERE assessment_id = (SELECT MAX(assessment_id) FROM report_item_cells)",
        "UPDATE report_enrollments SET withdrawn = NOT withdrawn \
         WHERE enrollment_id = (SELECT MIN(enrollment_id) FROM report_enrollments)",
        "UPDATE report_attempts SET result = '{}' \
         WHERE attempt_id = (SELECT MIN(attempt_id) FROM report_attempts)",
    ] {
        diesel::sql_query(change).execute(conn).expect("tampered");
    }
    let found = aggregates::differences(conn, usize::MAX).expect("check");
    let cells = found.iter().filter(|d| d.starts_with("cell")).count();
    assert!(cells >= 2, "the counter and the days: {found:#?}");
    assert!(
        found.iter().any(|d| d.starts_with("item cell")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|d| d.starts_with("enrollment")),
        "{found:#?}"
    );
    assert!(found.iter().any(|d| d.starts_with("attempt")), "{found:#?}");

    let finals = finals(&courses);
    conn.write_transaction(|tx| aggregates::rebuild(tx, &finals))
        .expect("recounted");
    let summarized = aggregates::summarize_attempts_once(conn, 100).expect("summarized");
    assert!(
        summarized > 100,
        "a rebuild has every attempt summarized again"
    );
    assert_eq!(
        aggregates::differences(conn, 5).expect("check"),
        Vec::<String>::new()
    );

    // Once done, the catch-up at start no longer searches; a full one still finds a row
    // removed behind the store's back.
    diesel::sql_query(
        "DELETE FROM report_attempts WHERE attempt_id = (SELECT MIN(attempt_id) FROM report_attempts)",
    )
    .execute(conn)
    .expect("removed");
    assert_eq!(
        aggregates::summarize_attempts_once(conn, 100).expect("skipped"),
        0
    );
    assert_eq!(
        aggregates::summarize_attempts(conn, 100).expect("searched"),
        1
    );
}
