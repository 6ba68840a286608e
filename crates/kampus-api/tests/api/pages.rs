//! The web pages over HTTP, as a browser without JavaScript uses them: forms, cookies and
//! redirects (crates/kampus-web). The real-browser suite (tests/browser) clicks through the
//! same pages in Chromium; these tests pin the security rules and each flow's outcome.

use std::collections::HashMap;

use kampus_content::Locale;
use kampus_store::users::Role;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_SECURITY_POLICY, COOKIE, LOCATION, SET_COOKIE};

use crate::accounts::setup;
use crate::helpers::{TestApp, spawn_app};

const PASSWORD: &str = "lozinka za kampus 2026";
const COURSE: &str = "migration-and-gender";

/// A browser without JavaScript: keeps cookies, follows nothing by itself.
pub struct Browser<'a> {
    app: &'a TestApp,
    client: reqwest::Client,
    pub cookies: HashMap<String, String>,
    pub origin: Option<String>,
}

pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    /// The value of the hidden CSRF field of the page's forms.
    pub fn csrf(&self) -> String {
        hidden(&self.body, "csrf").expect("the page has a form with a CSRF token")
    }
}

/// The value of the first hidden input named `name`.
pub fn hidden(body: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = body.find(&marker)? + marker.len();
    let end = body[start..].find('"')? + start;
    Some(body[start..end].to_owned())
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                // Below the server's keep-alive (5 s): a connection the server is closing
                // is never reused (that race fails a request with `IncompleteMessage`).
                .pool_idle_timeout(std::time::Duration::from_secs(2))
                .build()
                .expect("client"),
            cookies: HashMap::new(),
            origin: Some(app.address.clone()),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn read(&mut self, response: reqwest::Response) -> Page {
        for value in response.headers().get_all(SET_COOKIE) {
            let raw = value.to_str().expect("cookie header");
            let pair = raw.split(';').next().expect("name=value");
            let (name, value) = pair.split_once('=').expect("name=value");
            if raw.contains("Max-Age=0") || value.is_empty() {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        Page {
            status: response.status(),
            location: response
                .headers()
                .get(LOCATION)
                .map(|v| v.to_str().expect("location").to_owned()),
            headers: response.headers().clone(),
            body: response.text().await.expect("body"),
        }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let response = self
            .client
            .get(self.app.url(path))
            .header("accept", "text/html")
            .header(COOKIE, self.cookie_header())
            .send()
            .await
            .expect("request");
        self.read(response).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let mut request = self
            .client
            .post(self.app.url(path))
            .header("accept", "text/html")
            .header(COOKIE, self.cookie_header())
            .form(form);
        if let Some(origin) = &self.origin {
            request = request.header("origin", origin);
        }
        let response = request.send().await.expect("request");
        self.read(response).await
    }

    /// Posts `parts` as `multipart/form-data`, in their order, as a browser sends a form with a
    /// file: each part `(name, file name, bytes)`, a file when it has a file name.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        parts: &[(&str, Option<&str>, &[u8])],
    ) -> Page {
        const BOUNDARY: &str = "----kampus-test-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, file_name, bytes) in parts {
            body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
            match file_name {
                Some(file_name) => body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/gzip\r\n\r\n"
                    )
                    .as_bytes(),
                ),
                None => body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
                ),
            }
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        let mut request = self
            .client
            .post(self.app.url(path))
            .header("accept", "text/html")
            .header(COOKIE, self.cookie_header())
            .header(
                "content-type",
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(body);
        if let Some(origin) = &self.origin {
            request = request.header("origin", origin);
        }
        let response = request.send().await.expect("request");
        self.read(response).await
    }

    /// A CSRF token for this browser: from the sign-in page, or the profile once signed in.
    pub async fn token(&mut self) -> String {
        let page = self.get("/sign-in").await;
        if page.status == StatusCode::SEE_OTHER {
            return self.get("/profile").await.csrf();
        }
        page.csrf()
    }

    /// Posts a form of the page at `page` with its CSRF token.
    pub async fn submit(&mut self, page: &str, action: &str, fields: &[(&str, &str)]) -> Page {
        let csrf = self.get(page).await.csrf();
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend_from_slice(fields);
        self.post(action, &form).await
    }

    pub async fn sign_in(&mut self, email: &str, password: &str) -> Page {
        let csrf = self.token().await;
        self.post(
            "/sign-in",
            &[
                ("csrf", &csrf),
                ("email", email),
                ("password", password),
                ("next", "/"),
            ],
        )
        .await
    }
}

