//! The answers every operation of a kind can give, added to the document in one place.
//!
//! Some answers do not depend on the operation but on what it takes: any operation answers
//! `400 invalid-query` to a query parameter it does not declare ([`crate::query`]), any
//! operation behind a bearer token `401` without a valid one, any operation with a JSON body
//! `400` for malformed JSON, `413` for a body over the limit, `415` for another media type
//! and `422` for a body of the wrong shape. Writing those on seventy handlers by hand is how
//! the document fell behind the server; here they follow from the operation's own
//! description. An operation that documents one of them itself keeps its own wording.
//!
//! Every operation also declares `lang`, the language of its messages and texts (see
//! `request_locale`), which the query contract would otherwise refuse.

use utoipa::Modify;
use utoipa::openapi::path::{Operation, Parameter, ParameterIn};
use utoipa::openapi::request_body::RequestBody;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::{Content, OpenApi, Ref, RefOr, Required, ResponseBuilder};

use crate::problem::PROBLEM_JSON;

/// See the module documentation.
pub struct CommonAnswers;

impl Modify for CommonAnswers {
    fn modify(&self, openapi: &mut OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in operations.into_iter().flatten() {
                declare_lang(operation);
                add_common_answers(operation);
            }
        }
    }
}

fn declare_lang(operation: &mut Operation) {
    let parameters = operation.parameters.get_or_insert_with(Vec::new);
    let declared = parameters
        .iter()
        .any(|p| p.name == "lang" && p.parameter_in == ParameterIn::Query);
    if !declared {
        let mut lang = Parameter::new("lang");
        lang.parameter_in = ParameterIn::Query;
        lang.required = Required::False;
        let tags: Vec<&str> = kampus_content::Locale::ALL
            .map(kampus_content::Locale::tag)
            .into();
        lang.description = Some(format!(
            "The language of the answer's messages and texts: one of {} (before the user's \
             preference and Accept-Language). Any other value falls back as Accept-Language \
             would.",
            tags.join(", ")
        ));
        lang.schema = Some(RefOr::T(Schema::Object(
            ObjectBuilder::new().schema_type(Type::String).build(),
        )));
        parameters.push(lang);
    }
}

fn add_common_answers(operation: &mut Operation) {
    let secured = operation
        .security
        .as_ref()
        .is_some_and(|requirements| !requirements.is_empty());
    let json_body = operation.request_body.as_ref().is_some_and(takes_json);
    let any_body = operation.request_body.is_some();
    let mut answers = vec![(
        "400",
        if json_body {
            "Malformed JSON, or a query parameter the operation does not take or whose value it does not accept (`invalid-query`)"
        } else {
            "A query parameter the operation does not take, or whose value it does not accept (`invalid-query`)"
        },
    )];
    if secured {
        answers.push(("401", "No valid access token"));
    }
    if any_body {
        answers.push(("413", "The request body is over the limit"));
        answers.push((
            "415",
            "The request body is not of a media type the operation takes",
        ));
    }
    if json_body {
        answers.push((
            "422",
            "The body does not have the fields this operation takes, or their values are not valid",
        ));
    }
    for (status, description) in answers {
        operation
            .responses
            .responses
            .entry(status.to_owned())
            .or_insert_with(|| RefOr::T(problem_answer(description)));
    }
}

fn takes_json(body: &RequestBody) -> bool {
    body.content.keys().any(|media| media == "application/json")
}

fn problem_answer(description: &str) -> utoipa::openapi::Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            PROBLEM_JSON,
            Content::new(Some(Ref::from_schema_name("Problem"))),
        )
        .build()
}
