//! Certificates: one per enrollment, serials increasing per year.

use kampus_store::testing::TestDatabase;
use kampus_store::{enrollments, users};

use super::{new_user, now};

#[test]
fn certificates_are_issued_once_per_enrollment_with_increasing_serials() {
    use kampus_store::certificates::{self, NewCertificate};

    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let mut serials = Vec::new();
    for n in 0..3 {
        let user =
            users::insert(conn, &new_user(&format!("c{n}@mup.gov.rs"), None), now()).expect("user");
        let enrollment =
            enrollments::enroll(conn, user.id, "migration-and-gender", now()).expect("enroll");
        let new = NewCertificate {
            enrollment_id: &enrollment.id,
            user_id: enrollment.user_id,
            course_id: &enrollment.course_id,
            snapshot: "{}",
            issued_at: now(),
        };
        let first = conn
            .write_transaction(|tx| certificates::issue(tx, &new))
            .expect("issued");
        let again = conn
            .write_transaction(|tx| certificates::issue(tx, &new))
            .expect("the same");
        let (certificates::Issuance::New(first), certificates::Issuance::Existing(again)) =
            (first, again)
        else {
            panic!("the first call issues, the second finds");
        };
        assert_eq!(first, again, "issuing again returns the same certificate");
        assert_eq!(
            first.status_index,
            n + 1,
            "status-list bits are handed out in order"
        );
        serials.push(first.serial);
    }
    let year = chrono::Datelike::year(&now());
    assert_eq!(
        serials,
        (1..=3)
            .map(|n| format!("KMP-{year}-{n:06}"))
            .collect::<Vec<_>>()
    );
}

/// A re-issue: a new certificate for the same enrollment, the old one revoked and pointing at
/// it, both audit trails saying why; re-issuing the old one again is refused.
#[test]
fn a_reissued_certificate_is_replaced_revoked_and_audited() {
    use kampus_store::certificates::{self, Issuance, NewCertificate, Reissued};

    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let admin = users::insert(conn, &new_user("admin@rmtc.org", None), now()).expect("admin");
    let user = users::insert(conn, &new_user("r@mup.gov.rs", None), now()).expect("user");
    let enrollment =
        enrollments::enroll(conn, user.id, "migration-and-gender", now()).expect("enroll");
    let new = NewCertificate {
        enrollment_id: &enrollment.id,
        user_id: enrollment.user_id,
        course_id: &enrollment.course_id,
        snapshot: r#"{"holder_name":"Jovana Stojanovic"}"#,
        issued_at: now(),
    };
    let first = conn
        .write_transaction(|tx| certificates::issue(tx, &new))
        .expect("issued")
        .into_certificate();
    let outcome = conn
        .write_transaction(|tx| {
            certificates::reissue(
                tx,
                &first.serial,
                admin.id,
                "Name corrected to Jovana Stojanović",
                r#"{"holder_name":"Jovana Stojanović"}"#,
                now(),
            )
        })
        .expect("re-issued");
    let Reissued::Now { old, new: second } = outcome else {
        panic!("re-issued now");
    };
    assert_eq!(
        old.replaced_by.as_deref(),
        Some(second.id.to_string().as_str())
    );
    assert!(old.revoked_at.is_some());
    assert_eq!(second.enrollment_id, first.enrollment_id);
    assert_ne!(second.serial, first.serial);
    assert_ne!(second.verification_code, first.verification_code);
    assert!(second.revoked_at.is_none() && second.replaced_by.is_none());
    assert!(second.snapshot.contains("Stojanović"));
    assert_eq!(
        certificates::find_by_enrollment(conn, &enrollment.id).expect("current"),
        Some((*second).clone()),
        "the enrollment's certificate is the new one"
    );
    let again = conn
        .write_transaction(|tx| certificates::issue(tx, &new))
        .expect("found");
    assert!(matches!(again, Issuance::Existing(c) if c.id == second.id));
    let trail: Vec<String> = certificates::events(conn, old.id)
        .expect("events")
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(trail, ["revoked", "replaced"]);
    assert_eq!(
        certificates::events(conn, second.id).expect("events")[0].action,
        "replaces"
    );
    let refused = conn
        .write_transaction(|tx| {
            certificates::reissue(tx, &first.serial, admin.id, "again", "{}", now())
        })
        .expect("answered");
    assert_eq!(
        refused,
        Reissued::AlreadyReplaced {
            by_serial: second.serial.clone()
        }
    );
    assert_eq!(
        certificates::revoked_status_indices(conn).expect("indices"),
        vec![old.status_index]
    );
    let kept = certificates::keep_credential(conn, second.id, "{\"a\":1}").expect("kept");
    let not_replaced = certificates::keep_credential(conn, second.id, "{\"b\":2}").expect("kept");
    assert_eq!(
        (kept.as_str(), not_replaced.as_str()),
        ("{\"a\":1}", "{\"a\":1}")
    );
}
