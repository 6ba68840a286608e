//! The admins' pages for people, institutions and invitation codes (issue 21, crates/kampus-web,
//! `/admin/people`, `/admin/institutions`, `/admin/invitations`): admins only; every change
//! goes through the JSON API's workflows, so it reads back through the API and is audited
//! exactly as a change through the API is; bad input is a 422 page naming the field, with
//! nothing written.

use kampus_content::Locale;
use kampus_store::institutions::InstitutionKind;
use kampus_store::users::{self, NewUser, Role, User};
use kampus_store::{Clock, Email, InstitutionId, SystemClock};
use reqwest::Method;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};
use crate::pages::{Browser, Page};

const PASSWORD: &str = "lozinka za kampus 2026";

/// An admin, a trainer with no institution, a learner of the border police, and two
/// institutions.
struct Setup {
    app: TestApp,
    admin: User,
    trainer: User,
    learner: User,
    border: InstitutionId,
    ministry: InstitutionId,
}

async fn setup() -> Setup {
    let app = spawn_app().await;
    let border = app
        .institution("Granična policija BiH", "BA", InstitutionKind::BorderPolice)
        .await;
    let ministry = app
        .institution(
            "Министарство унутрашњих послова",
            "RS",
            InstitutionKind::Ministry,
        )
        .await;
    let admin = app
        .create_user("admin@rmtc.org", PASSWORD, Locale::En, Role::Admin)
        .await;
    let trainer = app
        .create_user(
            "trainer@granpol.gov.ba",
            PASSWORD,
            Locale::Bs,
            Role::Trainer,
        )
        .await;
    let learner = app
        .create_user("amra@granpol.gov.ba", PASSWORD, Locale::Bs, Role::Learner)
        .await;
    app.place(&learner, border).await;
    Setup {
        app,
        admin,
        trainer,
        learner,
        border,
        ministry,
    }
}

impl Setup {
    async fn browser(&self, email: &str) -> Browser<'_> {
        let mut browser = Browser::new(&self.app);
        let signed = browser.sign_in(email, PASSWORD).await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER, "{email} signs in");
        browser
    }

    async fn admin_browser(&self) -> Browser<'_> {
        self.browser("admin@rmtc.org").await
    }

    async fn admin_token(&self) -> String {
        self.app.token_for("admin@rmtc.org", PASSWORD).await
    }

    /// `GET path` of the JSON API as the admin.
    async fn api(&self, path: &str) -> Value {
        let token = self.admin_token().await;
        let response = self.app.send(Method::GET, path, Some(&token), None).await;
        assert_eq!(response.status(), 200, "{path}");
        response.json().await.expect("json")
    }

    async fn user(&self, user: &User) -> Value {
        self.api(&format!("/api/v1/admin/users/{}", user.id)).await
    }

    /// Users straight in the database, named `name` (no password: they never sign in).
    async fn named(&self, email: &str, name: &str, role: Role) -> User {
        let new = NewUser {
            email: Email::parse(email).expect("email"),
            display_name: name.to_owned(),
            preferred_locale: Locale::En,
            role,
            institution_id: None,
            password_hash: None,
            gender: None,
            email_verified_at: None,
        };
        self.app
            .state
            .db
            .run(move |conn| users::insert(conn, &new, SystemClock.now()))
            .await
            .expect("user")
    }
}

/// Whether a page says `message` (its English text) in an error tied to `field`.
fn field_error(page: &Page, field: &str) -> bool {
    page.body
        .contains(&format!("<p class=\"error\" id=\"{field}-error\">"))
        && page
            .body
            .contains(&format!("aria-describedby=\"{field}-error\""))
}

