//! Pages that are the same for every caller (or the same but for a few holes, a [`Stencil`]),
//! serialized once per locale and kept as long as
//! the published content they belong to: each [`super::live::Content`] comes with
//! new, empty slots, so a publish never serves a page of the previous revision. The faces
//! fill the slots (they know the pages' shapes); this module only owns where they are kept.

use std::collections::HashMap;
use std::sync::OnceLock;

use bytes::Bytes;
use kampus_content::{LoadedCourse, Locale};

/// A page in each locale (`Locale::index`), serialized on first request; `None` when it
/// cannot be rendered.
pub type LocalePages = [OnceLock<Option<Bytes>>; Locale::ALL.len()];

/// Something kept for each lesson of the published courses (its slots), by course slug and
/// lesson id.
#[derive(Debug)]
pub struct PerLesson<S> {
    by_course: HashMap<String, HashMap<String, S>>,
}

impl<S> Default for PerLesson<S> {
    fn default() -> Self {
        Self {
            by_course: HashMap::new(),
        }
    }
}

impl<S: Default> PerLesson<S> {
    /// Empty slots for every lesson of `courses`.
    pub fn new<'a>(courses: impl Iterator<Item = &'a LoadedCourse>) -> Self {
        let by_course = courses
            .map(|loaded| {
                let course = loaded.course();
                let lessons = course
                    .modules
                    .iter()
                    .flat_map(|m| &m.lessons)
                    .map(|lesson| (lesson.clone(), S::default()))
                    .collect();
                (course.slug.clone(), lessons)
            })
            .collect();
        Self { by_course }
    }

    /// The slots of one lesson, if the course has it.
    pub fn of(&self, slug: &str, lesson: &str) -> Option<&S> {
        self.by_course.get(slug)?.get(lesson)
    }
}

/// Each lesson's JSON per locale.
pub type LessonPages = PerLesson<LocalePages>;

/// A lesson's reader page per locale ([`Locale::index`]), for a learner who has not completed
/// the lesson (`[0]`) and for one who has (`[1]`): everything but the reader's name and form
/// token, which differ per visitor.
pub type ReaderStencils = [[OnceLock<Option<Stencil>>; Locale::ALL.len()]; 2];

/// A page rendered once with markers where each visitor's own values go, kept cut at the
/// markers: serving it is copying its parts and the values into one buffer, with no template
/// and no message formatting per request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stencil {
    parts: Vec<StencilPart>,
    /// The bytes of the fixed parts, to size the page at once.
    fixed_len: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum StencilPart {
    Fixed(Box<str>),
    /// The value at this index of [`Stencil::fill`]'s `values`.
    Hole(usize),
}

impl Stencil {
    /// `rendered` cut wherever one of `markers` occurs; marker `i` becomes hole `i`. The
    /// markers must not occur in the page by chance (the faces use private-use characters).
    pub fn cut(rendered: &str, markers: &[&str]) -> Self {
        let mut parts = Vec::new();
        let mut rest = rendered;
        while let Some((at, hole, marker)) = markers
            .iter()
            .enumerate()
            .filter_map(|(hole, marker)| Some((rest.find(marker)?, hole, marker)))
            .min_by_key(|&(at, _, _)| at)
        {
            if at > 0 {
                parts.push(StencilPart::Fixed(rest[..at].into()));
            }
            parts.push(StencilPart::Hole(hole));
            rest = &rest[at + marker.len()..];
        }
        if !rest.is_empty() {
            parts.push(StencilPart::Fixed(rest.into()));
        }
        let fixed_len = parts
            .iter()
            .map(|part| match part {
                StencilPart::Fixed(text) => text.len(),
                StencilPart::Hole(_) => 0,
            })
            .sum();
        Self { parts, fixed_len }
    }

    /// The page with hole `i` replaced by `values[i]` (a hole without a value stays empty).
    /// The values are written as given: the caller escapes them for where they go.
    pub fn fill(&self, values: &[&str]) -> String {
        let holes = self.parts.iter().filter_map(|part| match part {
            StencilPart::Hole(i) => values.get(*i).map(|v| v.len()),
            StencilPart::Fixed(_) => None,
        });
        let mut page = String::with_capacity(self.fixed_len + holes.sum::<usize>());
        for part in &self.parts {
            match part {
                StencilPart::Fixed(text) => page.push_str(text),
                StencilPart::Hole(i) => page.push_str(values.get(*i).copied().unwrap_or("")),
            }
        }
        page
    }
}

/// Each course's outline per locale.
#[derive(Debug, Default)]
pub struct OutlinePages {
    by_course: HashMap<String, LocalePages>,
}

impl OutlinePages {
    /// Empty slots for every course of `courses`.
    pub fn new<'a>(courses: impl Iterator<Item = &'a LoadedCourse>) -> Self {
        Self {
            by_course: courses
                .map(|loaded| (loaded.course().slug.clone(), LocalePages::default()))
                .collect(),
        }
    }

    /// The slots of one course, if published.
    pub fn of(&self, slug: &str) -> Option<&LocalePages> {
        self.by_course.get(slug)
    }
}

#[cfg(test)]
mod tests {
    use super::Stencil;

    const NAME: &str = "\u{E000}name\u{E000}";
    const TOKEN: &str = "\u{E000}token\u{E000}";

    #[test]
    fn a_filled_stencil_is_the_page_with_the_values() {
        let page = format!("<p>Hello {NAME}</p><input value=\"{TOKEN}\"><b>{TOKEN}</b>");
        let stencil = Stencil::cut(&page, &[NAME, TOKEN]);
        assert_eq!(
            stencil.fill(&["Ana &amp; Ivo", "t0k"]),
            "<p>Hello Ana &amp; Ivo</p><input value=\"t0k\"><b>t0k</b>"
        );
    }

    #[test]
    fn markers_at_the_edges_and_side_by_side() {
        let page = format!("{TOKEN}{NAME}middle{NAME}");
        let stencil = Stencil::cut(&page, &[NAME, TOKEN]);
        assert_eq!(stencil.fill(&["n", "t"]), "tnmiddlen");
        assert_eq!(
            stencil.fill(&["n"]),
            "nmiddlen",
            "a missing value leaves its hole empty"
        );
    }

    #[test]
    fn a_page_without_markers_is_served_as_it_is() {
        let stencil = Stencil::cut("<p>plain</p>", &[NAME, TOKEN]);
        assert_eq!(stencil.fill(&[]), "<p>plain</p>");
        assert_eq!(Stencil::cut("", &[NAME]).fill(&["x"]), "");
    }
}
