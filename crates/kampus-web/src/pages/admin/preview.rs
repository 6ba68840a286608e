//! `/admin/content/versions/{id}/preview?left=en&right=sq&lesson=…`: any lesson of any version
//! (a draft too) in two locales side by side, each as a learner in that locale would read it —
//! the same rendered text, the same fallbacks, marked. The choices are a GET form, so a
//! preview can be bookmarked and sent to a translator's reviewer.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use kampus_content::{LoadedCourse, Locale};
use kampus_store::VersionId;
use serde::Deserialize;

use super::Admin;
use crate::error::PageError;
use crate::pages::page;
use crate::pages::view::{Choice, Text, choices, lesson_order, text};
use crate::respond::{self, Chrome};
use crate::state::WebState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(page("/admin/content/versions/{id}/preview").route(web::get().to(preview)));
}

#[derive(Debug, Deserialize)]
struct Choices {
    left: Option<String>,
    right: Option<String>,
    lesson: Option<String>,
}

/// One side: the lesson in one locale.
#[derive(Debug)]
pub struct Side {
    /// The locale asked for, and its name.
    pub lang: &'static str,
    pub language: String,
    pub title: Option<Text>,
    /// The locale the body is really in.
    pub body_lang: &'static str,
    /// "Not translated into …: learners see it in …", when the body is a fallback.
    pub fallback_notice: Option<String>,
    /// Sanitized HTML (rendered when the version was loaded), its ids made unique on the page.
    pub html: String,
}

#[derive(Debug, Template)]
#[template(path = "admin_preview.html")]
pub struct PreviewPage {
    pub chrome: Chrome,
    pub id: String,
    pub number: i32,
    pub course_title: String,
    pub left_choices: Vec<Choice>,
    pub right_choices: Vec<Choice>,
    pub lesson_choices: Vec<Choice>,
    pub sides: [Side; 2],
}

async fn preview(
    req: HttpRequest,
    state: web::Data<WebState>,
    admin: Admin,
    id: web::Path<String>,
    asked: web::Query<Choices>,
) -> Result<HttpResponse, PageError> {
    let id = VersionId::parse_exact(&id).ok_or(PageError::NotFound)?;
    let course = state.publisher.preview(id).await?;
    let (version, _) = super::content::version_and_published(&state, id).await?;
    let visitor = &admin.0.visitor;
    let chrome = Chrome::new(&req, visitor, &state);
    let tr = &chrome.tr;
    // An unknown locale or lesson in the address is the default, not an error: the form
    // always offers the valid ones.
    let locale_of = |asked: &Option<String>, default: Locale| {
        asked
            .as_deref()
            .and_then(|tag| tag.parse::<Locale>().ok())
            .unwrap_or(default)
    };
    let left = locale_of(&asked.left, Locale::En);
    let right = locale_of(&asked.right, tr.locale);
    let order = lesson_order(&course);
    let lesson = asked
        .lesson
        .as_deref()
        .and_then(|asked| order.iter().find(|(_, l)| *l == asked))
        .or_else(|| order.first())
        .map(|(_, l)| (*l).to_owned())
        .ok_or(PageError::NotFound)?;
    let locale_choices = |chosen: Locale| {
        choices(
            Locale::ALL
                .iter()
                .map(|l| (l.tag().to_owned(), tr.language_name(l).to_owned()))
                .collect(),
            Some(chosen.tag()),
        )
    };
    let lesson_choices = choices(
        order
            .iter()
            .map(|(_, l)| {
                let title = text(&course, tr.locale, l).map_or_else(|| (*l).to_owned(), |t| t.text);
                ((*l).to_owned(), title)
            })
            .collect(),
        Some(&lesson),
    );
    let page_view = PreviewPage {
        id: id.to_string(),
        number: version.number,
        course_title: text(&course, tr.locale, "course")
            .map_or_else(|| version.course_id, |t| t.text),
        left_choices: locale_choices(left),
        right_choices: locale_choices(right),
        lesson_choices,
        sides: [
            side(&course, &lesson, left, "left", tr),
            side(&course, &lesson, right, "right", tr),
        ],
        chrome: chrome.clone(),
    };
    respond::page(visitor, respond::html(&page_view))
}

/// The lesson in `locale`, its element ids (headings, footnotes) and the links to them
/// prefixed with `prefix`, so that the two sides' ids stay unique on one page.
fn side(
    course: &LoadedCourse,
    lesson: &str,
    locale: Locale,
    prefix: &str,
    tr: &crate::tr::Tr,
) -> Side {
    let body = course.lesson(locale, lesson);
    Side {
        lang: locale.tag(),
        language: tr.language_name(locale).to_owned(),
        title: text(course, locale, lesson),
        body_lang: body
            .as_ref()
            .map_or(locale.tag(), |b| b.origin.locale.tag()),
        fallback_notice: body.as_ref().filter(|b| b.origin.fallback).map(|b| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("language", tr.language_name(locale));
            args.set("shown", tr.language_name(b.origin.locale));
            tr.with("admin-preview-fallback", &args)
        }),
        html: body.map_or_else(String::new, |b| unique_ids(&b.value.html, prefix)),
    }
}

/// `html` with every `id="x"` made `id="{prefix}-x"` and every `href="#x"` made
/// `href="#{prefix}-x"`, in tags only: text that speaks of `id="` stays as written. The HTML
/// is the sanitizer's output, where attribute values are double-quoted and a `"` inside one
/// is written `&quot;`, so a tag ends at the first `>` outside quotes.
fn unique_ids(html: &str, prefix: &str) -> String {
    let (id, href) = (format!(" id=\"{prefix}-"), format!(" href=\"#{prefix}-"));
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let tag = &rest[start..];
        let mut quoted = false;
        let end = tag
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == '>' && !quoted
            })
            .map_or(tag.len(), |(at, _)| at + 1);
        out.push_str(
            &tag[..end]
                .replace(" id=\"", &id)
                .replace(" href=\"#", &href),
        );
        rest = &tag[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::unique_ids;

    #[test]
    fn ids_and_the_links_to_them_are_prefixed_and_nothing_else() {
        let html = r##"<h2 id="scope">Scope</h2><p title="a > b" id="p"><a href="#scope">up</a> <a href="https://example.org/#x">out</a> and id="y" href="#z" in text</p>"##;
        assert_eq!(
            unique_ids(html, "left"),
            r##"<h2 id="left-scope">Scope</h2><p title="a > b" id="left-p"><a href="#left-scope">up</a> <a href="https://example.org/#x">out</a> and id="y" href="#z" in text</p>"##
        );
    }
}