/// The text a person sees: the body without its tags.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// A learner signed in and enrolled in [`COURSE`] through its page.
pub async fn enrolled<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    learner(app, email).await;
    let mut browser = Browser::new(app);
    browser.sign_in(email, PASSWORD).await;
    let course = format!("/courses/{COURSE}");
    let enrolled = browser
        .submit(
            &course,
            &format!("{course}/enrollment"),
            &[("action", "enroll")],
        )
        .await;
    assert_eq!(enrolled.status, 303, "{}", enrolled.body);
    browser
}

pub async fn learner(app: &TestApp, email: &str) -> kampus_store::users::User {
    app.create_user(email, PASSWORD, Locale::En, Role::Learner)
        .await
}

#[actix_web::test]
async fn the_catalog_is_the_home_page_with_the_seed_courses() {
    let app = spawn_app().await;
    let mut browser = Browser::new(&app);
    let page = browser.get("/").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Migration and Gender"), "{}", page.body);
    assert!(page.body.contains("<html lang=\"en\" dir=\"ltr\">"));
    let mk = browser.get("/?lang=mk").await;
    assert!(mk.body.contains("<html lang=\"mk\""));
    assert!(
        browser
            .cookies
            .get("kampus_lang")
            .is_some_and(|l| l == "mk"),
        "an anonymous visitor's choice is remembered"
    );
    // A browser asking for an unknown path gets a page; an API client a problem.
    let missing = browser.get("/no-such-page").await;
    assert_eq!(missing.status, 404);
    assert!(
        missing.headers["content-type"]
            .to_str()
            .expect("type")
            .starts_with("text/html")
    );
    let api = app.get("/no-such-page").await;
    assert_eq!(api.status(), 404);
    assert_eq!(api.headers()["content-type"], "application/problem+json");
}

#[actix_web::test]
async fn a_learner_enrolls_reads_every_lesson_and_the_course_page_shows_progress() {
    let app = spawn_app().await;
    learner(&app, "ana@mup.gov.rs").await;
    let mut browser = Browser::new(&app);
    let signed_in = browser.sign_in("ana@mup.gov.rs", PASSWORD).await;
    assert_eq!(signed_in.status, 303, "{}", signed_in.body);
    assert_eq!(signed_in.location.as_deref(), Some("/"));
    let course = format!("/courses/{COURSE}");
    let enrolled = browser
        .submit(
            &course,
            &format!("{course}/enrollment"),
            &[("action", "enroll")],
        )
        .await;
    assert_eq!(enrolled.status, 303);
    let page = browser.get(&course).await;
    assert!(
        page.body.contains("0 of 6 lessons completed"),
        "{}",
        page.body
    );
    let content = app.state.content();
    let lessons: Vec<String> = content
        .course(COURSE)
        .expect("course")
        .course()
        .modules
        .iter()
        .flat_map(|m| m.lessons.clone())
        .collect();
    for (i, lesson) in lessons.iter().enumerate() {
        let path = format!("{course}/lessons/{lesson}");
        let page = browser.get(&path).await;
        assert_eq!(page.status, 200, "{path}");
        assert!(page.body.contains("/completion\""), "a completion form");
        let done = browser
            .post(&format!("{path}/completion"), &[("csrf", &page.csrf())])
            .await;
        assert_eq!(done.status, 303, "{}", done.body);
        let next = lessons
            .get(i + 1)
            .map_or_else(|| course.clone(), |n| format!("{course}/lessons/{n}"));
        assert_eq!(done.location.as_deref(), Some(next.as_str()));
        // The same form again (a double click) counts once.
        let again = browser
            .post(&format!("{path}/completion"), &[("csrf", &page.csrf())])
            .await;
        assert_eq!(again.status, 303);
    }
    let page = browser.get(&course).await;
    assert!(
        page.body.contains("6 of 6 lessons completed"),
        "{}",
        page.body
    );
}

