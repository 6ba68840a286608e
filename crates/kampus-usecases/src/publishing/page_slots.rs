//! Pages that are the same for every caller, serialized once per locale and kept as long as
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

/// Each lesson's JSON per locale.
#[derive(Debug, Default)]
pub struct LessonPages {
    by_course: HashMap<String, HashMap<String, LocalePages>>,
}

impl LessonPages {
    /// Empty slots for every lesson of `courses`.
    pub fn new<'a>(courses: impl Iterator<Item = &'a LoadedCourse>) -> Self {
        let by_course = courses
            .map(|loaded| {
                let course = loaded.course();
                let lessons = course
                    .modules
                    .iter()
                    .flat_map(|m| &m.lessons)
                    .map(|lesson| (lesson.clone(), LocalePages::default()))
                    .collect();
                (course.slug.clone(), lessons)
            })
            .collect();
        Self { by_course }
    }

    /// The slots of one lesson, if the course has it.
    pub fn of(&self, slug: &str, lesson: &str) -> Option<&LocalePages> {
        self.by_course.get(slug)?.get(lesson)
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