/// Every GET page of the area, for the setup's learner and an existing invitation.
async fn paths(setup: &Setup) -> Vec<String> {
    let token = setup.admin_token().await;
    let created: Value = setup
        .app
        .send(
            Method::POST,
            "/api/v1/admin/invitations",
            Some(&token),
            Some(json!({ "institution_id": setup.border.to_string() })),
        )
        .await
        .json()
        .await
        .expect("json");
    let invitation = created["id"].as_str().expect("id");
    vec![
        "/admin/people".to_owned(),
        "/admin/people?q=amra&role=learner&page=1".to_owned(),
        format!("/admin/people/{}", setup.learner.id),
        format!("/admin/people/{}", setup.trainer.id),
        "/admin/institutions".to_owned(),
        format!("/admin/institutions/{}", setup.border),
        "/admin/invitations".to_owned(),
        format!("/admin/invitations/{invitation}/revoke"),
    ]
}

#[actix_web::test]
async fn learners_and_trainers_get_403_and_visitors_are_asked_to_sign_in() {
    let setup = setup().await;
    let mut learner = setup.browser("amra@granpol.gov.ba").await;
    let mut trainer = setup.browser("trainer@granpol.gov.ba").await;
    let mut anonymous = Browser::new(&setup.app);
    for path in paths(&setup).await {
        for (who, browser) in [("learner", &mut learner), ("trainer", &mut trainer)] {
            let page = browser.get(&path).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN, "{who} {path}");
            assert!(!page.body.contains("amra@granpol.gov.ba"), "{who} {path}");
        }
        let page = anonymous.get(&path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert!(
            page.location
                .as_deref()
                .is_some_and(|l| l.starts_with("/sign-in?next=")),
            "{path}: {:?}",
            page.location
        );
    }
    // A trainer's POST, token and all, is refused and changes nothing.
    let page = trainer
        .submit(
            "/profile",
            &format!("/admin/people/{}/role", setup.learner.id),
            &[("role", "admin")],
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(setup.user(&setup.learner).await["role"], "learner");
    // Only admins are offered the pages.
    assert!(!trainer.get("/staff").await.body.contains("/admin/people"));
    let mut admin = setup.admin_browser().await;
    assert!(
        admin
            .get("/staff")
            .await
            .body
            .contains("href=\"/admin/people\"")
    );
}

#[actix_web::test]
async fn an_admin_finds_people_by_name_or_address_and_role_a_page_at_a_time() {
    let setup = setup().await;
    setup
        .named("jelena@mup.gov.me", "Jelena Marković", Role::Learner)
        .await;
    setup
        .named("50%_off@example.org", "Wildcard Tester", Role::Learner)
        .await;
    let mut admin = setup.admin_browser().await;

    let page = admin.get("/admin/people").await;
    assert_eq!(page.status, StatusCode::OK);
    for email in [
        "admin@rmtc.org",
        "trainer@granpol.gov.ba",
        "amra@granpol.gov.ba",
    ] {
        assert!(page.body.contains(email), "{email}");
    }
    assert!(
        page.body.contains("Granična policija BiH"),
        "the institution"
    );
    assert!(page.body.contains("Active"));

    // By part of the name, any case; by part of the address, any case.
    let page = admin.get("/admin/people?q=MARKOV").await;
    assert!(page.body.contains("jelena@mup.gov.me"));
    assert!(!page.body.contains("amra@granpol.gov.ba"));
    let page = admin.get("/admin/people?q=GranPol").await;
    assert!(page.body.contains("amra@granpol.gov.ba"));
    assert!(page.body.contains("trainer@granpol.gov.ba"));
    assert!(!page.body.contains("jelena@mup.gov.me"));
    assert!(
        page.body.contains("value=\"GranPol\""),
        "the search is kept"
    );
    // With the role filter, bookmarkable.
    let page = admin.get("/admin/people?q=granpol&role=trainer").await;
    assert!(page.body.contains("trainer@granpol.gov.ba"));
    assert!(!page.body.contains("amra@granpol.gov.ba"));
    assert!(page.body.contains("<option value=\"trainer\" selected>"));
    // LIKE's wildcards are taken literally.
    let page = admin.get("/admin/people?q=%25_").await;
    assert!(page.body.contains("50%_off@example.org"));
    assert!(!page.body.contains("amra@granpol.gov.ba"));
    let page = admin.get("/admin/people?q=nobody-like-this").await;
    assert!(page.body.contains("Nobody matches this search."));

    // A role or page that is not one: 422, the field named.
    let page = admin.get("/admin/people?role=king").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_error(&page, "role"), "{}", page.body);
    assert!(
        page.body
            .contains("Choose one of: learner, trainer, admin.")
    );
    let page = admin.get("/admin/people?page=0").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);

    // 50 to a page: the 55 people of the list on two pages, linked both ways.
    for n in 0..50 {
        setup
            .named(&format!("bulk{n:02}@example.org"), "Bulk", Role::Learner)
            .await;
    }
    let first = admin.get("/admin/people?q=example.org").await;
    assert_eq!(first.body.matches("href=\"/admin/people/").count(), 50);
    assert!(first.body.contains("rel=\"next\""));
    assert!(first.body.contains("page=2"));
    assert!(!first.body.contains("rel=\"prev\""));
    let second = admin.get("/admin/people?q=example.org&page=2").await;
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(second.body.matches("href=\"/admin/people/").count(), 1);
    assert!(second.body.contains("rel=\"prev\""));
    assert!(!second.body.contains("rel=\"next\""));
}

