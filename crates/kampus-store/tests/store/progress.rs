//! Lesson events: counted once, only forward, and the completed lessons listed, on both
//! backends.

use chrono::TimeDelta;
use kampus_store::progress::{self, EventKind, LessonEvent, Recorded};
use kampus_store::testing::TestDatabase;
use kampus_store::{DbConnection, enrollments, users};

use super::{new_user, now};

fn event(id: &str, kind: EventKind, lesson: &str, minutes: i64) -> LessonEvent {
    LessonEvent {
        event_id: id.to_owned(),
        kind,
        lesson_id: lesson.to_owned(),
        occurred_at: Some(now() + TimeDelta::minutes(minutes)),
    }
}

fn record(conn: &mut DbConnection, enrollment: &str, e: &LessonEvent) -> (Recorded, Vec<String>) {
    conn.write_transaction(|tx| progress::record_and_list(tx, enrollment, e, now()))
        .expect("recorded")
}

#[test]
fn events_count_once_move_forward_and_list_the_completed_lessons() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let user = users::insert(conn, &new_user("events@mup.gov.rs", None), now()).expect("user");
    let enrollment = enrollments::enroll(conn, user.id, "migration-and-gender", now())
        .expect("enroll")
        .id;

    let viewed = event("e-1", EventKind::Viewed, "l-b", 0);
    assert_eq!(record(conn, &enrollment, &viewed), (Recorded::New, vec![]));
    assert_eq!(
        record(conn, &enrollment, &viewed),
        (Recorded::Duplicate, vec![])
    );
    let reused = event("e-1", EventKind::Completed, "l-b", 0);
    assert_eq!(record(conn, &enrollment, &reused).0, Recorded::Conflict);

    let done = event("e-2", EventKind::Completed, "l-b", 10);
    assert_eq!(
        record(conn, &enrollment, &done),
        (Recorded::Completed, vec!["l-b".to_owned()])
    );
    // Completed again (another event): recorded, nothing new to complete.
    let again = event("e-3", EventKind::Completed, "l-b", 5);
    assert_eq!(
        record(conn, &enrollment, &again),
        (Recorded::New, vec!["l-b".to_owned()])
    );
    // A late "viewed" never undoes it; the earliest completion is kept.
    let late = event("e-4", EventKind::Viewed, "l-b", -30);
    assert_eq!(
        record(conn, &enrollment, &late),
        (Recorded::New, vec!["l-b".to_owned()])
    );
    let other = event("e-5", EventKind::Completed, "l-a", 20);
    assert_eq!(
        record(conn, &enrollment, &other),
        (
            Recorded::Completed,
            vec!["l-a".to_owned(), "l-b".to_owned()]
        )
    );
    assert_eq!(
        progress::completed_lessons(conn, &enrollment).expect("list"),
        vec!["l-a".to_owned(), "l-b".to_owned()]
    );
}

/// Issue 18.1: a retry is the client's body again. Without a time, the server stamps each
/// copy with its own time of recording, and the copies are still one event; with a time in
/// the future, each copy is clamped to its own time of recording, and still one event.
#[test]
fn a_retry_without_a_time_or_with_a_future_time_is_a_duplicate() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let user = users::insert(conn, &new_user("retries@mup.gov.rs", None), now()).expect("user");
    let enrollment = enrollments::enroll(conn, user.id, "migration-and-gender", now())
        .expect("enroll")
        .id;
    let record_at = |conn: &mut DbConnection, e: &LessonEvent, seconds: i64| {
        conn.write_transaction(|tx| {
            progress::record(tx, &enrollment, e, now() + TimeDelta::seconds(seconds))
        })
        .expect("recorded")
    };
    let untimed = LessonEvent {
        occurred_at: None,
        ..event("e-untimed", EventKind::Viewed, "l-a", 0)
    };
    assert_eq!(record_at(conn, &untimed, 0), Recorded::New);
    assert_eq!(record_at(conn, &untimed, 7), Recorded::Duplicate);
    let future = event("e-future", EventKind::Completed, "l-a", 60);
    assert_eq!(record_at(conn, &future, 1), Recorded::Completed);
    assert_eq!(record_at(conn, &future, 9), Recorded::Duplicate);
    // The same id with another time is another event.
    let earlier = event("e-future", EventKind::Completed, "l-a", -60);
    assert_eq!(record_at(conn, &earlier, 10), Recorded::Conflict);
}
