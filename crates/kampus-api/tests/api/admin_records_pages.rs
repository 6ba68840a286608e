//! The admin pages for certificates, failed mail and the audit log (crates/kampus-web,
//! `/admin/certificates`, `/admin/mail`, `/admin/audit`): the same use cases as the JSON API,
//! so what a page changes is what the API and the store read back; admins only; every form
//! behind its CSRF token; the audit CSV the API's byte for byte.

use kampus_content::Locale;
use kampus_store::certificates::{self, Certificate};
use kampus_store::outbox::{self, NewMail, RetryPolicy};
use kampus_store::users::Role;
use kampus_store::{CertificateId, audit};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::certificates::issued_to;
use crate::helpers::{TestApp, spawn_app};
use crate::pages::{Browser, hidden};

const PASSWORD: &str = "lozinka za kampus 2026";
const ADMIN: &str = "admin@kampus.test";

/// An app with an admin, a trainer and a learner, and a certificate of another learner.
async fn setup() -> (TestApp, Certificate) {
    let app = spawn_app().await;
    for (email, role) in [
        (ADMIN, Role::Admin),
        ("trainer@kampus.test", Role::Trainer),
        ("learner@kampus.test", Role::Learner),
    ] {
        app.create_user(email, PASSWORD, Locale::En, role).await;
    }
    let certificate = issued_to(&app, "holder@mvr.gov.mk", "Марија Петровска").await;
    (app, certificate)
}

async fn signed_in<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let mut browser = Browser::new(app);
    let signed = browser.sign_in(email, PASSWORD).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{email} signs in");
    browser
}

async fn stored(app: &TestApp, id: CertificateId) -> Certificate {
    app.state
        .db
        .run(move |conn| certificates::find(conn, id))
        .await
        .expect("certificate")
}

/// The audit log's entries about certificates (the content folder's are there from the start).
async fn logged(app: &TestApp) -> Vec<audit::Logged> {
    let query = audit::Query {
        action_prefix: Some("certificate.".into()),
        ..audit::Query::default()
    };
    app.state
        .db
        .run(move |conn| audit::list(conn, &query, None, 1_000))
        .await
        .expect("log")
}

/// A message the outbox gave up on, to `recipient`; its id.
async fn failed_mail(app: &TestApp, recipient: &str) -> String {
    let recipient = recipient.to_owned();
    let now = app.state.clock.now();
    app.state
        .db
        .run(move |conn| {
            let id = outbox::enqueue(
                conn,
                &NewMail {
                    recipient,
                    locale: Locale::En,
                    template: "reset".into(),
                    subject: "Reset your password".into(),
                    body_text: "text".into(),
                    body_html: "<p>html</p>".into(),
                    certificate_id: None,
                },
                now,
            )?;
            let give_up = RetryPolicy {
                max_attempts: 0,
                ..RetryPolicy::default()
            };
            outbox::mark_attempt_failed(conn, &id, "550 mailbox unavailable", now, &give_up)?;
            Ok(id)
        })
        .await
        .expect("failed mail")
}

#[actix_web::test]
async fn admins_find_certificates_by_serial_code_or_holder_with_a_bookmarkable_query() {
    let (app, certificate) = setup().await;
    let mut admin = signed_in(&app, ADMIN).await;
    let empty = admin.get("/admin/certificates").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.body.contains("name=\"q\""));
    let link = format!("/admin/certificates/{}", certificate.id);
    let typed_code = certificate
        .verification_code
        .replace('-', " ")
        .to_lowercase();
    for q in [
        certificate.serial.clone(),
        certificate.serial.to_lowercase(),
        typed_code,
        "MVR.gov".to_owned(),
        "test korisnik".to_owned(),
    ] {
        let query = serde_urlencoded::to_string([("q", q.as_str())]).expect("query");
        let page = admin.get(&format!("/admin/certificates?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{q}");
        assert!(page.body.contains(&link), "{q} finds it");
        assert!(page.body.contains("One certificate found."), "{q}");
        assert!(page.body.contains("holder@mvr.gov.mk"), "{q}");
    }
    let none = admin.get("/admin/certificates?q=nobody%40nowhere").await;
    assert_eq!(none.status, StatusCode::OK);
    assert!(none.body.contains("No certificate found."));
    assert!(!none.body.contains(&link));
    assert!(
        none.body.contains("value=\"nobody@nowhere\""),
        "the search is kept"
    );

    let record = admin.get(&link).await;
    assert_eq!(record.status, StatusCode::OK);
    for fact in [
        certificate.serial.as_str(),
        certificate.verification_code.as_str(),
        "Марија Петровска",
        "holder@mvr.gov.mk",
        "Valid",
    ] {
        assert!(record.body.contains(fact), "{fact}");
    }
    let unknown = admin
        .get("/admin/certificates/00000000-0000-0000-0000-000000000000")
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(admin.get("/admin/certificates/x").await.status, 404);
}

