//! `/admin/content`: the publishing console — the upload form, for every published course
//! each locale's translation status (complete, partial or outdated, with the counts behind
//! it), and every version of every course (published or draft, uploaded or loaded at start);
//! `/admin/content/versions/{id}`: a version's validation report, each problem with its file,
//! line and column, severity and stable code, and what can be done with it (preview, publish
//! or roll back to it, unpublish its course). The actions are in [`super::publishing`].

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
    /// Whether learners see one of its versions now (it can be unpublished).
    pub published: bool,
    pub versions: Vec<VersionLine>,
}

#[derive(Debug, Template)]
#[template(path = "admin_content.html")]
pub struct ConsolePage {
    pub chrome: Chrome,
    /// What the action that led here did (a message id).
    pub done: Option<&'static str>,
    /// Why the upload just sent was not stored, when it was not.
    pub upload: Option<UploadFailure>,
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

/// Why an upload was not stored: one message, and the reasons or problems behind it.
#[derive(Debug, Default)]
pub struct UploadFailure {
    pub message: String,
    /// Problems of the content, each at its `file:line:column`.
    pub problems: Vec<ProblemLine>,
}

/// The outcomes a redirect back to the console may announce.
const CONSOLE_OUTCOMES: [&str; 1] = ["admin-done-unpublished"];

async fn console(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
) -> Result<HttpResponse, PageError> {
    let done = crate::pages::done_of(&req, &CONSOLE_OUTCOMES);
    let page_view = console_page(&req, &state, &admin, done, None).await?;
    respond::page(&admin.0.visitor, respond::html(&page_view))
}

/// The console, with the outcome of the action that led to it.
pub async fn console_page(
    req: &HttpRequest,
    state: &WebState,
    admin: &Admin,
    done: Option<&'static str>,
    upload: Option<UploadFailure>,
) -> Result<ConsolePage, PageError> {
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(req, visitor, state);
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
            Some(course) => {
                course.published |= line.published;
                course.versions.push(line);
            }
            None => courses.push(CourseVersions {
                title: title_of(&v.course_id),
                course_id: v.course_id,
                published: line.published,
                versions: vec![line],
            }),
        }
    }
    for course in &mut courses {
        course.versions.sort_by_key(|v| std::cmp::Reverse(v.number));
    }
    Ok(ConsolePage {
        done,
        upload,
        locales: Locale::ALL
            .iter()
            .map(|l| (l.tag(), tr.language_name(l).to_owned()))
            .collect(),
        matrix,
        courses,
        chrome: chrome.clone(),
    })
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

impl ProblemLine {
    /// A problem of an upload that was not stored: its place is the file in the upload (under
    /// its part's folder).
    pub fn of_part(p: &kampus_usecases::publishing::PartProblem) -> Self {
        let file = if p.part.is_empty() {
            p.problem.file.clone()
        } else {
            format!("{}/{}", p.part, p.problem.file)
        };
        let (line, column) = (p.problem.line.into(), p.problem.column.into());
        ProblemLine {
            place: place(&file, line, column),
            error: p.problem.severity == kampus_content::problem::Severity::Error,
            code: p.problem.code.as_str().to_owned(),
            message: p.problem.message.clone(),
        }
    }
}

/// `file:line:column`, as an editor takes it; the file alone for a problem of a whole file.
fn place(file: &str, line: u64, column: u64) -> String {
    if line == 0 {
        file.to_owned()
    } else {
        format!("{file}:{line}:{column}")
    }
}

#[derive(Debug, Template)]
#[template(path = "admin_version.html")]
pub struct VersionPage {
    pub chrome: Chrome,
    pub done: Option<&'static str>,
    pub id: String,
    pub course_id: String,
    pub title: String,
    pub number: i32,
    /// What publishing it is: a rollback when learners see a later version now.
    pub publish_label: &'static str,
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
    let done = crate::pages::done_of(&req, &VERSION_OUTCOMES);
    let id = VersionId::parse_exact(&id).ok_or(PageError::NotFound)?;
    let (version, published) = version_and_published(&state, id).await?;
    let (_, stored) = state
        .cases
        .blocking(move |conn| Ok::<_, PageError>(content_versions::bundle(conn, id)?))
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
                place: place(&text(p, "file"), line, column),
                error: p["severity"] == "error",
                code: text(p, "code"),
                message: text(p, "message"),
            }
        })
        .collect();
    let page_view = VersionPage {
        done,
        id: version.id.to_string(),
        course_id: version.course_id.clone(),
        title,
        number: version.number,
        publish_label: if published
            .as_ref()
            .is_some_and(|p| p.number > version.number)
        {
            "admin-rollback-button"
        } else {
            "admin-publish-button"
        },
        created: version.created_at.format("%Y-%m-%d %H:%M").to_string(),
        published: published.as_ref().map(|p| p.id) == Some(version.id),
        errors: problems.iter().filter(|p| p.error).count(),
        warnings: problems.iter().filter(|p| !p.error).count(),
        problems,
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

/// The outcomes a redirect back to a version may announce.
const VERSION_OUTCOMES: [&str; 3] = [
    "admin-done-uploaded",
    "admin-done-uploaded-before",
    "admin-done-published",
];

/// A version, and the version of its course learners see now (if any).
pub async fn version_and_published(
    state: &WebState,
    id: VersionId,
) -> Result<(Version, Option<Version>), PageError> {
    state
        .cases
        .blocking(move |conn| {
            let version = content_versions::find(conn, id)?;
            let published = content_versions::published_version(conn, &version.course_id)?
                .map(|published| content_versions::find(conn, published))
                .transpose()?;
            Ok::<_, PageError>((version, published))
        })
        .await
}
