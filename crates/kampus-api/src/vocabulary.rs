//! The closed lists of the API — locales, genders — as requests spell them and the OpenAPI
//! document enumerates them.
//!
//! A request names a locale by its exact tag (`sr-Latn`), not by any spelling BCP 47 would
//! allow (`SR_latn`): the document says which strings are accepted, and the server accepts
//! those and no others. (Negotiation of `?lang=` and `Accept-Language` is another matter: it
//! takes any tag and falls back, see `caller::locale`.)

use std::borrow::Cow;

use kampus_content::Locale;
use kampus_store::users::Gender;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};

/// A locale Kampus serves, by its exact tag: the list is `Locale::ALL`, so a new locale is
/// accepted and documented without a change here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocaleTag(pub Locale);

impl<'de> Deserialize<'de> for LocaleTag {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(deserializer)?;
        Locale::ALL
            .into_iter()
            .find(|l| l.tag() == tag)
            .map(LocaleTag)
            .ok_or_else(|| {
                let tags: Vec<&str> = Locale::ALL.map(Locale::tag).into();
                serde::de::Error::custom(format!(
                    "unknown locale `{tag}`, expected one of {}",
                    tags.join(", ")
                ))
            })
    }
}

impl utoipa::PartialSchema for LocaleTag {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some(Locale::ALL.map(Locale::tag)))
            .into()
    }
}

impl ToSchema for LocaleTag {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("LocaleTag")
    }
}

impl From<LocaleTag> for Locale {
    fn from(tag: LocaleTag) -> Self {
        tag.0
    }
}

/// A gender as a person may give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GenderName {
    Female,
    Male,
    Other,
    PreferNotToSay,
}

impl From<GenderName> for Gender {
    fn from(name: GenderName) -> Self {
        match name {
            GenderName::Female => Gender::Female,
            GenderName::Male => Gender::Male,
            GenderName::Other => Gender::Other,
            GenderName::PreferNotToSay => Gender::PreferNotToSay,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_is_listed_by_its_own_tag() {
        for locale in Locale::ALL {
            let json = format!("\"{}\"", locale.tag());
            let tag: LocaleTag = serde_json::from_str(&json).expect("a listed tag");
            assert_eq!(Locale::from(tag), locale);
        }
        assert!(serde_json::from_str::<LocaleTag>("\"SR-LATN\"").is_err());
    }

    #[test]
    fn every_gender_is_listed_as_the_store_spells_it() {
        for name in ["female", "male", "other", "prefer-not-to-say"] {
            let parsed: GenderName =
                serde_json::from_str(&format!("\"{name}\"")).expect("a listed gender");
            assert_eq!(Gender::from(parsed).as_str(), name);
        }
    }
}
