//! A field of a partial update (`PATCH`): absent (leave it), `null` (clear it) or a value.

use serde::{Deserialize, Deserializer};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Patch<T> {
    /// Not in the request: keep the current value.
    #[default]
    Absent,
    /// `null`: clear the value.
    Null,
    Value(T),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Patch<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Only called when the field is present (absent fields take the default).
        Ok(Option::<T>::deserialize(deserializer)?.map_or(Patch::Null, Patch::Value))
    }
}

#[cfg(test)]
mod tests {
    use super::Patch;

    #[derive(serde::Deserialize)]
    struct Update {
        #[serde(default)]
        gender: Patch<String>,
    }

    #[test]
    fn absent_null_and_value_are_told_apart() {
        let parse = |json: &str| serde_json::from_str::<Update>(json).expect("json").gender;
        assert_eq!(parse("{}"), Patch::Absent);
        assert_eq!(parse(r#"{"gender": null}"#), Patch::Null);
        assert_eq!(
            parse(r#"{"gender": "female"}"#),
            Patch::Value("female".into())
        );
    }
}
