//! `/admin/content`: the publishing console — for every published course, each locale's
//! translation status (complete, partial or outdated, with the counts behind it), and every
//! version of every course (published or draft, uploaded or loaded at start);
//! `/admin/content/versions/{id}`: a version's validation report, each problem with its file,
//! line and column, severity and stable code.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_content::Locale;
use kampus_store::VersionId;
use kampus_store::content_versions::{self, Version};
use kampus_usecases::publishing;

use super::Admin;
use crate::error::PageError;
use crate::pages::page;
use crate::pages::view::course_title;
use crate::respond::{self, Chrome};
use crate::state::WebState;
use crate::tr::Tr;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/admin/content").route(web::get().to(console)))
        .service(page("/admin/content/versions/{id}").route(web::get().to(version)));
}

/// One locale's cell of the translation matrix.
#[derive(Debug)]
pub struct LocaleCell {
    /// `complete`, `partial` or `outdated` (the stylesheet's class too).
    pub status: &'static str,
    pub label: String,
    /// "12 missing, 3 outdated of 240".
    pub counts: String,
}

/// One course's row of the matrix.
#[derive(Debug)]
pub struct CourseRow {
    pub title: String,
    pub cells: Vec<LocaleCell>,
}

/// One version in the list.
#[derive(Debug)]
pub struct VersionLine {
    pub id: String,
    pub number: i32,
    pub created: String,
    pub source: String,
    pub published: bool,
}

/// A course's versions, newest first.
#[derive(Debug)]
pub struct CourseVersions {
    pub course_id: String,
    pub title: String,
    pub versions: Vec<VersionLine>,
}

#[derive(Debug, Template)]
#[template(path = "admin_content.html")]
pub struct ConsolePage {
    pub chrome: Chrome,
    /// The locales' tags and names (each in itself), in the matrix's column order.
    pub locales: Vec<(&'static str, String)>,
    pub matrix: Vec<CourseRow>,
    pub courses: Vec<CourseVersions>,
}

fn status_cell(tr: &Tr, row: &kampus_content::LocaleCoverage) -> LocaleCell {
    let missing = row.missing.len();
    let status = if missing > 0 {
        "partial"
    } else if row.outdated > 0 {
        "outdated"
    } else {
        "complete"
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("missing", missing);
    args.set("outdated", row.outdated);
    args.set("total", row.total);
    LocaleCell {
        status,
        label: tr.t(&format!("admin-translation-{status}")).into_owned(),
        counts: tr.with("admin-translation-counts", &args),
    }
}

async fn console(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
) -> Result<HttpResponse, PageError> {
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let tr = &chrome.tr;
    let content = state.content();
    let title_of = |course_id: &str| course_title(&content, tr.locale, course_id);
    let matrix = content
        .courses()
        .map(|loaded| CourseRow {
            title: title_of(&loaded.course().id),
            cells: Locale::ALL
                .iter()
                .filter_map(|locale| {
                    loaded
                        .coverage()
                        .locales
                        .iter()
                        .find(|row| row.locale == *locale)
                        .map(|row| status_cell(tr, row))
                })
                .collect(),
        })
        .collect();
    let (versions, published) = state
        .cases
        .blocking(|conn| {
            let versions = content_versions::all(conn)?;
            let published: Vec<VersionId> = content_versions::published(conn)?
                .into_iter()
                .map(|p| p.version.id)
                .collect();
            Ok::<_, PageError>((versions, published))
        })
        .await?;
    let mut courses: Vec<CourseVersions> = Vec::new();
    for v in versions {
        let line = VersionLine {
            id: v.id.to_string(),
            number: v.number,
            created: v.created_at.format("%Y-%m-%d %H:%M").to_string(),
            source: tr.t(&format!("admin-source-{}", v.source)).into_owned(),
            published: published.contains(&v.id),
        };
        match courses.iter_mut().find(|c| c.course_id == v.course_id) {
            Some(course) => course.versions.push(line),
            None => courses.push(CourseVersions {
                title: title_of(&v.course_id),
                course_id: v.course_id,
                versions: vec![line],
            }),
        }
    }
    for course in &mut courses {
        course.versions.sort_by_key(|v| std::cmp::Reverse(v.number));
    }
    let page_view = ConsolePage {
        locales: Locale::ALL
            .iter()
            .map(|l| (l.tag(), tr.language_name(l).to_owned()))
            .collect(),
        matrix,
        courses,
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

/// One problem of a report.
#[derive(Debug)]
pub struct ProblemLine {
    /// `file:line:column`, as an editor takes it.
    pub place: String,
    pub error: bool,
    pub code: String,
    pub message: String,
}

#[derive(Debug, Template)]
#[template(path = "admin_version.html")]
pub struct VersionPage {
    pub chrome: Chrome,
    pub title: String,
    pub number: i32,
    pub created: String,
    pub published: bool,
    pub errors: usize,
    pub warnings: usize,
    pub problems: Vec<ProblemLine>,
}

async fn version(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = VersionId::parse_exact(&id).ok_or(PageError::NotFound)?;
    let (version, stored, published): (Version, String, Option<VersionId>) = state
        .cases
        .blocking(move |conn| {
            let version = content_versions::find(conn, id)?;
            let (_, stored) = content_versions::bundle(conn, id)?;
            let published = content_versions::published_version(conn, &version.course_id)?;
            Ok::<_, PageError>((version, stored, published))
        })
        .await?;
    let report = publishing::report_of(&stored);
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let content = state.content();
    let title = course_title(&content, chrome.tr.locale, &version.course_id);
    // Stored as the validator wrote them (JSON, with its own field names).
    let text = |p: &serde_json::Value, key: &str| p[key].as_str().unwrap_or_default().to_owned();
    let problems: Vec<ProblemLine> = report
        .problems
        .iter()
        .map(|p| {
            let (line, column) = (
                p["line"].as_u64().unwrap_or(0),
                p["column"].as_u64().unwrap_or(0),
            );
            ProblemLine {
                place: if line == 0 {
                    text(p, "file")
                } else {
                    format!("{}:{line}:{column}", text(p, "file"))
                },
                error: p["severity"] == "error",
                code: text(p, "code"),
                message: text(p, "message"),
            }
        })
        .collect();
    let page_view = VersionPage {
        title,
        number: version.number,
        created: version.created_at.format("%Y-%m-%d %H:%M").to_string(),
        published: published == Some(version.id),
        errors: problems.iter().filter(|p| p.error).count(),
        warnings: problems.iter().filter(|p| !p.error).count(),
        problems,
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}
