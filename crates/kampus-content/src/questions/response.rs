//! A learner's response to one question, and the types of response there are.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// A learner's response to one question: `{"type": "choice", "value": "a"}` in JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Response {
    /// The chosen choice id (single choice).
    Choice(String),
    /// The chosen choice ids (multiple response).
    Choices(Vec<String>),
    /// True or false.
    Bool(bool),
    /// `(premise id, response id)` pairs (matching).
    Pairs(Vec<(String, String)>),
    /// Item ids in the learner's order (ordering).
    Order(Vec<String>),
    /// A number (numeric).
    Number(f64),
    /// Typed text (short text).
    Text(String),
}

/// The type of a [`Response`]: what a question type takes, and what the API documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseType {
    Choice,
    Choices,
    Bool,
    Pairs,
    Order,
    Number,
    Text,
}

impl ResponseType {
    /// Every type, in the order the API documents them.
    pub const ALL: [ResponseType; 7] = [
        ResponseType::Choice,
        ResponseType::Choices,
        ResponseType::Bool,
        ResponseType::Pairs,
        ResponseType::Order,
        ResponseType::Number,
        ResponseType::Text,
    ];

    /// The response's `"type"` in JSON.
    pub fn tag(self) -> &'static str {
        match self {
            ResponseType::Choice => "choice",
            ResponseType::Choices => "choices",
            ResponseType::Bool => "bool",
            ResponseType::Pairs => "pairs",
            ResponseType::Order => "order",
            ResponseType::Number => "number",
            ResponseType::Text => "text",
        }
    }

    /// What the response holds, for API documents.
    pub fn description(self) -> &'static str {
        match self {
            ResponseType::Choice => "The chosen choice id (single choice)",
            ResponseType::Choices => "The chosen choice ids (multiple response)",
            ResponseType::Bool => "True or false",
            ResponseType::Pairs => "[premise id, response id] pairs (matching)",
            ResponseType::Order => "Item ids in the learner's order (ordering)",
            ResponseType::Number => "A number (numeric)",
            ResponseType::Text => "Typed text (short text)",
        }
    }

    /// The JSON Schema of the response's `"value"`, for API documents.
    pub fn value_schema(self) -> Value {
        let string = json!({"type": "string"});
        let strings = json!({"type": "array", "items": string});
        match self {
            ResponseType::Choice | ResponseType::Text => string,
            ResponseType::Choices | ResponseType::Order => strings,
            ResponseType::Bool => json!({"type": "boolean"}),
            // Exactly two strings ([premise, response]); `maxItems` rather than
            // `items: false`, which generators and validators understand alike.
            ResponseType::Pairs => json!({
                "type": "array",
                "items": {"type": "array", "items": string, "minItems": 2, "maxItems": 2},
            }),
            ResponseType::Number => json!({"type": "number"}),
        }
    }
}

impl Response {
    /// This response's type.
    pub fn response_type(&self) -> ResponseType {
        match self {
            Response::Choice(_) => ResponseType::Choice,
            Response::Choices(_) => ResponseType::Choices,
            Response::Bool(_) => ResponseType::Bool,
            Response::Pairs(_) => ResponseType::Pairs,
            Response::Order(_) => ResponseType::Order,
            Response::Number(_) => ResponseType::Number,
            Response::Text(_) => ResponseType::Text,
        }
    }
}
