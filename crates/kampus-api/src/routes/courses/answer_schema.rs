//! The JSON Schema of answers in requests, written out by hand: the OpenAPI document must say
//! exactly what the server reads, and the derived schemas of the answer types (an adjacently
//! tagged enum in `kampus-content`, an untagged one for surveys) said only "an object".
//!
//! Which type each question or survey item takes depends on the course, so the schema lists
//! every type a response may have; a response of another type than its question takes is a
//! `422` the schema cannot foresee (docs/api.md, "The contract").

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{
    AdditionalProperties, ArrayBuilder, ObjectBuilder, OneOfBuilder, Schema, Type,
};

use super::survey::{MAX_RATING, MAX_TEXT_CHARS, MIN_RATING};

fn string() -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String)
}

fn strings() -> ArrayBuilder {
    ArrayBuilder::new().items(string())
}

/// One response to a question: `{"type": …, "value": …}` (`kampus_content::grading::Response`).
fn response(kind: &str, value: impl Into<RefOr<Schema>>, description: &str) -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(description))
        .property("type", string().enum_values(Some([kind])))
        .property("value", value)
        .required("type")
        .required("value")
        .build()
        .into()
}

/// Question id → response, for `PUT /attempts/{id}/answers` and `POST …/submit`.
pub fn answers() -> ObjectBuilder {
    // Exactly two strings ([premise, response]); `maxItems` rather than `items: false`, which
    // generators and validators understand alike.
    let pair = ArrayBuilder::new()
        .items(string())
        .min_items(Some(2))
        .max_items(Some(2));
    let one_of = OneOfBuilder::new()
        .item(response(
            "choice",
            string(),
            "The chosen choice id (single choice)",
        ))
        .item(response(
            "choices",
            strings(),
            "The chosen choice ids (multiple response)",
        ))
        .item(response(
            "bool",
            ObjectBuilder::new().schema_type(Type::Boolean),
            "True or false",
        ))
        .item(response(
            "pairs",
            ArrayBuilder::new().items(pair),
            "[premise id, response id] pairs (matching)",
        ))
        .item(response(
            "order",
            strings(),
            "Item ids in the learner's order (ordering)",
        ))
        .item(response(
            "number",
            ObjectBuilder::new().schema_type(Type::Number),
            "A number (numeric)",
        ))
        .item(response("text", string(), "Typed text (short text)"));
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
