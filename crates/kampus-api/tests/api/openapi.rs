//! The OpenAPI document, the docs page and metrics.

use serde_json::Value;

use crate::helpers::spawn_app;

/// Every route the application registers (see `routes::configure`), with its method.
const ROUTES: &[(&str, &str)] = &[
    ("post", "/api/v1/admin/certificates/{certificate}/revoke"),
    ("post", "/api/v1/admin/certificates/{certificate}/reissue"),
    ("get", "/api/v1/me/certificates"),
    ("get", "/api/v1/reports/completion"),
    ("get", "/api/v1/reports/headline"),
    ("get", "/api/v1/reports/progress/{course}"),
    ("get", "/api/v1/reports/assessments/{course}/{assessment}"),
    ("get", "/api/v1/reports/knowledge-gain"),
    ("get", "/api/v1/reports/satisfaction"),
    ("get", "/api/v1/certificates/{id}"),
    ("get", "/api/v1/certificates/{id}/pdf"),
    ("get", "/api/v1/certificates/{id}/credential"),
    ("get", "/api/v1/credentials/status/{key}"),
    ("post", "/api/v1/certificates/{id}/resend"),
    ("get", "/api/v1/verify/{code}"),
    ("get", "/healthz"),
    ("get", "/readyz"),
    ("get", "/metrics"),
    ("get", "/openapi.json"),
    ("get", "/docs"),
    ("get", "/docs/assets/{file}"),
    ("get", "/api/v1/courses"),
    ("get", "/api/v1/courses/{slug}"),
    ("put", "/api/v1/courses/{slug}/enrollment"),
    ("delete", "/api/v1/courses/{slug}/enrollment"),
    ("get", "/api/v1/courses/{slug}/lessons/{lesson_id}"),
    ("post", "/api/v1/courses/{slug}/progress"),
    ("post", "/api/v1/courses/{slug}/time"),
    (
        "post",
        "/api/v1/courses/{slug}/assessments/{assessment_id}/attempts",
    ),
    ("get", "/api/v1/courses/{slug}/survey"),
    ("put", "/api/v1/courses/{slug}/survey"),
    ("get", "/api/v1/attempts/{id}"),
    ("put", "/api/v1/attempts/{id}/answers"),
    ("post", "/api/v1/attempts/{id}/submit"),
    ("post", "/api/v1/auth/login"),
    ("post", "/api/v1/auth/register"),
    ("post", "/api/v1/auth/verify-email"),
    ("post", "/api/v1/auth/verify-email/resend"),
    ("post", "/api/v1/auth/refresh"),
    ("post", "/api/v1/auth/logout"),
    ("post", "/api/v1/auth/logout-all"),
    ("post", "/api/v1/auth/password-reset"),
    ("post", "/api/v1/auth/password-reset/confirm"),
    ("get", "/api/v1/me"),
    ("patch", "/api/v1/me"),
    ("delete", "/api/v1/me"),
    ("post", "/api/v1/me/password"),
    ("get", "/api/v1/me/export"),
    ("get", "/api/v1/admin/institutions"),
    ("post", "/api/v1/admin/institutions"),
    ("patch", "/api/v1/admin/institutions/{id}"),
    ("get", "/api/v1/admin/users"),
    ("get", "/api/v1/admin/users/{id}"),
    ("patch", "/api/v1/admin/users/{id}"),
    ("put", "/api/v1/admin/users/{id}/institutions"),
    ("get", "/api/v1/admin/invitations"),
    ("post", "/api/v1/admin/invitations"),
    ("delete", "/api/v1/admin/invitations/{id}"),
    ("get", "/api/v1/admin/mail"),
    ("post", "/api/v1/admin/mail/{id}/retry"),
    ("post", "/api/v1/admin/content/bundles"),
    ("get", "/api/v1/admin/content/versions"),
    ("get", "/api/v1/admin/content/versions/{id}"),
    ("post", "/api/v1/admin/content/versions/{id}/publish"),
    ("get", "/api/v1/admin/content/versions/{id}/preview"),
    (
        "get",
        "/api/v1/admin/content/versions/{id}/preview/lessons/{lesson_id}",
    ),
    (
        "post",
        "/api/v1/admin/content/courses/{course_id}/unpublish",
    ),
    ("get", "/api/v1/admin/content/translation-status"),
    (
        "get",
        "/api/v1/admin/content/courses/{course_id}/translations/{locale}",
    ),
    (
        "post",
        "/api/v1/admin/content/courses/{course_id}/translations/{locale}",
    ),
    ("get", "/api/v1/admin/audit"),
    ("get", "/api/v1/admin/xapi/credentials"),
    ("post", "/api/v1/admin/xapi/credentials"),
    ("delete", "/api/v1/admin/xapi/credentials/{key}"),
];

