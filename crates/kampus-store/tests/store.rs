//! Storage tests. They run on the backend `KAMPUS_TEST_DATABASE_URL` names (SQLite by default),
//! each on a database of its own.

use std::sync::{Arc, Barrier};

use chrono::NaiveDate;
use diesel::prelude::*;
use kampus_content::Locale;
use kampus_store::institutions::{self, CountryCode, NewInstitution};
use kampus_store::testing::{self, TestDatabase};
use kampus_store::users::{self, NewUser, Role};
use kampus_store::{Backend, DbConnection, Email, StoreError, migrations};

fn now() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .and_then(|d| d.and_hms_micro_opt(9, 30, 0, 123_456))
        .expect("valid date")
}

fn new_user(email: &str, institution: Option<kampus_store::InstitutionId>) -> NewUser {
    NewUser {
        email: Email::parse(email).expect("valid email"),
        display_name: "Марија Јовановић".into(),
        preferred_locale: Locale::SrCyrl,
        role: Role::Learner,
        institution_id: institution,
        password_hash: None,
        gender: Some(kampus_store::users::Gender::Female),
        email_verified_at: None,
    }
}

#[test]
fn migrations_apply_once_and_leave_nothing_pending() {
    let db = TestDatabase::new();
    let pool = kampus_store::Pool::connect(db.url().clone(), &kampus_store::PoolOptions::default())
        .expect("pool");
    let mut conn = pool.get().expect("conn");
    assert_eq!(conn.backend(), testing::backend());
    assert!(!migrations::pending(&mut conn).expect("pending").is_empty());
    let applied = migrations::run_pending(&mut conn).expect("migrate");
    assert!(!applied.is_empty());
    assert!(migrations::pending(&mut conn).expect("pending").is_empty());
    assert!(
        migrations::run_pending(&mut conn)
            .expect("again")
            .is_empty()
    );
}

#[test]
fn users_round_trip_with_any_script_and_case_insensitive_email() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let mut conn = pool.get().expect("conn");
    let institution = institutions::insert(
        &mut conn,
        &NewInstitution {
            name: "Министарство унутрашњих послова".into(),
            country_code: CountryCode::parse("rs").expect("valid"),
            kind: institutions::InstitutionKind::RefugeeAgency,
        },
        now(),
    )
    .expect("insert institution");
    assert_eq!(institution.country_code.as_str(), "RS");

    let user = users::insert(
        &mut conn,
        &new_user("Marija@MUP.gov.rs", Some(institution.id)),
        now(),
    )
    .expect("insert user");
    assert_eq!(user.display_name, "Марија Јовановић");
    assert_eq!(user.email.as_str(), "marija@mup.gov.rs");
    assert_eq!(
        user.created_at,
        now(),
        "timestamps keep microseconds on both backends"
    );
    assert_eq!(user.institution_id, Some(institution.id));
    assert_eq!(user.preferred_locale, Locale::SrCyrl);

    let found = users::find_by_email(
        &mut conn,
        &Email::parse("MARIJA@mup.gov.RS").expect("valid"),
    )
    .expect("query")
    .expect("found");
    assert_eq!(found, user);

    let duplicate = users::insert(&mut conn, &new_user("marija@MUP.GOV.RS", None), now());
    assert!(
        matches!(duplicate, Err(StoreError::Conflict(_))),
        "{duplicate:?}"
    );
    assert!(matches!(
        users::find(&mut conn, kampus_store::UserId::new()),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn foreign_keys_are_enforced() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let mut conn = pool.get().expect("conn");
    let missing = kampus_store::InstitutionId::new();
    let result = users::insert(&mut conn, &new_user("a@b.ba", Some(missing)), now());
    assert!(
        matches!(result, Err(StoreError::Constraint(_))),
        "{result:?}"
    );
}

#[test]
fn a_failed_write_transaction_leaves_nothing_behind() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let mut conn = pool.get().expect("conn");
    let result: Result<(), StoreError> = conn.write_transaction(|tx| {
        users::insert(tx, &new_user("first@mup.gov.me", None), now())?;
        users::insert(tx, &new_user("FIRST@mup.gov.me", None), now())?;
        Ok(())
    });
    assert!(matches!(result, Err(StoreError::Conflict(_))));
    assert_eq!(users::count(&mut conn).expect("count"), 0);
}

/// Many threads run read-then-write transactions at the same moment. On SQLite this fails
/// with "database is locked" unless every pooled connection has a busy timeout and write
/// transactions take the lock up front; on PostgreSQL it must simply work.
#[test]
fn concurrent_writers_never_see_database_is_locked() {
    const THREADS: usize = 8;
    const WRITES_PER_THREAD: usize = 40;
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let pool = pool.clone();
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || -> Result<(), StoreError> {
                let mut conn = pool.get()?;
                barrier.wait();
                for i in 0..WRITES_PER_THREAD {
                    conn.write_transaction(|tx: &mut DbConnection| {
                        // Read first, then write: the pattern that deadlocks a deferred
                        // SQLite transaction.
                        let before = users::count(tx)?;
                        users::insert(tx, &new_user(&format!("u{t}-{i}@mup.gov.mk"), None), now())?;
                        assert!(users::count(tx)? > before);
                        Ok::<_, StoreError>(())
                    })?;
                }
                Ok(())
            })
        })
        .collect();
    for handle in handles {
        handle.join().expect("thread").expect("no write may fail");
    }
    let mut conn = pool.get().expect("conn");
    assert_eq!(
        users::count(&mut conn).expect("count"),
        i64::try_from(THREADS * WRITES_PER_THREAD).expect("small")
    );
}

