//! The admins' pages for LRS credentials (`/admin/xapi/credentials`, crates/kampus-web):
//! admins only; the secret is shown once, on the page that answers the form; bad input is a
//! 422 page naming the field, with nothing written; revoking asks first, and the credential
//! stops working at `/xapi` at once. Every change reads back through the JSON API and is in
//! the audit log, as a change through the API is.

use kampus_content::Locale;
use kampus_store::institutions::InstitutionKind;
use kampus_store::users::Role;
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::spawn_app;
use crate::pages::{Browser, Page};

const PASSWORD: &str = "lozinka za kampus 2026";
const LIST: &str = "/admin/xapi/credentials";

/// The text of `<code id="{id}">` on a page.
fn code(page: &Page, id: &str) -> String {
    let marker = format!("<code id=\"{id}\">");
    let start = page.body.find(&marker).expect("shown") + marker.len();
    page.body[start..]
        .split('<')
        .next()
        .expect("text")
        .to_owned()
}

/// Whether a page has an error tied to `field`.
fn field_error(page: &Page, field: &str) -> bool {
    page.body
        .contains(&format!("<p class=\"error\" id=\"{field}-error\">"))
}

#[actix_web::test]
async fn lrs_credentials_are_made_with_the_secret_shown_once_and_revoked_after_a_confirmation() {
    let app = spawn_app().await;
    let border = app
        .institution("Granična policija BiH", "BA", InstitutionKind::BorderPolice)
        .await
        .to_string();
    app.create_user("admin@rmtc.org", PASSWORD, Locale::En, Role::Admin)
        .await;
    app.create_user(
        "trainer@granpol.gov.ba",
        PASSWORD,
        Locale::Bs,
        Role::Trainer,
    )
    .await;
    let token = app.token_for("admin@rmtc.org", PASSWORD).await;
    let api = |path: &'static str| {
        let (app, token) = (&app, token.clone());
        async move {
            let response = app.send(Method::GET, path, Some(&token), None).await;
            assert_eq!(response.status(), 200, "{path}");
            response.json::<Value>().await.expect("json")
        }
    };

    // Trainers get 403, visitors are asked to sign in.
    let mut trainer = Browser::new(&app);
    trainer.sign_in("trainer@granpol.gov.ba", PASSWORD).await;
    assert_eq!(trainer.get(LIST).await.status, StatusCode::FORBIDDEN);
    let visitor = Browser::new(&app).get(LIST).await;
    assert_eq!(visitor.status, StatusCode::SEE_OTHER);

    let mut admin = Browser::new(&app);
    admin.sign_in("admin@rmtc.org", PASSWORD).await;
    let page = admin.get(LIST).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("There are no LRS credentials yet."));
    assert!(page.body.contains("Granična policija BiH"));

    // Each bad field named, nothing written.
    for (fields, named) in [
        (vec![("name", ""), ("scope", "all")], "name"),
        (vec![("name", "Tool")], "scopes"),
        (vec![("name", "Tool"), ("scope", "everything")], "scopes"),
    ] {
        let page = admin.submit(LIST, LIST, &fields).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{named}");
        assert!(field_error(&page, named), "{named}: {}", page.body);
    }
    let page = admin
        .submit(
            LIST,
            LIST,
            &[
                ("name", "Tool"),
                ("scope", "all"),
                ("institution", "00000000-0000-7000-8000-000000000000"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_error(&page, "institutions"));
    assert_eq!(
        api("/api/v1/admin/xapi/credentials").await,
        Value::Array(vec![])
    );

    let page = admin
        .submit(
            LIST,
            LIST,
            &[
                ("name", "Ministry analytics"),
                ("scope", "statements/read"),
                ("scope", "state"),
                ("institution", &border),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::CREATED, "{}", page.body);
    assert_eq!(page.headers["cache-control"], "no-store");
    assert!(page.body.contains("Copy the secret now"));
    let (key, secret) = (code(&page, "key"), code(&page, "secret"));
    assert!(secret.len() >= 40, "{secret}");
    let listed = api("/api/v1/admin/xapi/credentials").await;
    assert_eq!(listed[0]["key"], key.as_str());
    assert_eq!(listed[0]["name"], "Ministry analytics");
    assert_eq!(
        listed[0]["scopes"],
        serde_json::json!(["statements/read", "state"])
    );
    assert_eq!(listed[0]["institutions"], serde_json::json!([border]));
    // Once: the list names it but does not show the secret again.
    let list = admin.get(LIST).await;
    assert!(list.body.contains(&key));
    assert!(!list.body.contains(&secret));
    let works = |secret: String| {
        let (app, key) = (&app, key.clone());
        async move {
            app.client
                .get(app.url("/xapi/statements"))
                .basic_auth(key, Some(secret))
                .header("X-Experience-API-Version", "2.0.0")
                .send()
                .await
                .expect("request")
                .status()
        }
    };
    assert_eq!(works(secret.clone()).await, 200);

    // Revoking asks first; the confirmation revokes, and the credential stops at once.
    let confirm = format!("/admin/xapi/credentials/{key}/revoke");
    let page = admin.get(&confirm).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Yes, revoke the credential"));
    assert_eq!(works(secret.clone()).await, 200);
    let page = admin.submit(&confirm, &confirm, &[]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(works(secret.clone()).await, 401);
    let list = admin
        .get(page.location.as_deref().expect("back to the list"))
        .await;
    assert!(list.body.contains("The LRS credential was revoked."));
    assert!(
        admin
            .get(&confirm)
            .await
            .body
            .contains("This credential is revoked already.")
    );
    assert_eq!(
        admin
            .get("/admin/xapi/credentials/no-such-key/revoke")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let audit = api("/api/v1/admin/audit?action=xapi.credential.").await;
    let actions: Vec<&str> = audit["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["action"].as_str().expect("action"))
        .collect();
    assert_eq!(
        actions,
        ["xapi.credential.create", "xapi.credential.revoke"]
    );
}
