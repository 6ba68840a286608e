//! Public verification of certificates: limited per address, unknown codes are plain 404s.
//! (Issuance and a valid verification are in `assessments::concurrent_completing_events_complete_once`.)

use kampus_store::testing::TestDatabase;

use crate::helpers::{problem, spawn_app_with};

#[actix_web::test]
async fn verification_is_rate_limited_per_address() {
    let app = spawn_app_with(
        TestDatabase::new(),
        &[("KAMPUS_VERIFY_LIMIT_PER_MINUTE", "3")],
    )
    .await;
    for _ in 0..3 {
        problem(app.get("/api/v1/verify/7K3M-Q9XD-T2WA-B4RN").await, 404).await;
    }
    let limited = app.get("/api/v1/verify/7K3M-Q9XD-T2WA-B4RN").await;
    assert!(limited.headers().contains_key("retry-after"));
    let body = problem(limited, 429).await;
    assert_eq!(body["type"], "/problems/too-many-requests");
}