#[test]
fn sqlite_connections_are_set_up_for_a_server() {
    #[derive(QueryableByName)]
    struct Pragma {
        #[diesel(sql_type = diesel::sql_types::Text)]
        value: String,
    }
    if testing::backend() != Backend::Sqlite {
        return;
    }
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    // Every pooled connection, not just the first, carries the settings.
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut conn = pool.get().expect("conn");
        let read = |conn: &mut DbConnection, pragma: &str| -> String {
            diesel::sql_query(format!(
                "SELECT CAST((SELECT * FROM pragma_{pragma}) AS TEXT) AS value"
            ))
            .get_result::<Pragma>(conn)
            .expect("pragma")
            .value
        };
        assert_eq!(read(&mut conn, "journal_mode"), "wal");
        assert_eq!(read(&mut conn, "foreign_keys"), "1");
        assert_eq!(read(&mut conn, "busy_timeout"), "5000");
        assert_eq!(read(&mut conn, "synchronous"), "1", "NORMAL");
        held.push(conn);
    }
}

#[test]
fn a_mistyped_url_never_creates_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let typo = format!("sqlit://{}", dir.path().join("kampus.db").display());
    let error = kampus_store::DatabaseUrl::parse(&typo).expect_err("refused");
    assert!(
        error.to_string().contains("`sqlit` is not supported"),
        "{error}"
    );
    assert_eq!(std::fs::read_dir(dir.path()).expect("read").count(), 0);
}

// In a subfolder: a file directly under tests/ would be a test binary of its own.
#[path = "store/time_on_task.rs"]
mod time_on_task;

#[path = "store/progress.rs"]
mod progress;

#[path = "store/certificates.rs"]
mod certificates;

#[path = "store/content_versions.rs"]
mod content_versions;

#[path = "store/xapi_statements.rs"]
mod xapi_statements;

mod outbox_queue {
    use chrono::TimeDelta;
    use kampus_content::Locale;
    use kampus_store::outbox::{self, CLAIM_LEASE, NewMail};
    use kampus_store::testing::TestDatabase;

    use super::now;

    fn mail(to: &str) -> NewMail {
        NewMail {
            recipient: to.into(),
            locale: Locale::Sq,
            template: "verify-email".into(),
            subject: "Verifikoni adresën".into(),
            body_text: "Tekst".into(),
            body_html: "<p>Tekst</p>".into(),
            certificate_id: None,
        }
    }

    #[test]
    fn a_message_is_claimed_by_one_worker_only_and_reclaimed_after_its_lease() {
        let db = TestDatabase::new();
        let pool = db.migrated_pool();
        let mut first = pool.get().expect("conn");
        let mut second = pool.get().expect("conn");
        let id = outbox::enqueue(&mut first, &mail("a@b.al"), now()).expect("enqueue");

        let claimed = outbox::claim_due(&mut first, now(), 10).expect("claim");
        assert_eq!(claimed.len(), 1);
        assert_eq!(claimed[0].attempts, 1);
        assert!(
            outbox::claim_due(&mut second, now(), 10)
                .expect("claim")
                .is_empty()
        );

        // The first worker died without settling: after the lease the message is due again.
        let later = now() + CLAIM_LEASE + TimeDelta::seconds(1);
        let reclaimed = outbox::claim_due(&mut second, later, 10).expect("claim");
        assert_eq!(reclaimed.len(), 1);
        assert_eq!(reclaimed[0].id, id);
        assert_eq!(reclaimed[0].attempts, 2);
        outbox::mark_sent(&mut second, &id, later).expect("sent");
        assert!(
            outbox::claim_due(&mut first, later + CLAIM_LEASE * 2, 10)
                .expect("claim")
                .is_empty()
        );
        assert_eq!(outbox::find(&mut first, &id).expect("find").status, "sent");
    }

    #[test]
    fn failures_back_off_then_give_up_and_can_be_retried() {
        let db = TestDatabase::new();
        let pool = db.migrated_pool();
        let mut conn = pool.get().expect("conn");
        let id = outbox::enqueue(&mut conn, &mail("b@c.mk"), now()).expect("enqueue");
        let mut at = now();
        for attempt in 1..=3 {
            let claimed = outbox::claim_due(&mut conn, at, 10).expect("claim");
            assert_eq!(claimed.len(), 1, "attempt {attempt}");
            let policy = outbox::RetryPolicy {
                max_attempts: 3,
                ..Default::default()
            };
            outbox::mark_attempt_failed(&mut conn, &id, "connection refused", at, &policy)
                .expect("fail");
            let stored = outbox::find(&mut conn, &id).expect("find");
            if attempt < 3 {
                assert_eq!(stored.status, "pending");
                assert_eq!(stored.next_attempt_at, at + policy.backoff(attempt));
                assert!(
                    outbox::claim_due(&mut conn, at, 10)
                        .expect("claim")
                        .is_empty(),
                    "not before its time"
                );
                at = stored.next_attempt_at;
            } else {
                assert_eq!(stored.status, "failed");
                assert_eq!(stored.last_error.as_deref(), Some("connection refused"));
            }
        }
        assert_eq!(
            outbox::list_by_status(&mut conn, "failed", 10)
                .expect("list")
                .len(),
            1
        );
        outbox::retry(&mut conn, &id, at).expect("retry");
        assert_eq!(
            outbox::claim_due(&mut conn, at, 10).expect("claim").len(),
            1
        );
    }
}
