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
            user_id: &enrollment.user_id,
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
        assert_eq!(first, again, "issuing again returns the same certificate");
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