#[actix_web::test]
async fn a_revocation_needs_a_reason_and_a_confirmation_then_verification_says_so() {
    let (app, certificate) = setup().await;
    let mut admin = signed_in(&app, ADMIN).await;
    let page = format!("/admin/certificates/{}", certificate.id);
    let action = format!("{page}/revoke");

    for reason in ["", "   ", "a\u{202E}b"] {
        let refused = admin.submit(&page, &action, &[("reason", reason)]).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{reason:?}"
        );
        assert!(
            refused.body.contains("id=\"revoke_reason-error\""),
            "the error is tied to its field"
        );
        assert!(refused.body.contains("Write 1 to 500 characters"));
        assert!(refused.body.contains("aria-invalid=\"true\""));
    }
    let long = "x".repeat(501);
    let refused = admin.submit(&page, &action, &[("reason", &long)]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);

    // The first step only asks for confirmation.
    let reason = "Issued in error: final assessment annulled";
    let confirm = admin.submit(&page, &action, &[("reason", reason)]).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm
            .body
            .contains(&format!("Revoke certificate {}?", certificate.serial))
    );
    assert_eq!(hidden(&confirm.body, "confirm").as_deref(), Some("yes"));
    assert_eq!(hidden(&confirm.body, "reason").as_deref(), Some(reason));
    let unchanged = stored(&app, certificate.id).await;
    assert!(unchanged.revoked_at.is_none(), "nothing changed yet");
    assert!(logged(&app).await.is_empty());

    let done = admin
        .post(
            &action,
            &[
                ("csrf", &confirm.csrf()),
                ("reason", &format!("  {reason} ")),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(
        done.location.as_deref(),
        Some(format!("{page}?done=admin-certificates-revoked").as_str())
    );
    let shown = admin.get(done.location.as_deref().expect("location")).await;
    assert!(shown.body.contains("The certificate is revoked."));
    assert!(shown.body.contains(reason));
    assert!(
        !shown.body.contains(&action),
        "no second revocation offered"
    );

    let revoked = stored(&app, certificate.id).await;
    assert!(revoked.revoked_at.is_some());
    assert_eq!(
        revoked.revocation_reason.as_deref(),
        Some(reason),
        "trimmed"
    );
    let log = logged(&app).await;
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].action, "certificate.revoke");
    assert_eq!(log[0].subject, certificate.serial);
    let verified: serde_json::Value = app
        .get(&format!("/api/v1/verify/{}", certificate.verification_code))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(verified["status"], "revoked");

    // Revoking again changes nothing: the first reason stands.
    let again = admin
        .submit(&page, &action, &[("reason", "Another"), ("confirm", "yes")])
        .await;
    assert_eq!(
        again.location.as_deref(),
        Some(format!("{page}?done=admin-certificates-already-revoked").as_str())
    );
    assert_eq!(
        stored(&app, certificate.id)
            .await
            .revocation_reason
            .as_deref(),
        Some(reason)
    );
}

