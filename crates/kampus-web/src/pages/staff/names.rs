//! What a group of the figures is called on a page: a course's title in the page's language,
//! an institution's name, a country's, a language's name in itself, a gender as the profile
//! form words it, a month as written.

use std::collections::HashMap;

use kampus_content::Locale;
use kampus_store::institutions::Institution;
use kampus_store::reports::Dimension;
use kampus_usecases::Scope;
use kampus_usecases::publishing::live::Content;

use crate::tr::Tr;

/// The names a page needs, read once per page.
#[derive(Debug)]
pub struct Names<'a> {
    pub tr: &'a Tr,
    pub content: &'a Content,
    /// The institutions in the staff member's scope, by id.
    pub institutions: HashMap<String, Institution>,
}

impl<'a> Names<'a> {
    /// The names for a staff member who sees `scope` of `all` institutions.
    pub fn new(tr: &'a Tr, content: &'a Content, all: Vec<Institution>, scope: &Scope) -> Self {
        let institutions = all
            .into_iter()
            .filter(|i| scope.includes(Some(i.id)))
            .map(|i| (i.id.to_string(), i))
            .collect();
        Self {
            tr,
            content,
            institutions,
        }
    }

    /// The name of a group's `value` of `dimension`; `None`: learners without one.
    pub fn of(&self, dimension: Dimension, value: Option<&str>) -> String {
        let Some(value) = value else {
            return self
                .tr
                .t(match dimension {
                    Dimension::Institution | Dimension::Country => "staff-no-institution",
                    _ => "field-gender-unstated",
                })
                .into_owned();
        };
        match dimension {
            Dimension::Course => self.course(value),
            Dimension::Institution => self
                .institutions
                .get(value)
                .map_or_else(|| value.to_owned(), |i| i.name.clone()),
            Dimension::Country => self.country(value),
            Dimension::Locale => value.parse::<Locale>().map_or_else(
                |_| value.to_owned(),
                |l| self.tr.language_name(l).to_owned(),
            ),
            Dimension::Gender => self.tr.t(&format!("gender-{value}")).into_owned(),
            Dimension::Month => value.to_owned(),
        }
    }

    /// A course's title in the page's language (its id when it is no longer published).
    pub fn course(&self, id: &str) -> String {
        crate::pages::view::course_title(self.content, self.tr.locale, id)
    }

    /// A country's name from its ISO code.
    pub fn country(&self, code: &str) -> String {
        self.tr.t(&format!("country-{code}")).into_owned()
    }

    /// The countries of the institutions in scope, by name.
    pub fn countries(&self) -> Vec<(String, String)> {
        let mut codes: Vec<&str> = self
            .institutions
            .values()
            .map(|i| i.country_code.as_str())
            .collect();
        codes.sort_unstable();
        codes.dedup();
        let mut named: Vec<(String, String)> = codes
            .into_iter()
            .map(|c| (c.to_owned(), self.country(c)))
            .collect();
        named.sort_by(|a, b| a.1.cmp(&b.1));
        named
    }

    /// The institutions in scope, by name.
    pub fn institutions_by_name(&self) -> Vec<(String, String)> {
        let mut named: Vec<(String, String)> = self
            .institutions
            .iter()
            .map(|(id, i)| (id.clone(), i.name.clone()))
            .collect();
        named.sort_by(|a, b| a.1.cmp(&b.1));
        named
    }
}
