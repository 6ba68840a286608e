//! Time on task: credits per lesson and the enrollment's counted time, moved only by a
//! heartbeat that read where it was (compare-and-set).

use std::sync::{Arc, Barrier};

use chrono::{NaiveDateTime, TimeDelta};
use kampus_store::enrollments;
use kampus_store::testing::TestDatabase;
use kampus_store::time_on_task::{self, Credit};
use kampus_store::users;
use kampus_store::{DbConnection, StoreError};

use super::{new_user, now};

fn enrollment(conn: &mut DbConnection, email: &str) -> String {
    let user = users::insert(conn, &new_user(email, None), now()).expect("user");
    enrollments::enroll(conn, user.id, "migration-and-gender", now())
        .expect("enroll")
        .id
}

fn beat(
    lesson_id: &str,
    previous: Option<NaiveDateTime>,
    seconds: u32,
    at: NaiveDateTime,
) -> Credit<'_> {
    Credit {
        lesson_id,
        previous,
        counted_until: previous.map_or(at, |p| p + TimeDelta::seconds(i64::from(seconds))),
        seconds,
        at,
    }
}

#[test]
fn credits_add_up_per_lesson_and_move_the_counted_time() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let mut conn = pool.get().expect("conn");
    let id = enrollment(&mut conn, "vesna@mup.gov.rs");
    assert_eq!(
        time_on_task::counted_until(&mut conn, &id).expect("read"),
        None
    );
    assert!(
        time_on_task::for_enrollment(&mut conn, &id)
            .expect("read")
            .is_empty()
    );

    let t0 = now();
    assert!(time_on_task::credit(&mut conn, &id, &beat("l-intro", None, 0, t0)).expect("first"));
    assert_eq!(
        time_on_task::counted_until(&mut conn, &id).expect("read"),
        Some(t0),
        "microseconds survive the round trip on both backends"
    );
    let t1 = t0 + TimeDelta::seconds(30);
    assert!(
        time_on_task::credit(&mut conn, &id, &beat("l-intro", Some(t0), 30, t1)).expect("second")
    );
    let t2 = t1 + TimeDelta::seconds(45);
    assert!(
        time_on_task::credit(&mut conn, &id, &beat("l-gender", Some(t1), 45, t2)).expect("third")
    );

    let lessons = time_on_task::for_enrollment(&mut conn, &id).expect("read");
    let summary: Vec<(&str, i64, NaiveDateTime)> = lessons
        .iter()
        .map(|l| (l.lesson_id.as_str(), l.seconds, l.last_heartbeat_at))
        .collect();
    assert_eq!(summary, [("l-gender", 45, t2), ("l-intro", 30, t1)]);
    assert_eq!(
        time_on_task::total_seconds(&mut conn, &id).expect("total"),
        75
    );
    assert_eq!(
        time_on_task::counted_until(&mut conn, &id).expect("read"),
        Some(t2)
    );
}

#[test]
fn a_heartbeat_that_read_a_stale_count_writes_nothing() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let mut conn = pool.get().expect("conn");
    let id = enrollment(&mut conn, "edin@msb.gov.ba");
    let t0 = now();
    time_on_task::credit(&mut conn, &id, &beat("l-intro", None, 0, t0)).expect("first");
    let t1 = t0 + TimeDelta::seconds(20);
    assert!(
        time_on_task::credit(&mut conn, &id, &beat("l-intro", Some(t0), 20, t1)).expect("moved")
    );

    // Both read t0 before the other wrote: the second must not count the interval again.
    let stale = beat("l-other", Some(t0), 20, t1);
    assert!(!time_on_task::credit(&mut conn, &id, &stale).expect("refused"));
    let never = beat("l-other", None, 0, t1);
    assert!(!time_on_task::credit(&mut conn, &id, &never).expect("refused"));
    assert_eq!(
        time_on_task::total_seconds(&mut conn, &id).expect("total"),
        20
    );
    assert_eq!(
        time_on_task::for_enrollment(&mut conn, &id)
            .expect("read")
            .len(),
        1,
        "no row for a lesson whose heartbeat lost"
    );
    assert_eq!(
        time_on_task::counted_until(&mut conn, &id).expect("read"),
        Some(t1)
    );
}

/// Heartbeats of one enrollment from many connections at once (several API nodes), all
/// having read the same counted time: exactly one is credited, on either backend.
#[test]
fn concurrent_heartbeats_with_the_same_reading_credit_once() {
    const THREADS: usize = 6;
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let id = {
        let mut conn = pool.get().expect("conn");
        let id = enrollment(&mut conn, "ana@mvr.gov.mk");
        time_on_task::credit(&mut conn, &id, &beat("l-intro", None, 0, now())).expect("first");
        id
    };
    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|_| {
            let (pool, id, barrier) = (pool.clone(), id.clone(), Arc::clone(&barrier));
            std::thread::spawn(move || -> Result<bool, StoreError> {
                let mut conn = pool.get()?;
                barrier.wait();
                let at = now() + TimeDelta::seconds(30);
                conn.write_transaction(|tx| {
                    time_on_task::credit(tx, &id, &beat("l-intro", Some(now()), 30, at))
                })
            })
        })
        .collect();
    let credited = handles
        .into_iter()
        .map(|h| h.join().expect("thread").expect("credit"))
        .filter(|&won| won)
        .count();
    assert_eq!(credited, 1);
    let mut conn = pool.get().expect("conn");
    assert_eq!(
        time_on_task::total_seconds(&mut conn, &id).expect("total"),
        30
    );
}

#[test]
fn an_unknown_enrollment_has_no_count() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let mut conn = pool.get().expect("conn");
    assert!(matches!(
        time_on_task::counted_until(&mut conn, "no-such-enrollment"),
        Err(StoreError::NotFound)
    ));
    let beat = beat("l-intro", None, 0, now());
    assert!(!time_on_task::credit(&mut conn, "no-such-enrollment", &beat).expect("nothing"));
}