#[actix_web::test]
async fn a_reissue_replaces_the_certificate_and_shows_the_new_one() {
    let (app, certificate) = setup().await;
    let mut admin = signed_in(&app, ADMIN).await;
    let page = format!("/admin/certificates/{}", certificate.id);
    let action = format!("{page}/reissue");

    let refused = admin.submit(&page, &action, &[("reason", "")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("id=\"reissue_reason-error\""));
    assert!(stored(&app, certificate.id).await.replaced_by.is_none());

    let confirm = admin
        .submit(&page, &action, &[("reason", "Name corrected")])
        .await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm
            .body
            .contains(&format!("Re-issue certificate {}?", certificate.serial))
    );
    assert!(stored(&app, certificate.id).await.replaced_by.is_none());
    let done = admin
        .post(
            &action,
            &[
                ("csrf", &confirm.csrf()),
                ("reason", "Name corrected"),
                ("confirm", "yes"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let old = stored(&app, certificate.id).await;
    let new_id = old.replaced_by.clone().expect("replaced");
    assert_eq!(
        done.location.as_deref(),
        Some(format!("/admin/certificates/{new_id}?done=admin-certificates-reissued").as_str())
    );
    let new = stored(&app, CertificateId::parse_exact(&new_id).expect("id")).await;
    let shown = admin.get(done.location.as_deref().expect("location")).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("The certificate was re-issued."));
    assert!(shown.body.contains(&new.serial));
    assert!(shown.body.contains("Issued to replace another"));
    let old_page = admin.get(&page).await;
    assert!(old_page.body.contains("Replaced"));
    assert!(
        old_page
            .body
            .contains(&format!("/admin/certificates/{new_id}"))
    );
    assert!(
        !old_page.body.contains(&action),
        "no second re-issue offered"
    );
    let actions: Vec<String> = logged(&app).await.into_iter().map(|e| e.action).collect();
    assert_eq!(actions, ["certificate.reissue"]);
    // The new certificate's email is queued to the holder.
    let queued = app
        .state
        .db
        .run(move |conn| outbox::for_certificate(conn, new.id))
        .await
        .expect("mail");
    assert_eq!(queued.len(), 1);
}

#[actix_web::test]
async fn failed_mail_is_listed_as_the_api_lists_it_and_retried() {
    let (app, _) = setup().await;
    let id = failed_mail(&app, "lost@example.org").await;
    let mut admin = signed_in(&app, ADMIN).await;
    let page = admin.get("/admin/mail").await;
    assert_eq!(page.status, StatusCode::OK);
    for shown in [
        "lost@example.org",
        "Password reset",
        "550 mailbox unavailable",
        "One failed message.",
    ] {
        assert!(page.body.contains(shown), "{shown}");
    }
    let action = format!("/admin/mail/{id}/retry");
    assert!(page.body.contains(&action));

    let done = admin.submit("/admin/mail", &action, &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(
        done.location.as_deref(),
        Some("/admin/mail?done=admin-mail-retried")
    );
    let after = admin.get("/admin/mail?done=admin-mail-retried").await;
    assert!(after.body.contains("The message is back in the queue."));
    assert!(after.body.contains("No failed messages."));
    assert!(!after.body.contains("lost@example.org"));
    let mail = app
        .state
        .db
        .run(move |conn| outbox::find(conn, &id))
        .await
        .expect("mail");
    // Queued again, with a fresh count: the app's outbox worker may have sent it already.
    assert!(
        ["pending", "sending", "sent"].contains(&mail.status.as_str()),
        "{}",
        mail.status
    );
    assert!(mail.attempts <= 1, "{}", mail.attempts);

    // A message that is not failed (any more) is not found.
    let again = admin.submit("/admin/mail", &action, &[]).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
}

#[actix_web::test]
async fn the_audit_log_page_filters_and_pages_and_its_csv_is_the_apis() {
    let (app, _) = setup().await;
    let (alice, _) = crate::audit::fixture(&app).await;
    let mut admin = signed_in(&app, ADMIN).await;

    let all = admin.get("/admin/audit?until=2020-12-31").await;
    assert_eq!(all.status, StatusCode::OK);
    assert_eq!(all.body.matches("<tr><th scope=\"row\">").count(), 5);
    assert!(all.body.contains("2020-01-10 10:00:00"));
    assert!(
        all.body.contains("value=\"2020-12-31\""),
        "the filter is kept"
    );

    let query = format!("action=content.&actor={alice}&from=2020-01-01&until=2020-01-31");
    let some = admin.get(&format!("/admin/audit?{query}")).await;
    assert_eq!(some.status, StatusCode::OK);
    assert_eq!(some.body.matches("<tr><th scope=\"row\">").count(), 1);
    assert!(some.body.contains("content.publish"));
    assert!(!some.body.contains("content.unpublish"));
    assert!(
        some.body
            .contains(&format!("href=\"/admin/audit?actor={alice}\"")),
        "an actor's entries are a link away"
    );
    assert!(
        all.body.contains("href=\"/admin/certificates?q=s1\""),
        "a certificate's entry links to it"
    );

    // Bad filters: 422, each named at its field, and no entries.
    let bad = admin
        .get("/admin/audit?actor=nobody&from=yesterday&until=2020-02-30")
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("id=\"actor-error\""));
    assert!(bad.body.contains("id=\"from-error\""));
    assert!(bad.body.contains("id=\"until-error\""));
    assert!(bad.body.contains("This is not a user id."));
    assert!(!bad.body.contains("content.publish"));
    let bad_csv = admin.get("/admin/audit.csv?actor=nobody").await;
    assert_eq!(bad_csv.status, StatusCode::UNPROCESSABLE_ENTITY);

    // The CSV: exactly the API's, for the same filters.
    let token = app.token_for(ADMIN, PASSWORD).await;
    for filters in ["until=2020-12-31", query.as_str(), ""] {
        let csv = admin.get(&format!("/admin/audit.csv?{filters}")).await;
        assert_eq!(csv.status, StatusCode::OK, "{filters}");
        assert_eq!(csv.headers["content-type"], "text/csv; charset=utf-8");
        assert!(
            csv.headers["content-disposition"]
                .to_str()
                .expect("ascii")
                .contains("audit.csv")
        );
        let api = app
            .send(
                Method::GET,
                format!("/api/v1/admin/audit?format=csv&{filters}").trim_end_matches('&'),
                Some(&token),
                None,
            )
            .await
            .text()
            .await
            .expect("csv");
        assert_eq!(csv.body, api, "{filters}");
        assert!(csv.body.starts_with("\u{feff}Entry id,Time (UTC),"));
    }
}

#[actix_web::test]
async fn the_audit_log_pages_by_the_cursor() {
    let (app, _) = setup().await;
    app.state
        .db
        .run(|conn| {
            for n in 0..60 {
                let entry = audit::Entry {
                    actor_id: None,
                    action: "content.version.create",
                    subject: &format!("v{n:02}"),
                    details: json!({ "n": n }),
                };
                audit::record(conn, &entry, chrono::NaiveDateTime::default())?;
            }
            Ok(())
        })
        .await
        .expect("entries");
    let mut admin = signed_in(&app, ADMIN).await;
    // Before the content folder's entries of today.
    let first = admin
        .get("/admin/audit?action=content.version&until=2000-01-01")
        .await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.body.matches("<tr><th scope=\"row\">").count(), 50);
    assert!(first.body.contains("<td>v49</td>"));
    assert!(!first.body.contains("<td>v50</td>"));
    let next = first
        .body
        .split("rel=\"next\"")
        .next()
        .and_then(|before| before.rsplit("href=\"").next())
        .and_then(|rest| rest.split('"').next())
        .expect("a next link")
        .replace("&#38;", "&");
    assert!(
        next.starts_with("/admin/audit?action=content.version&until=2000-01-01&after="),
        "{next}"
    );
    let second = admin.get(&next).await;
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(second.body.matches("<tr><th scope=\"row\">").count(), 10);
    assert!(second.body.contains("<td>v59</td>"));
    assert!(!second.body.contains("rel=\"next\""), "the last page");
    assert!(
        second
            .body
            .contains("href=\"/admin/audit?action=content.version&#38;until=2000-01-01\""),
        "the first page"
    );
}

/// Every page of this area, and every form with what it posts.
fn gets(certificate: &Certificate) -> Vec<String> {
    vec![
        "/admin/certificates".into(),
        format!("/admin/certificates?q={}", certificate.serial),
        format!("/admin/certificates/{}", certificate.id),
        "/admin/mail".into(),
        "/admin/audit".into(),
        "/admin/audit.csv".into(),
    ]
}

fn posts(
    certificate: &Certificate,
    mail: &str,
) -> Vec<(String, Vec<(&'static str, &'static str)>)> {
    let page = format!("/admin/certificates/{}", certificate.id);
    vec![
        (
            format!("{page}/revoke"),
            vec![("reason", "Because"), ("confirm", "yes")],
        ),
        (
            format!("{page}/reissue"),
            vec![("reason", "Because"), ("confirm", "yes")],
        ),
        (format!("/admin/mail/{mail}/retry"), vec![]),
    ]
}

/// The certificate is neither revoked nor replaced, no certificate entry is logged, and the
/// failed message `mail` is still failed.
async fn nothing_changed(app: &TestApp, certificate: &Certificate, mail: String) {
    let unchanged = stored(app, certificate.id).await;
    assert!(unchanged.revoked_at.is_none() && unchanged.replaced_by.is_none());
    assert!(logged(app).await.is_empty());
    let still = app
        .state
        .db
        .run(move |conn| outbox::find(conn, &mail))
        .await
        .expect("mail");
    assert_eq!(still.status, "failed");
}

#[actix_web::test]
async fn only_admins_reach_these_pages_and_visitors_are_asked_to_sign_in() {
    let (app, certificate) = setup().await;
    let mail = failed_mail(&app, "lost@example.org").await;
    for email in ["trainer@kampus.test", "learner@kampus.test"] {
        let mut browser = signed_in(&app, email).await;
        for path in gets(&certificate) {
            assert_eq!(browser.get(&path).await.status, 403, "{email}: {path}");
        }
        let csrf = browser.token().await;
        for (action, fields) in posts(&certificate, &mail) {
            let mut form = vec![("csrf", csrf.as_str())];
            form.extend_from_slice(&fields);
            let refused = browser.post(&action, &form).await;
            assert_eq!(refused.status, 403, "{email}: {action}");
        }
    }
    let mut anonymous = Browser::new(&app);
    for path in gets(&certificate) {
        let page = anonymous.get(&path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert!(
            page.location
                .as_deref()
                .is_some_and(|l| l.starts_with("/sign-in?next=")),
            "{path}"
        );
    }
    nothing_changed(&app, &certificate, mail).await;
}

#[actix_web::test]
async fn every_form_of_this_area_refuses_an_admin_without_a_token_or_from_another_site() {
    let (app, certificate) = setup().await;
    let mail = failed_mail(&app, "lost@example.org").await;
    let mut admin = signed_in(&app, ADMIN).await;
    for (action, fields) in posts(&certificate, &mail) {
        let refused = admin.post(&action, &fields).await;
        assert_eq!(refused.status, 403, "{action} without a token");
        let csrf = admin.token().await;
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend_from_slice(&fields);
        admin.origin = Some("https://evil.example".into());
        let refused = admin.post(&action, &form).await;
        assert_eq!(refused.status, 403, "{action} from another site");
        admin.origin = Some(app.address.clone());
    }
    nothing_changed(&app, &certificate, mail).await;
}

#[actix_web::test]
async fn every_page_of_this_area_speaks_every_locale() {
    let (app, certificate) = setup().await;
    crate::audit::fixture(&app).await;
    failed_mail(&app, "lost@example.org").await;
    let mut admin = signed_in(&app, ADMIN).await;
    let record = format!("/admin/certificates/{}", certificate.id);
    let pages = [
        "/admin/certificates".to_owned(),
        format!("/admin/certificates?q={}", certificate.serial),
        record.clone(),
        "/admin/mail".to_owned(),
        "/admin/audit?until=2020-12-31".to_owned(),
    ];
    let ours = |id: &str| {
        ["admin-certificates-", "admin-mail-", "admin-audit-"]
            .iter()
            .any(|prefix| id.starts_with(prefix))
    };
    let ids: Vec<String> = app
        .state
        .catalog
        .message_ids(Locale::En)
        .into_iter()
        .filter(|id| ours(id))
        .collect();
    assert!(ids.len() > 80, "{}", ids.len());
    let catalog = &app.state.catalog;
    for locale in Locale::ALL {
        let tag = locale.tag();
        let mut shown = Vec::new();
        for path in &pages {
            let sep = if path.contains('?') { '&' } else { '?' };
            let page = admin.get(&format!("{path}{sep}lang={tag}")).await;
            assert_eq!(page.status, StatusCode::OK, "{tag} {path}");
            shown.push((path.clone(), page.body));
        }
        // The confirmation page and a form with its error.
        for (reason, status) in [("Name corrected", 200), ("", 422)] {
            let page = admin
                .submit(
                    &format!("{record}?lang={tag}"),
                    &format!("{record}/reissue?lang={tag}"),
                    &[("reason", reason)],
                )
                .await;
            assert_eq!(page.status, status, "{tag}");
            shown.push((format!("{record}/reissue {reason:?}"), page.body));
        }
        for (path, body) in shown {
            assert!(body.contains(&format!("lang=\"{tag}\"")), "{tag} {path}");
            for id in &ids {
                assert!(
                    !body.contains(id.as_str()) || body.contains(&format!("done={id}")),
                    "{tag} {path}: the raw id {id} shows"
                );
                if locale == Locale::En {
                    continue;
                }
                let english = catalog.message(Locale::En, id, None);
                if english.len() < 16
                    || english.contains('{')
                    || english.contains(['$', '\u{2068}'])
                {
                    continue;
                }
                assert!(
                    !body.contains(english.as_str()),
                    "{tag} {path}: English text of {id} shows: {english}"
                );
            }
        }
    }
}