/// The audit entries of `action` about `subject`, newest first.
async fn audited(setup: &Setup, action: &str, subject: &User) -> Vec<Value> {
    let page = setup
        .api(&format!("/api/v1/admin/audit?action={action}"))
        .await;
    page["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter(|e| e["subject"] == subject.id.to_string())
        .cloned()
        .collect()
}

#[actix_web::test]
async fn a_role_change_is_the_apis_and_audited_alike() {
    let setup = setup().await;
    let other = setup
        .named("edin@granpol.gov.ba", "Edin", Role::Learner)
        .await;
    let mut admin = setup.admin_browser().await;
    let person = format!("/admin/people/{}", setup.learner.id);

    let page = admin.get(&person).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("amra@granpol.gov.ba"));
    assert!(page.body.contains("<option value=\"learner\" selected>"));

    // Not a role: 422, the field named, nothing written.
    let page = admin
        .submit(&person, &format!("{person}/role"), &[("role", "king")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_error(&page, "role"));
    assert_eq!(setup.user(&setup.learner).await["role"], "learner");

    let page = admin
        .submit(&person, &format!("{person}/role"), &[("role", "trainer")])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let location = page.location.expect("location");
    assert_eq!(location, format!("{person}?done=admin-people-role-changed"));
    let shown = admin.get(&location).await;
    assert!(shown.body.contains("The role was changed."));
    assert!(shown.body.contains("<option value=\"trainer\" selected>"));
    assert_eq!(setup.user(&setup.learner).await["role"], "trainer");

    // The same change through the API, for comparison.
    let token = setup.admin_token().await;
    let response = setup
        .app
        .send(
            Method::PATCH,
            &format!("/api/v1/admin/users/{}", other.id),
            Some(&token),
            Some(json!({ "role": "trainer" })),
        )
        .await;
    assert_eq!(response.status(), 200);
    let by_page = audited(&setup, "user.role", &setup.learner).await;
    let by_api = audited(&setup, "user.role", &other).await;
    assert_eq!(by_page.len(), 1, "{by_page:?}");
    assert_eq!(by_api.len(), 1);
    for entry in [&by_page[0], &by_api[0]] {
        assert_eq!(entry["actor_id"], setup.admin.id.to_string());
        assert_eq!(
            entry["details"],
            json!({ "from": "learner", "to": "trainer" })
        );
    }

    // An admin cannot demote themselves here either: 409, said at the field.
    let own = format!("/admin/people/{}", setup.admin.id);
    let page = admin
        .submit(&own, &format!("{own}/role"), &[("role", "learner")])
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(field_error(&page, "role"));
    assert!(
        page.body
            .contains("You cannot demote or deactivate your own account")
    );
    assert_eq!(setup.user(&setup.admin).await["role"], "admin");
}

#[actix_web::test]
async fn deactivation_asks_for_confirmation_and_reactivation_restores_the_account() {
    let setup = setup().await;
    let mut admin = setup.admin_browser().await;
    let person = format!("/admin/people/{}", setup.learner.id);
    let status = format!("{person}/status");

    let page = admin
        .submit(&person, &status, &[("deactivated", "true")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_error(&page, "confirm"));
    assert_eq!(setup.user(&setup.learner).await["deactivated"], false);

    let page = admin
        .submit(
            &person,
            &status,
            &[("deactivated", "true"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let shown = admin.get(page.location.as_deref().expect("location")).await;
    assert!(shown.body.contains("The account was deactivated."));
    assert_eq!(setup.user(&setup.learner).await["deactivated"], true);
    let refused = setup.app.login("amra@granpol.gov.ba", PASSWORD).await;
    assert_ne!(
        refused.status(),
        200,
        "a deactivated account cannot sign in"
    );
    let listed = admin.get("/admin/people?q=amra").await;
    assert!(listed.body.contains("Deactivated"));

    let page = admin
        .submit(&person, &status, &[("deactivated", "false")])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(setup.user(&setup.learner).await["deactivated"], false);
    assert_eq!(
        setup
            .app
            .login("amra@granpol.gov.ba", PASSWORD)
            .await
            .status(),
        200
    );

    // Not oneself.
    let own = format!("/admin/people/{}", setup.admin.id);
    let page = admin
        .submit(
            &own,
            &format!("{own}/status"),
            &[("deactivated", "true"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert_eq!(setup.user(&setup.admin).await["deactivated"], false);
}

#[actix_web::test]
async fn a_trainers_institutions_are_assigned_and_unassigned_and_audited() {
    let setup = setup().await;
    let mut admin = setup.admin_browser().await;
    let person = format!("/admin/people/{}", setup.trainer.id);
    let action = format!("{person}/institutions");
    let border = setup.border.to_string();
    let ministry = setup.ministry.to_string();

    let page = admin.get(&person).await;
    assert!(page.body.contains("Institutions this trainer follows"));
    assert!(page.body.contains("Министарство унутрашњих послова"));

    for id in [&border, &ministry] {
        let page = admin
            .submit(
                &person,
                &action,
                &[("institution", id), ("action", "assign")],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
    }
    let mut followed: Vec<String> = setup.user(&setup.trainer).await["trainer_of"]
        .as_array()
        .expect("list")
        .iter()
        .map(|v| v.as_str().expect("id").to_owned())
        .collect();
    followed.sort();
    let mut both = vec![border.clone(), ministry.clone()];
    both.sort();
    assert_eq!(followed, both);

    let page = admin
        .submit(
            &person,
            &action,
            &[("institution", &border), ("action", "unassign")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let shown = admin.get(page.location.as_deref().expect("location")).await;
    assert!(
        shown
            .body
            .contains("The institution was taken from the trainer.")
    );
    assert_eq!(
        setup.user(&setup.trainer).await["trainer_of"],
        json!([ministry])
    );
    let entries = audited(&setup, "user.institutions", &setup.trainer).await;
    assert_eq!(entries.len(), 3, "{entries:?}");
    assert!(
        entries
            .iter()
            .all(|e| e["actor_id"] == setup.admin.id.to_string())
    );
    assert!(
        entries
            .iter()
            .any(|e| e["details"]["to"] == json!([ministry])),
        "{entries:?}"
    );

    // Not an institution: 422, nothing written; not a trainer: 409.
    let page = admin
        .submit(
            &person,
            &action,
            &[("institution", "nope"), ("action", "assign")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("This institution does not exist"));
    let page = admin
        .submit(
            &person,
            &action,
            &[
                ("institution", "00000000-0000-7000-8000-000000000000"),
                ("action", "assign"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        setup.user(&setup.trainer).await["trainer_of"],
        json!([ministry])
    );
    let learner = format!("/admin/people/{}", setup.learner.id);
    let page = admin
        .submit(
            &learner,
            &format!("{learner}/institutions"),
            &[("institution", &border), ("action", "assign")],
        )
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.body.contains("Only trainers follow institutions"));
}

#[actix_web::test]
async fn institutions_are_created_and_edited_with_the_apis_rules() {
    let setup = setup().await;
    let mut admin = setup.admin_browser().await;
    let count = |list: &Value| list.as_array().expect("list").len();
    let before = count(&setup.api("/api/v1/admin/institutions").await);

    let page = admin.get("/admin/institutions").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Granična policija BiH"));
    assert!(page.body.contains("Border police"));

    // Each bad field named, nothing written, the input kept.
    let page = admin
        .submit(
            "/admin/institutions",
            "/admin/institutions",
            &[("name", "  "), ("country_code", "B1"), ("kind", "army")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["name", "country_code", "kind"] {
        assert!(field_error(&page, field), "{field}");
    }
    assert!(page.body.contains("value=\"B1\""));
    let page = admin
        .submit(
            "/admin/institutions",
            "/admin/institutions",
            &[
                ("name", "MUP\u{202E}SRB"),
                ("country_code", "RS"),
                ("kind", "police"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_error(&page, "name"));
    assert_eq!(
        count(&setup.api("/api/v1/admin/institutions").await),
        before
    );

    let page = admin
        .submit(
            "/admin/institutions",
            "/admin/institutions",
            &[
                ("name", " Uprava policije Crne Gore "),
                ("country_code", "me"),
                ("kind", "police"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let shown = admin.get(page.location.as_deref().expect("location")).await;
    assert!(shown.body.contains("The institution was created."));
    let list = setup.api("/api/v1/admin/institutions").await;
    let created = list
        .as_array()
        .expect("list")
        .iter()
        .find(|i| i["name"] == "Uprava policije Crne Gore")
        .expect("created, trimmed")
        .clone();
    assert_eq!(created["country_code"], "ME");
    assert_eq!(created["kind"], "police");

    // The same name in the same country again: 409, said at the name.
    let page = admin
        .submit(
            "/admin/institutions",
            "/admin/institutions",
            &[
                ("name", "Uprava policije Crne Gore"),
                ("country_code", "ME"),
                ("kind", "other"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(field_error(&page, "name"));

    // Editing: the form holds the stored values; bad input is 422; a good one is saved.
    let edit = format!(
        "/admin/institutions/{}",
        created["id"].as_str().expect("id")
    );
    let page = admin.get(&edit).await;
    assert!(page.body.contains("value=\"Uprava policije Crne Gore\""));
    assert!(page.body.contains("<option value=\"police\" selected>"));
    let page = admin
        .submit(
            &edit,
            &edit,
            &[
                ("name", "Uprava policije"),
                ("country_code", "MNE"),
                ("kind", "police"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_error(&page, "country_code"));
    let page = admin
        .submit(
            &edit,
            &edit,
            &[
                ("name", "Uprava policije"),
                ("country_code", "ME"),
                ("kind", "border-police"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let list = setup.api("/api/v1/admin/institutions").await;
    let edited = list
        .as_array()
        .expect("list")
        .iter()
        .find(|i| i["id"] == created["id"])
        .expect("still there")
        .clone();
    assert_eq!(edited["name"], "Uprava policije");
    assert_eq!(edited["kind"], "border-police");
    assert_eq!(
        admin
            .get("/admin/institutions/00000000-0000-7000-8000-000000000000")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[actix_web::test]
async fn an_invitation_code_is_shown_once_and_revoked_after_a_confirmation() {
    let setup = setup().await;
    let mut admin = setup.admin_browser().await;
    let border = setup.border.to_string();
    let invitations = |list: &Value| list.as_array().expect("list").clone();

    // Each bad field named, nothing written.
    for (field, value) in [
        ("expires_in_days", "0"),
        ("expires_in_days", "soon"),
        ("max_uses", "10001"),
        ("email", "not an address"),
        ("role", "king"),
    ] {
        let page = admin
            .submit(
                "/admin/invitations",
                "/admin/invitations",
                &[("institution_id", &border), (field, value)],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert!(field_error(&page, field), "{field}");
    }
    let page = admin
        .submit(
            "/admin/invitations",
            "/admin/invitations",
            &[("institution_id", "00000000-0000-7000-8000-000000000000")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(field_error(&page, "institution_id"));
    assert!(invitations(&setup.api("/api/v1/admin/invitations").await).is_empty());

    let page = admin
        .submit(
            "/admin/invitations",
            "/admin/invitations",
            &[
                ("institution_id", &border),
                ("email", ""),
                ("role", "trainer"),
                ("expires_in_days", "30"),
                ("max_uses", ""),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::CREATED, "{}", page.body);
    let marker = "<code id=\"code\">";
    let start = page.body.find(marker).expect("the code is shown") + marker.len();
    let code = page.body[start..]
        .split('<')
        .next()
        .expect("code")
        .to_owned();
    assert!(code.len() >= 8, "{code}");
    assert!(page.body.contains("Copy the code now"));
    let listed = invitations(&setup.api("/api/v1/admin/invitations").await);
    assert_eq!(listed.len(), 1);
    let invitation = &listed[0];
    assert_eq!(invitation["role"], "trainer");
    assert_eq!(invitation["institution_id"], border);
    assert_eq!(
        invitation["max_uses"], 100,
        "the API's default for a shared code"
    );
    // Once: the list does not show it again.
    let list = admin.get("/admin/invitations").await;
    assert!(!list.body.contains(&code));
    assert!(list.body.contains("Anyone with the code"));

    // To one address: mailed there, one use by default.
    let page = admin
        .submit(
            "/admin/invitations",
            "/admin/invitations",
            &[("email", "Nova@MUP.gov.rs"), ("expires_in_days", "14")],
        )
        .await;
    assert_eq!(page.status, StatusCode::CREATED, "{}", page.body);
    assert!(
        page.body
            .contains("The code was also sent to the email address.")
    );
    let mail = setup
        .app
        .last_mail_to("nova@mup.gov.rs")
        .await
        .expect("the invitation is mailed");
    let start = page.body.find(marker).expect("the code is shown") + marker.len();
    let mailed = page.body[start..].split('<').next().expect("code");
    assert!(mail.contains(mailed), "{mail}");
    let listed = invitations(&setup.api("/api/v1/admin/invitations").await);
    assert_eq!(listed.len(), 2);
    let (mailed, shared): (Vec<Value>, Vec<Value>) = listed
        .into_iter()
        .partition(|i| i["email"] == "nova@mup.gov.rs");
    assert_eq!(mailed[0]["max_uses"], 1);
    let invitation = &shared[0];
    let revoked = |list: Vec<Value>, id: &Value| {
        list.into_iter().find(|i| i["id"] == *id).expect("listed")["revoked"].clone()
    };

    // Revoking asks first; the confirmation revokes.
    let id = invitation["id"].as_str().expect("id");
    let confirm = format!("/admin/invitations/{id}/revoke");
    let page = admin.get(&confirm).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Yes, revoke the code"));
    assert_eq!(
        revoked(
            invitations(&setup.api("/api/v1/admin/invitations").await),
            &invitation["id"]
        ),
        false
    );
    let page = admin.submit(&confirm, &confirm, &[]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let shown = admin.get(page.location.as_deref().expect("location")).await;
    assert!(shown.body.contains("The invitation code was revoked."));
    assert!(shown.body.contains("Revoked"));
    let after = invitations(&setup.api("/api/v1/admin/invitations").await);
    assert_eq!(revoked(after.clone(), &invitation["id"]), true);
    assert_eq!(revoked(after, &mailed[0]["id"]), false, "only that one");
    assert_eq!(
        admin.get("/admin/invitations/nope/revoke").await.status,
        StatusCode::NOT_FOUND
    );
}

#[actix_web::test]
async fn every_admin_form_refuses_a_missing_token_from_a_signed_in_admin() {
    let setup = setup().await;
    let mut admin = setup.admin_browser().await;
    let learner = format!("/admin/people/{}", setup.learner.id);
    let trainer = format!("/admin/people/{}", setup.trainer.id);
    let border = setup.border.to_string();
    let invitation: Value = setup
        .app
        .send(
            Method::POST,
            "/api/v1/admin/invitations",
            Some(&setup.admin_token().await),
            Some(json!({})),
        )
        .await
        .json()
        .await
        .expect("json");
    let revoke = format!(
        "/admin/invitations/{}/revoke",
        invitation["id"].as_str().expect("id")
    );
    let forms: Vec<(String, Vec<(&str, &str)>)> = vec![
        (format!("{learner}/role"), vec![("role", "admin")]),
        (
            format!("{learner}/status"),
            vec![("deactivated", "true"), ("confirm", "yes")],
        ),
        (
            format!("{trainer}/institutions"),
            vec![("institution", &border), ("action", "assign")],
        ),
        (
            "/admin/institutions".to_owned(),
            vec![("name", "X"), ("country_code", "BA"), ("kind", "other")],
        ),
        (
            format!("/admin/institutions/{border}"),
            vec![("name", "X"), ("country_code", "BA"), ("kind", "other")],
        ),
        ("/admin/invitations".to_owned(), vec![]),
        (revoke, vec![]),
    ];
    for (action, fields) in forms {
        let page = admin.post(&action, &fields).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{action}");
    }
    assert_eq!(setup.user(&setup.learner).await["role"], "learner");
    assert_eq!(setup.user(&setup.learner).await["deactivated"], false);
    assert_eq!(setup.user(&setup.trainer).await["trainer_of"], json!([]));
    let institutions = setup.api("/api/v1/admin/institutions").await;
    assert_eq!(institutions.as_array().expect("list").len(), 2);
    let invitations = setup.api("/api/v1/admin/invitations").await;
    assert_eq!(invitations.as_array().expect("list").len(), 1);
    assert_eq!(invitations[0]["revoked"], false);
}

/// The English texts of this area's messages, by id.
fn english_messages() -> Vec<(String, String)> {
    let source = include_str!("../../../../locales/en/web.ftl");
    source
        .lines()
        .filter_map(|line| {
            let (id, text) = line.split_once(" = ")?;
            ["admin-people-", "admin-institutions-", "admin-invitations-"]
                .iter()
                .any(|p| id.starts_with(p))
                .then(|| (id.to_owned(), text.to_owned()))
        })
        .collect()
}

#[actix_web::test]
async fn every_page_of_the_area_is_translated_in_every_locale() {
    let setup = setup().await;
    let mut admin = setup.admin_browser().await;
    let messages = english_messages();
    assert!(messages.len() > 90, "{}", messages.len());
    for locale in Locale::ALL {
        let tag = locale.tag();
        for path in paths(&setup).await {
            let sep = if path.contains('?') { '&' } else { '?' };
            let page = admin.get(&format!("{path}{sep}lang={tag}")).await;
            assert_eq!(page.status, StatusCode::OK, "{tag} {path}");
            for (id, english) in &messages {
                assert!(!page.body.contains(id.as_str()), "{tag} {path}: raw {id}");
                if locale != Locale::En && english.len() >= 16 && !english.contains('{') {
                    assert!(
                        !page.body.contains(english.as_str()),
                        "{tag} {path}: English {id}"
                    );
                }
            }
        }
    }
}
