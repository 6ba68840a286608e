//! The JSON Schema of answers in requests, written out rather than derived: the OpenAPI
//! document must say exactly what the server reads, and the derived schemas of the answer
//! types (an adjacently tagged enum in `kampus-content`, an untagged one for surveys) said
//! only "an object". The response types and their values come from `kampus-content`, so a
//! new type of response needs no change here.
//!
//! Which type each question or survey item takes depends on the course, so the schema lists
//! every type a response may have; a response of another type than its question takes is a
//! `422` the schema cannot foresee (docs/api.md, "The contract").

use kampus_content::questions::ResponseType;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, OneOfBuilder, Schema, Type};

use super::survey::{MAX_RATING, MAX_TEXT_CHARS, MIN_RATING};

fn string() -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String)
}

/// One response to a question: `{"type": …, "value": …}` (`kampus_content::Response`), its
/// value's schema as the content crate describes it.
fn response(response_type: ResponseType) -> Schema {
    let value: RefOr<Schema> = serde_json::from_value(response_type.value_schema())
        .unwrap_or_else(|e| panic!("the value schema of {response_type:?} is a schema: {e}"));
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(response_type.description()))
        .property("type", string().enum_values(Some([response_type.tag()])))
        .property("value", value)
        .required("type")
        .required("value")
        .build()
        .into()
}

/// Question id → response, for `PUT /attempts/{id}/answers` and `POST …/submit`.
pub fn answers() -> ObjectBuilder {
    let one_of = ResponseType::ALL
        .into_iter()
        .fold(OneOfBuilder::new(), |one_of, t| one_of.item(response(t)));
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(
            "Question id → response, e.g. `{\"q-1\": {\"type\": \"choice\", \"value\": \"a\"}}`",
        ))
        .additional_properties(Some(AdditionalProperties::RefOr(RefOr::T(
            one_of.build().into(),
        ))))
}

/// Survey item id → answer, for `PUT /courses/{slug}/survey`.
pub fn survey_answers() -> ObjectBuilder {
    let rating = ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(MIN_RATING))
        .maximum(Some(MAX_RATING))
        .description(Some(
            "A Likert item's rating, 1 to its `scale` (3 to 7 points)",
        ));
    let comment = string()
        .max_length(Some(MAX_TEXT_CHARS))
        .description(Some("A free-text item's answer"));
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some("Survey item id → answer"))
        .additional_properties(Some(AdditionalProperties::RefOr(RefOr::T(
            OneOfBuilder::new()
                .item(rating)
                .item(comment)
                .build()
                .into(),
        ))))
}