/// Every form of the pages, as (action, fields).
fn forms() -> Vec<(String, Vec<(&'static str, &'static str)>)> {
    let course = format!("/courses/{COURSE}");
    vec![
        (
            "/sign-in".into(),
            vec![("email", "x@y.z"), ("password", "p")],
        ),
        ("/register".into(), vec![("email", "x@y.z")]),
        ("/forgot-password".into(), vec![("email", "x@y.z")]),
        ("/verify-email/resend".into(), vec![("email", "x@y.z")]),
        ("/verify-email".into(), vec![("token", "t")]),
        ("/reset-password".into(), vec![("token", "t")]),
        ("/language".into(), vec![("lang", "mk")]),
        ("/sign-out".into(), vec![]),
        (format!("{course}/enrollment"), vec![("action", "enroll")]),
        ("/profile".into(), vec![("display_name", "X")]),
        ("/profile/password".into(), vec![]),
        ("/profile/delete".into(), vec![("password", PASSWORD)]),
        (format!("{course}/survey"), vec![]),
        (
            format!("{course}/lessons/l-gender-concepts/completion"),
            vec![],
        ),
        // The publishing console (its upload is multipart: publishing_pages.rs posts that too).
        ("/admin/content/bundles".into(), vec![]),
        (
            "/admin/content/versions/00000000-0000-0000-0000-000000000000/publish".into(),
            vec![],
        ),
        (format!("/admin/content/courses/{COURSE}/unpublish"), vec![]),
        (format!("{course}/assessments/final/attempts"), vec![]),
        (
            "/attempts/00000000-0000-0000-0000-000000000000".into(),
            vec![],
        ),
        // The admins' people, institutions and invitation codes (issue 21).
        (
            format!("/admin/people/{NOBODY}/role"),
            vec![("role", "admin")],
        ),
        (
            format!("/admin/people/{NOBODY}/status"),
            vec![("deactivated", "true"), ("confirm", "yes")],
        ),
        (
            format!("/admin/people/{NOBODY}/institutions"),
            vec![("institution", NOBODY), ("action", "assign")],
        ),
        ("/admin/institutions".into(), vec![("name", "X")]),
        (format!("/admin/institutions/{NOBODY}"), vec![("name", "X")]),
        ("/admin/invitations".into(), vec![]),
        (format!("/admin/invitations/{NOBODY}/revoke"), vec![]),
        // The admins' LRS credentials (admin_lrs_pages.rs tests them as an admin too).
        (
            "/admin/xapi/credentials".into(),
            vec![("name", "X"), ("scope", "all")],
        ),
        ("/admin/xapi/credentials/no-such-key/revoke".into(), vec![]),
        // Admin console: certificates and failed mail (admin_records_pages.rs tests them as
        // an admin too).
        (
            "/admin/certificates/00000000-0000-0000-0000-000000000000/revoke".into(),
            vec![("reason", "Because"), ("confirm", "yes")],
        ),
        (
            "/admin/certificates/00000000-0000-0000-0000-000000000000/reissue".into(),
            vec![("reason", "Because"), ("confirm", "yes")],
        ),
        ("/admin/mail/no-such-message/retry".into(), vec![]),
    ]
}

/// An id that names nothing (the forms of pages about one thing).
const NOBODY: &str = "00000000-0000-7000-8000-000000000000";

/// The paths of every POST route of the pages, read from kampus-web's sources: `page("…")`
/// resources with a `web::post()` route.
fn post_routes() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../kampus-web/src");
    let mut found = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("sources") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let source = std::fs::read_to_string(&path).expect("source");
            for chunk in source.split("page(\"").skip(1) {
                let (route, rest) = chunk.split_once('"').expect("a path");
                let resource = rest.split("page(\"").next().unwrap_or_default();
                let resource = resource.split(';').next().unwrap_or_default();
                if resource.contains("web::post()") {
                    found.push(route.to_owned());
                }
            }
        }
    }
    found
}

/// Whether `path` is an instance of the route `pattern` (`{name}` matches one segment).
fn matches(pattern: &str, path: &str) -> bool {
    let (pattern, path): (Vec<&str>, Vec<&str>) =
        (pattern.split('/').collect(), path.split('/').collect());
    pattern.len() == path.len()
        && pattern
            .iter()
            .zip(&path)
            .all(|(p, s)| p == s || (p.starts_with('{') && p.ends_with('}')))
}

#[test]
fn the_list_of_forms_names_every_post_route_of_the_pages() {
    let routes = post_routes();
    assert!(routes.len() >= 10, "found {routes:?}");
    for route in &routes {
        assert!(
            forms().iter().any(|(action, _)| matches(route, action)),
            "POST {route} is not in forms(): add it, so its CSRF check is tested"
        );
    }
}

