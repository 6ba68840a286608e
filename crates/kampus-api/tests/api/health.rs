use serde_json::Value;

use crate::helpers::{problem, spawn_app};

#[actix_web::test]
async fn healthz_says_alive() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["status"], "ok");
}

#[actix_web::test]
async fn readyz_is_ready_on_a_migrated_database() {
    let app = spawn_app().await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["status"], "ready");
    assert_eq!(
        body["database"],
        kampus_store::testing::backend().to_string()
    );
    assert_eq!(body["checks"]["migrations"]["ok"], true);
}

#[actix_web::test]
async fn readyz_turns_503_when_the_database_goes_away_and_healthz_stays_up() {
    let app = spawn_app().await;
    assert_eq!(app.get("/readyz").await.status(), 200);
    app.db.make_unreachable();

    let body = problem(app.get("/readyz").await, 503).await;
    assert_eq!(body["type"], "/problems/not-ready");
    assert_eq!(body["checks"]["database"]["ok"], false, "{body}");
    assert!(
        body["checks"]["database"]["error"]
            .as_str()
            .is_some_and(|e| !e.is_empty())
    );
    assert_eq!(
        app.get("/healthz").await.status(),
        200,
        "alive even when not ready"
    );
}