#[actix_web::test]
async fn the_document_is_openapi_3_1_and_lists_every_route() {
    let app = spawn_app().await;
    let response = app.get("/openapi.json").await;
    assert_eq!(response.status(), 200);
    let doc: Value = response.json().await.expect("json");
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().expect("paths");
    for (method, path) in ROUTES {
        assert!(
            paths.get(*path).and_then(|p| p.get(*method)).is_some(),
            "{method} {path} undocumented"
        );
    }
    assert_eq!(
        paths.len(),
        ROUTES
            .iter()
            .map(|r| r.1)
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    );
    assert!(doc["components"]["schemas"]["Problem"].is_object());
    // Every reference points at a schema the document holds (a parameter's enum once pointed
    // at one utoipa never registered, which schemathesis refused).
    let mut refs = Vec::new();
    collect_refs(&doc, &mut refs);
    assert!(refs.len() > 100, "{} references", refs.len());
    for reference in refs {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("a reference outside the schemas: {reference}"));
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "{reference} points at nothing"
        );
    }
}

/// Every `$ref` in `value`, depth first.
fn collect_refs(value: &Value, refs: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                match (key.as_str(), member) {
                    ("$ref", Value::String(reference)) => refs.push(reference.clone()),
                    _ => collect_refs(member, refs),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_refs(item, refs)),
        _ => {}
    }
}

#[actix_web::test]
async fn docs_page_loads_only_its_own_assets() {
    let app = spawn_app().await;
    let response = app.get("/docs").await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-security-policy"]
            .to_str()
            .expect("ascii")
            .contains("default-src 'self'")
    );
    let html = response.text().await.expect("text");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no outside URL: {html}"
    );
    let assets: Vec<&str> = html
        .split('"')
        .filter(|part| part.starts_with("/docs/assets/"))
        .collect();
    assert_eq!(assets.len(), 4, "{assets:?}");
    for asset in assets {
        let response = app.get(asset).await;
        assert_eq!(response.status(), 200, "{asset}");
        assert!(!response.bytes().await.expect("body").is_empty());
    }
    assert_eq!(app.get("/docs/assets/../Cargo.toml").await.status(), 404);
    assert_eq!(app.get("/docs/assets/nothing.js").await.status(), 404);
}

#[actix_web::test]
async fn metrics_count_requests_by_route_and_show_the_pool() {
    let app = spawn_app().await;
    app.get("/healthz").await;
    app.get("/api/v1/nope").await;
    let text = app.get("/metrics").await.text().await.expect("text");
    assert!(
        text.contains(
            r#"kampus_http_requests_total{method="GET",route="/healthz",status="200"} 1"#
        ),
        "{text}"
    );
    assert!(
        text.contains(
            r#"kampus_http_requests_total{method="GET",route="unmatched",status="404"} 1"#
        )
    );
    assert!(text.contains("kampus_http_request_duration_seconds_bucket"));
    assert!(text.contains("kampus_db_pool_connections_in_use"));
    assert!(text.contains("kampus_db_pool_connections_max 10"));
}

/// Issue 18.5: the document is one a client generator can use — every operation has its own
/// operationId, declares `lang`, and documents the answers every operation of its kind gives
/// (401 behind a token; 400, 413, 415, 422 with a JSON body), and query parameters are never
/// declared as path parameters (each path parameter is in its path).
#[actix_web::test]
async fn operations_have_unique_ids_and_document_their_common_answers() {
    let app = spawn_app().await;
    let doc: Value = app.get("/openapi.json").await.json().await.expect("json");
    let mut ids = std::collections::BTreeMap::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("item") {
            let label = format!("{method} {path}");
            let id = operation["operationId"].as_str().expect("operationId");
            assert!(
                ids.insert(id.to_owned(), label.clone()).is_none(),
                "operationId {id} twice: {label} and {}",
                ids[id]
            );
            let parameters = operation["parameters"].as_array().expect("parameters");
            assert!(
                parameters
                    .iter()
                    .any(|p| p["name"] == "lang" && p["in"] == "query"),
                "{label}: lang"
            );
            for p in parameters.iter().filter(|p| p["in"] == "path") {
                let name = p["name"].as_str().expect("name");
                assert!(path.contains(&format!("{{{name}}}")), "{label}: {name}");
            }
            let answers = operation["responses"].as_object().expect("responses");
            assert!(answers.contains_key("400"), "{label}: 400");
            if operation["security"]
                .as_array()
                .is_some_and(|s| !s.is_empty())
            {
                assert!(answers.contains_key("401"), "{label}: 401");
            }
            if operation["requestBody"]["content"]["application/json"].is_object() {
                for status in ["413", "415", "422"] {
                    assert!(answers.contains_key(status), "{label}: {status}");
                }
            }
        }
    }
    assert_eq!(ids.len(), 74, "every operation counted");
}