#[actix_web::test]
async fn every_form_refuses_a_missing_or_foreign_token_and_a_cross_site_origin() {
    let app = spawn_app().await;
    learner(&app, "ana@mup.gov.rs").await;
    let mut browser = Browser::new(&app);
    assert_eq!(
        browser.sign_in("ana@mup.gov.rs", PASSWORD).await.status,
        303
    );
    let mut other = Browser::new(&app);
    let foreign = other.token().await;
    for (action, fields) in forms() {
        let without: Vec<(&str, &str)> = fields.clone();
        let refused = browser.post(&action, &without).await;
        assert_eq!(refused.status, 403, "{action} without a token");
        let mut with_foreign = vec![("csrf", foreign.as_str())];
        with_foreign.extend_from_slice(&fields);
        let refused = browser.post(&action, &with_foreign).await;
        assert_eq!(refused.status, 403, "{action} with another visitor's token");
        let csrf = browser.token().await;
        let mut with_own = vec![("csrf", csrf.as_str())];
        with_own.extend_from_slice(&fields);
        browser.origin = Some("https://evil.example".into());
        let refused = browser.post(&action, &with_own).await;
        assert_eq!(refused.status, 403, "{action} from another site");
        browser.origin = Some(app.address.clone());
    }
    // The account is still there: none of the refused forms did anything.
    assert_eq!(browser.get("/profile").await.status, 200);
}

#[actix_web::test]
async fn signing_in_changes_the_session_and_signing_out_ends_it() {
    let app = spawn_app().await;
    learner(&app, "ana@mup.gov.rs").await;
    let mut browser = Browser::new(&app);
    let anonymous = browser.token().await;
    assert!(!browser.cookies.contains_key("kampus_session"));
    browser.sign_in("ana@mup.gov.rs", PASSWORD).await;
    let session = browser
        .cookies
        .get("kampus_session")
        .cloned()
        .expect("session cookie");
    let signed_in = browser.get("/profile").await;
    assert_eq!(signed_in.status, 200);
    assert_ne!(signed_in.csrf(), anonymous, "a new token after signing in");
    // Signing in again makes another session.
    browser.sign_in("ana@mup.gov.rs", PASSWORD).await;
    assert_ne!(browser.cookies.get("kampus_session"), Some(&session));
    let current = browser
        .cookies
        .get("kampus_session")
        .cloned()
        .expect("session");
    let out = browser.submit("/profile", "/sign-out", &[]).await;
    assert_eq!(out.status, 303);
    assert!(!browser.cookies.contains_key("kampus_session"));
    // The old cookie, replayed, is refused.
    browser.cookies.insert("kampus_session".into(), current);
    let refused = browser.get("/profile").await;
    assert_eq!(refused.status, 303);
    assert_eq!(
        refused.location.as_deref(),
        Some("/sign-in?next=%2Fprofile")
    );
}

#[actix_web::test]
async fn signing_out_everywhere_through_the_api_ends_the_browser_session() {
    let app = spawn_app().await;
    learner(&app, "ana@mup.gov.rs").await;
    let mut browser = Browser::new(&app);
    browser.sign_in("ana@mup.gov.rs", PASSWORD).await;
    assert_eq!(browser.get("/profile").await.status, 200);
    let token = app.token_for("ana@mup.gov.rs", PASSWORD).await;
    let response = app
        .send(
            reqwest::Method::POST,
            "/api/v1/auth/logout-all",
            Some(&token),
            None,
        )
        .await;
    assert!(response.status().is_success(), "{}", response.status());
    assert_eq!(browser.get("/profile").await.status, 303);
}

