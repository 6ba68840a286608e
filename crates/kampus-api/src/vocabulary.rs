//! The closed lists of the API — locales, genders — as requests spell them and the OpenAPI
//! document enumerates them.
//!
//! A request names a locale by its exact tag (`sr-Latn`), not by any spelling BCP 47 would
//! allow (`SR_latn`): the document says which strings are accepted, and the server accepts
//! those and no others. (Negotiation of `?lang=` and `Accept-Language` is another matter: it
//! takes any tag and falls back, see `request_locale`.)

use kampus_content::Locale;
use kampus_store::users::Gender;
use serde::Deserialize;
use utoipa::ToSchema;

/// One of the eight locales, by its tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
pub enum LocaleTag {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "sr-Latn")]
    SrLatn,
    #[serde(rename = "sr-Cyrl")]
    SrCyrl,
    #[serde(rename = "bs")]
    Bs,
    #[serde(rename = "hr")]
    Hr,
    #[serde(rename = "cnr")]
    Cnr,
    #[serde(rename = "mk")]
    Mk,
    #[serde(rename = "sq")]
    Sq,
}

impl From<LocaleTag> for Locale {
    fn from(tag: LocaleTag) -> Self {
        match tag {
            LocaleTag::En => Locale::En,
            LocaleTag::SrLatn => Locale::SrLatn,
            LocaleTag::SrCyrl => Locale::SrCyrl,
            LocaleTag::Bs => Locale::Bs,
            LocaleTag::Hr => Locale::Hr,
            LocaleTag::Cnr => Locale::Cnr,
            LocaleTag::Mk => Locale::Mk,
            LocaleTag::Sq => Locale::Sq,
        }
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
