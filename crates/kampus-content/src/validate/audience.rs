//! Validation of `[audience]`: who may enroll in a restricted course.
//!
//! Kampus cannot know here which institutions exist (they live in the database, and content
//! has none), so an institution id is only checked for its form. A country code must be
//! written as the database stores it (two upper-case letters), so that comparing it with an
//! institution's country is plain equality. A table or list that names nobody is an error
//! rather than a guess: an empty `countries` could mean "open to all" as easily as "closed".

use std::collections::HashSet;

use super::Checker;
use crate::manifest::{AudienceDecl, Located};
use crate::model::Audience;
use crate::problem::ProblemCode;

/// The validated audience, `None` when the course is open (no table) or the table has errors
/// (then the course is not published anyway).
pub(super) fn audience(
    check: &mut Checker<'_>,
    decl: Option<&Located<AudienceDecl>>,
) -> Option<Audience> {
    let decl = decl?;
    let AudienceDecl {
        countries,
        institutions,
    } = &decl.value;
    if countries.is_none() && institutions.is_none() {
        check.report(
            ProblemCode::InvalidAudience,
            decl.start(),
            "`[audience]` names neither `countries` nor `institutions`; remove the table to open the course to every learner".to_owned(),
        );
        return None;
    }
    let before = check.problems.len();
    let countries = list(check, countries.as_ref(), "countries", |code| {
        let valid = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
        valid.then(|| code.to_owned()).ok_or_else(|| {
            format!("`{code}` is not an ISO 3166-1 alpha-2 country code in upper case (e.g. `BA`, `RS`, `XK`)")
        })
    });
    let institutions = list(check, institutions.as_ref(), "institutions", |id| {
        canonical_uuid(id).ok_or_else(|| {
            format!("`{id}` is not an institution id (a UUID such as `0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2d`)")
        })
    });
    (check.problems.len() == before).then_some(Audience {
        countries,
        institutions,
    })
}

/// Checks each entry of an optional list: not empty, each entry well-formed and not repeated.
fn list(
    check: &mut Checker<'_>,
    entries: Option<&Located<Vec<Located<String>>>>,
    name: &str,
    parse: impl Fn(&str) -> Result<String, String>,
) -> Vec<String> {
    let Some(entries) = entries else {
        return Vec::new();
    };
    if entries.value.is_empty() {
        check.report(
            ProblemCode::InvalidAudience,
            entries.start(),
            format!("`{name}` is empty: list at least one, or remove the key"),
        );
    }
    let mut seen = HashSet::new();
    let mut parsed = Vec::new();
    for entry in &entries.value {
        match parse(&entry.value) {
            Ok(value) if seen.insert(value.clone()) => parsed.push(value),
            Ok(value) => check.report(
                ProblemCode::InvalidAudience,
                entry.start(),
                format!("`{value}` is listed twice in `{name}`"),
            ),
            Err(message) => check.report(ProblemCode::InvalidAudience, entry.start(), message),
        }
    }
    parsed
}

/// A UUID in its hyphenated form (any case), returned in lower case: the form ids are stored
/// in. Other spellings (braces, `urn:uuid:`, no hyphens) are refused so an id can be found
/// by searching for it as shown in the admin API.
fn canonical_uuid(text: &str) -> Option<String> {
    let groups: Vec<&str> = text.split('-').collect();
    let lengths = groups.iter().map(|g| g.len()).collect::<Vec<_>>();
    let hex = groups
        .iter()
        .all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()));
    (lengths == [8, 4, 4, 4, 12] && hex).then(|| text.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::canonical_uuid;

    #[test]
    fn institution_ids_are_hyphenated_uuids() {
        assert_eq!(
            canonical_uuid("0193A3C2-5E4F-7D2A-B1C0-3E5F7A9B1C2D").as_deref(),
            Some("0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2d")
        );
        for bad in [
            "",
            "mup-rs",
            "0193a3c25e4f7d2ab1c03e5f7a9b1c2d",
            "{0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2d}",
            "0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2g",
            "0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2d-",
        ] {
            assert_eq!(canonical_uuid(bad), None, "{bad}");
        }
    }
}