#[actix_web::test]
async fn a_display_name_with_markup_shows_as_text() {
    let app = spawn_app().await;
    learner(&app, "ana@mup.gov.rs").await;
    let mut browser = Browser::new(&app);
    browser.sign_in("ana@mup.gov.rs", PASSWORD).await;
    let saved = browser
        .submit(
            "/profile",
            "/profile",
            &[
                ("display_name", "<script>alert(1)</script>"),
                ("preferred_locale", "en"),
                ("gender", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = browser.get("/profile").await;
    assert!(!page.body.contains("<script>alert(1)</script>"));
    assert!(
        page.body
            .contains("&#60;script&#62;alert(1)&#60;/script&#62;"),
        "{}",
        page.body
    );
}

/// The page's header, from `<body>` to its `<main>`: the chrome, with the language switch's
/// return address (which names the page) left out.
fn chrome_of(page: &Page) -> String {
    let body = page.body.find("<body>").expect("a body element");
    let head = &page.body[body..page.body.find("<main").expect("a main element")];
    let back = hidden(head, "back").expect("the language switch's return address");
    head.replace(&back, "")
}

#[actix_web::test]
async fn the_kept_lesson_page_is_filled_with_each_readers_own_name_token_and_progress() {
    // The lesson page is rendered once per locale and kept with holes for the reader's name
    // and form token (kampus_web::stencil): two readers of the same page must each get
    // their own, escaped as the templates escape them, and their own "done" state.
    let app = spawn_app().await;
    let mut ana = enrolled(&app, "ana@mup.gov.rs").await;
    let marked_up = r#"Ana "O'Brien" <b>&amp;"#;
    let saved = ana
        .submit(
            "/profile",
            "/profile",
            &[
                ("display_name", marked_up),
                ("preferred_locale", "en"),
                ("gender", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let mut ivo = enrolled(&app, "ivo@mup.gov.rs").await;
    let lesson = app
        .state
        .content()
        .course(COURSE)
        .expect("course")
        .course()
        .modules[0]
        .lessons[0]
        .clone();
    let path = format!("/courses/{COURSE}/lessons/{lesson}");
    let ana_page = ana.get(&path).await;
    let ivo_page = ivo.get(&path).await;
    assert_eq!(ana_page.status, 200);
    assert_eq!(ivo_page.status, 200);
    // Ana's chrome is the one every other page renders for her, byte for byte.
    let ana_course = ana.get(&format!("/courses/{COURSE}")).await;
    assert_eq!(chrome_of(&ana_page), chrome_of(&ana_course));
    assert!(!ana_page.body.contains(marked_up), "the name is escaped");
    // The helpers name every account "Test Korisnik".
    assert!(ivo_page.body.contains("Test Korisnik"), "{}", ivo_page.body);
    assert!(!ivo_page.body.contains("O&#39;Brien"), "no trace of Ana");
    assert_ne!(ana_page.csrf(), ivo_page.csrf());
    assert!(
        !ivo_page.body.contains(&ana_page.csrf()),
        "Ana's token is nowhere in Ivo's page"
    );
    // Ivo's token is his: the completion form works for him, and his page then shows the
    // lesson done, while Ana's still offers the form.
    let done = ivo
        .post(&format!("{path}/completion"), &[("csrf", &ivo_page.csrf())])
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let ivo_again = ivo.get(&path).await;
    assert!(
        !ivo_again.body.contains("/completion\""),
        "{}",
        ivo_again.body
    );
    assert!(ivo_again.body.contains("badge ok"));
    let ana_again = ana.get(&path).await;
    assert!(ana_again.body.contains("/completion\""));
    assert_eq!(
        ana_again.body, ana_page.body,
        "the same page for the same reader"
    );
}

#[actix_web::test]
async fn pages_carry_a_strict_policy_and_another_learners_things_are_not_found() {
    let app = spawn_app().await;
    learner(&app, "ana@mup.gov.rs").await;
    learner(&app, "marko@mup.gov.rs").await;
    let mut ana = Browser::new(&app);
    ana.sign_in("ana@mup.gov.rs", PASSWORD).await;
    let course = format!("/courses/{COURSE}");
    ana.submit(
        &course,
        &format!("{course}/enrollment"),
        &[("action", "enroll")],
    )
    .await;
    let started = ana
        .submit(
            &format!("{course}/assessments/pre-test"),
            &format!("{course}/assessments/pre-test/attempts"),
            &[],
        )
        .await;
    assert_eq!(started.status, 303, "{}", started.body);
    let attempt = started.location.expect("the attempt's page");
    for path in ["/", "/register", "/profile", &course, &attempt] {
        let page = ana.get(path).await;
        assert_eq!(page.status, 200, "{path}");
        let policy = page.headers[CONTENT_SECURITY_POLICY].to_str().expect("csp");
        assert!(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"));
        assert!(policy.contains("frame-ancestors 'none'"));
        assert_eq!(page.headers["x-content-type-options"], "nosniff");
        assert!(page.headers.contains_key("referrer-policy"));
    }
    let mut marko = Browser::new(&app);
    marko.sign_in("marko@mup.gov.rs", PASSWORD).await;
    assert_eq!(marko.get(&attempt).await.status, 404);
}

#[actix_web::test]
async fn registering_with_a_code_then_the_emailed_link_confirms_the_address() {
    let app = spawn_app().await;
    let (_, _, code) = setup(&app).await;
    let mut browser = Browser::new(&app);
    let refused = browser
        .submit(
            "/register",
            "/register",
            &[
                ("invitation_code", &code),
                ("email", "not an address"),
                ("display_name", "Ана Петровић"),
                ("password", "short"),
                ("preferred_locale", "sr-Cyrl"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("id=\"email-error\""));
    assert!(refused.body.contains("id=\"password-error\""));
    let registered = browser
        .submit(
            "/register",
            "/register",
            &[
                ("invitation_code", &code),
                ("email", "ana@mup.gov.rs"),
                ("display_name", "Ана Петровић"),
                ("password", PASSWORD),
                ("preferred_locale", "sr-Cyrl"),
            ],
        )
        .await;
    assert_eq!(registered.status, 200, "{}", registered.body);
    let not_yet = browser.sign_in("ana@mup.gov.rs", PASSWORD).await;
    assert_eq!(not_yet.status, 422, "not verified yet");
    let mail = app.last_mail_to("ana@mup.gov.rs").await.expect("mail");
    let link = mail
        .split_whitespace()
        .find(|w| w.contains("/verify-email?token="))
        .expect("a link");
    let path = &link[link.find("/verify-email").expect("path")..];
    let page = browser.get(path).await;
    assert_eq!(page.status, 200);
    let token = hidden(&page.body, "token").expect("the link's token in the form");
    let confirmed = browser
        .post(
            "/verify-email",
            &[("csrf", &page.csrf()), ("token", &token)],
        )
        .await;
    assert_eq!(confirmed.status, 200);
    let used_again = browser
        .post(
            "/verify-email",
            &[("csrf", &page.csrf()), ("token", &token)],
        )
        .await;
    assert_eq!(used_again.status, 404);
    assert_eq!(
        browser.sign_in("ana@mup.gov.rs", PASSWORD).await.status,
        303
    );
    let page = browser.get("/").await;
    assert!(
        page.body.contains("<html lang=\"sr-Cyrl\""),
        "the profile's language"
    );
}

/// Every message id of `locales/en/web.ftl`.
fn web_message_ids() -> Vec<String> {
    let source = include_str!("../../../../locales/en/web.ftl");
    source
        .lines()
        .filter_map(|line| {
            let (id, _) = line.split_once(" =")?;
            (!id.starts_with(['#', ' '])).then(|| id.trim().to_owned())
        })
        .collect()
}

#[actix_web::test]
async fn every_page_in_every_locale_shows_no_raw_message_id_and_no_english() {
    // 16 pages of learners and visitors, 11 of staff, in 8 locales.
    let app = spawn_app().await;
    let mut browser = enrolled(&app, "ana@mup.gov.rs").await;
    let course = format!("/courses/{COURSE}");
    let started = browser
        .submit(
            &format!("{course}/assessments/pre-test"),
            &format!("{course}/assessments/pre-test/attempts"),
            &[],
        )
        .await;
    let attempt = started.location.expect("attempt");
    let signed_in_pages = [
        "/".to_owned(),
        course.clone(),
        format!("{course}/lessons/l-gender-concepts"),
        format!("{course}/assessments/pre-test"),
        attempt,
        format!("{course}/survey"),
        "/my/certificates".to_owned(),
        "/profile".to_owned(),
    ];
    // The staff pages (issue 21), as an admin sees them.
    app.create_user("vesna@rmtc.org", PASSWORD, Locale::En, Role::Admin)
        .await;
    let mut admin = Browser::new(&app);
    admin.sign_in("vesna@rmtc.org", PASSWORD).await;
    let version = crate::publishing_pages::first_version(&mut admin).await;
    let staff_pages = [
        "/staff".to_owned(),
        "/staff?by=gender&from=2020-01-01".to_owned(),
        format!("/staff/courses/{COURSE}/learners"),
        format!("/staff/courses/{COURSE}/satisfaction"),
        format!("/staff/courses/{COURSE}/assessments/final"),
        "/staff/funder-report".to_owned(),
        "/admin/content".to_owned(),
        format!("/admin/content/versions/{version}"),
        format!("/admin/content/versions/{version}/preview?left=en&right=sq"),
        format!("/admin/content/versions/{version}/publish"),
        format!("/admin/content/courses/{COURSE}/unpublish"),
    ];
    let mut anonymous = Browser::new(&app);
    let anonymous_pages = [
        "/",
        "/sign-in",
        "/register",
        "/forgot-password",
        "/verify-email/resend",
        "/verify-email?token=x",
        "/reset-password?token=x",
        "/no-such-page",
    ];
    let ids = web_message_ids();
    let english: HashMap<String, String> = {
        let catalog = &app.state.catalog;
        ids.iter()
            .map(|id| (id.clone(), catalog.message(Locale::En, id, None)))
            .collect()
    };
    for locale in Locale::ALL {
        let tag = locale.tag();
        let catalog = &app.state.catalog;
        let mut pages = Vec::new();
        for path in &signed_in_pages {
            let sep = if path.contains('?') { '&' } else { '?' };
            pages.push((
                path.clone(),
                browser.get(&format!("{path}{sep}lang={tag}")).await,
            ));
        }
        for path in &staff_pages {
            let sep = if path.contains('?') { '&' } else { '?' };
            let page = admin.get(&format!("{path}{sep}lang={tag}")).await;
            assert_eq!(page.status, StatusCode::OK, "{tag} {path}");
            pages.push((path.clone(), page));
        }
        for path in anonymous_pages {
            let sep = if path.contains('?') { '&' } else { '?' };
            pages.push((
                path.to_owned(),
                anonymous.get(&format!("{path}{sep}lang={tag}")).await,
            ));
        }
        for (path, page) in pages {
            let text = visible_text(&page.body);
            for id in &ids {
                let raw = text
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                    .any(|word| word == id);
                assert!(!raw, "{tag} {path}: the raw id {id} shows");
            }
            if locale == Locale::En {
                continue;
            }
            for (id, sentence) in &english {
                // Long English sentences only (names of languages and numbers are shared),
                // unless the locale's own message is the same words.
                let own = if catalog.message_ids(locale).contains(id) {
                    catalog.message(locale, id, None)
                } else {
                    String::new()
                };
                if sentence.len() < 16 || own == *sentence || sentence.contains('{') {
                    continue;
                }
                assert!(
                    !text.contains(sentence.as_str()),
                    "{tag} {path}: English text of {id} shows: {sentence}"
                );
            }
        }
    }
}

/// The question ids an attempt's sheet shows (from its fields `a/<question>[/<part>]`).
fn sheet_questions(body: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for chunk in body.split("name=\"a/").skip(1) {
        let name = chunk.split('"').next().unwrap_or_default();
        let id = name.split('/').next().unwrap_or_default().to_owned();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// The form fields that give `response` to question `id`, as a person fills them in (a
/// number with a decimal comma).
fn fields_of(id: &str, response: &kampus_content::Response) -> Vec<(String, String)> {
    use kampus_content::Response;
    let own = format!("a/{id}");
    match response {
        Response::Choice(choice) => vec![(own, choice.clone())],
        Response::Choices(choices) => choices.iter().map(|c| (own.clone(), c.clone())).collect(),
        Response::Bool(value) => vec![(own, value.to_string())],
        Response::Pairs(pairs) => pairs
            .iter()
            .map(|(premise, response)| (format!("{own}/{premise}"), response.clone()))
            .collect(),
        Response::Order(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| (format!("{own}/{item}"), (i + 1).to_string()))
            .collect(),
        Response::Number(n) => vec![(own, n.to_string().replace('.', ","))],
        Response::Text(text) => vec![(own, text.clone())],
    }
}

#[actix_web::test]
async fn a_learner_completes_a_course_by_forms_and_downloads_the_certificate() {
    let app = spawn_app().await;
    let mut browser = enrolled(&app, "ana@mup.gov.rs").await;
    let course = format!("/courses/{COURSE}");
    let content = app.state.content();
    let structure = content.course(COURSE).expect("course").course().clone();
    for lesson in structure.modules.iter().flat_map(|m| &m.lessons) {
        let path = format!("{course}/lessons/{lesson}");
        let page = browser.get(&path).await;
        browser
            .post(&format!("{path}/completion"), &[("csrf", &page.csrf())])
            .await;
    }
    let key = kampus_content::answer_key::AnswerKey::of(&structure).expect("answer key");
    for assessment in &structure.completion.pass {
        let page = format!("{course}/assessments/{assessment}");
        // The course's instructions, with the assessment's pass mark filled in ("60%"; the
        // page's own fact says "60 %").
        let settings = &structure
            .assessments
            .iter()
            .find(|a| &a.id == assessment)
            .expect("assessment")
            .settings;
        let shown = browser.get(&page).await;
        assert!(
            shown
                .body
                .contains(&format!("{}% to pass", settings.pass_mark))
                && !shown.body.contains("{$"),
            "{}",
            shown.body
        );
        let started = browser
            .submit(&page, &format!("{page}/attempts"), &[])
            .await;
        assert_eq!(started.status, 303, "{}", started.body);
        let attempt = started.location.expect("attempt");
        let sheet = browser.get(&attempt).await;
        let questions = sheet_questions(&sheet.body);
        assert!(!questions.is_empty(), "{}", sheet.body);
        let mut fields: Vec<(String, String)> = vec![("csrf".into(), sheet.csrf())];
        for id in &questions {
            let response = key
                .response(assessment, id)
                .expect("a key for each question");
            fields.extend(fields_of(id, response));
        }
        // Saved first (the page says so), then submitted.
        let mut save = fields.clone();
        save.push(("action".into(), "save".into()));
        let saved = browser
            .post(
                &attempt,
                &save
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect::<Vec<_>>(),
            )
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
        let resumed = browser
            .get(&saved.location.expect("back to the sheet"))
            .await;
        assert!(resumed.body.contains("Your answers are saved."));
        // Resumed as left: the saved answers are filled in.
        for (name, value) in fields.iter().skip(1) {
            let shown = resumed
                .body
                .contains(&format!("name=\"{name}\" value=\"{value}\" checked"))
                || resumed
                    .body
                    .contains(&format!("name=\"{name}\" value=\"{value}\""))
                || resumed
                    .body
                    .contains(&format!("value=\"{value}\" selected"));
            assert!(shown, "{assessment}: {name}={value} not shown after saving");
        }
        fields.push(("action".into(), "submit".into()));
        let submitted = browser
            .post(
                &attempt,
                &fields
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect::<Vec<_>>(),
            )
            .await;
        assert_eq!(submitted.status, 303, "{}", submitted.body);
        let result = browser.get(&attempt).await;
        assert!(
            result.body.contains("Your score: 100 %"),
            "{assessment}: {}",
            result.body
        );
        assert!(result.body.contains("Passed"));
    }
    let survey = format!("{course}/survey");
    let page = browser.get(&survey).await;
    let mut answers: Vec<(String, String)> = vec![("csrf".into(), page.csrf())];
    for item in &structure.survey {
        let value = if item.item_type == kampus_content::model::SurveyItemType::Likert {
            "4".to_owned()
        } else {
            "Korisno i jasno.".to_owned()
        };
        answers.push((format!("s/{}", item.id), value));
    }
    let done = browser
        .post(
            &survey,
            &answers
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect::<Vec<_>>(),
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(
        done.location.as_deref(),
        Some(format!("{course}/completed").as_str())
    );
    let completed = browser.get(&format!("{course}/completed")).await;
    assert!(completed.body.contains("Course completed"));
    let pdf_link = completed
        .body
        .split("href=\"")
        .find_map(|c| c.split('"').next().filter(|h| h.ends_with("/pdf")))
        .expect("a PDF link")
        .to_owned();
    let pdf = browser.get(&pdf_link).await;
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.headers["content-type"], "application/pdf");
    let qr = browser.get(&pdf_link.replace("/pdf", "/qr.svg")).await;
    assert_eq!(qr.status, 200);
    assert!(qr.body.starts_with("<svg"));
    // Another learner gets nothing of it.
    learner(&app, "marko@mup.gov.rs").await;
    let mut marko = Browser::new(&app);
    marko.sign_in("marko@mup.gov.rs", PASSWORD).await;
    assert_eq!(marko.get(&pdf_link).await.status, 404);
    assert_eq!(marko.get(&format!("{course}/completed")).await.status, 303);
}
