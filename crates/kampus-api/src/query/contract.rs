//! Each operation takes the query parameters its OpenAPI description declares, and no other.
//!
//! The OpenAPI document is the one list: [`QueryContract`] reads the declared names of every
//! operation from it once, and the [`enforce`] middleware refuses a request naming any other
//! parameter with `400 /problems/invalid-query`. A handler that gains a parameter without
//! declaring it fails its own tests, so the document cannot fall behind the server.
//!
//! Only requests with a query string are looked at; the hottest paths (lessons, progress)
//! come without one and pay nothing.

use std::collections::BTreeSet;

use actix_web::body::MessageBody;
use actix_web::dev::{ResourceDef, ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;

use crate::error::{ApiError, FieldError};

/// One operation: its method, path template and declared query parameters.
#[derive(Debug)]
struct Operation {
    method: Method,
    path: ResourceDef,
    /// Dynamic segments in the template: where two templates match, the more literal wins,
    /// as in the router.
    dynamic_segments: usize,
    parameters: BTreeSet<String>,
}

/// The declared query parameters of every operation of a document.
#[derive(Debug)]
pub struct QueryContract {
    operations: Vec<Operation>,
}

impl QueryContract {
    /// Reads the operations of an OpenAPI document (`paths` → method → `parameters` with
    /// `in: query`).
    pub fn from_document(document: &serde_json::Value) -> Self {
        let mut operations = Vec::new();
        let paths = document["paths"].as_object().into_iter().flatten();
        for (template, item) in paths {
            for (method, operation) in item.as_object().into_iter().flatten() {
                let Ok(method) = method.to_ascii_uppercase().parse::<Method>() else {
                    continue;
                };
                let parameters = operation["parameters"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|p| p["in"] == "query")
                    .filter_map(|p| p["name"].as_str().map(str::to_owned))
                    .collect();
                operations.push(Operation {
                    method,
                    path: ResourceDef::new(template.as_str()),
                    dynamic_segments: template.matches('{').count(),
                    parameters,
                });
            }
        }
        operations.sort_by_key(|o| o.dynamic_segments);
        Self { operations }
    }

    /// The parameters of `query` that the operation at `method` `path` does not declare;
    /// empty when all are declared, or when no operation is there (the router answers 404 or
    /// 405 then).
    pub fn undeclared(&self, method: &Method, path: &str, query: &str) -> Vec<String> {
        let method = if method == Method::HEAD {
            &Method::GET
        } else {
            method
        };
        let Some(operation) = self
            .operations
            .iter()
            .find(|o| o.method == *method && o.path.is_match(path))
        else {
            return Vec::new();
        };
        let names = serde_urlencoded::from_str::<Vec<(String, String)>>(query)
            .unwrap_or_default()
            .into_iter()
            .map(|(name, _)| name);
        let mut undeclared: Vec<String> = Vec::new();
        for name in names {
            if !operation.parameters.contains(&name) && !undeclared.contains(&name) {
                undeclared.push(name);
            }
        }
        undeclared
    }
}

/// Middleware: refuses query parameters the operation does not declare.
pub async fn enforce(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if req.query_string().is_empty() {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    // The routes register their document's contract; an application without one declares
    // nothing to hold requests to.
    let Some(contract) = req.app_data::<&'static QueryContract>() else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let undeclared = contract.undeclared(req.method(), req.path(), req.query_string());
    if undeclared.is_empty() {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    let error = ApiError::InvalidQuery(
        undeclared
            .into_iter()
            .map(|name| FieldError::new(name, "field-query-unknown"))
            .collect(),
    );
    Ok(req.error_response(error).map_into_boxed_body())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn contract() -> QueryContract {
        QueryContract::from_document(&json!({
            "paths": {
                "/api/v1/admin/users": {
                    "get": { "parameters": [
                        { "name": "limit", "in": "query" },
                        { "name": "institution", "in": "query" },
                        { "name": "x-header", "in": "header" }
                    ] },
                    "post": {}
                },
                "/api/v1/admin/users/{id}": { "get": { "parameters": [
                    { "name": "id", "in": "path" },
                    { "name": "lang", "in": "query" }
                ] } },
                "/api/v1/admin/users/me": { "get": { "parameters": [
                    { "name": "verbose", "in": "query" }
                ] } }
            }
        }))
    }

    #[test]
    fn names_what_the_operation_does_not_declare() {
        let contract = contract();
        let get = Method::GET;
        assert!(
            contract
                .undeclared(&get, "/api/v1/admin/users", "limit=5&institution=x")
                .is_empty()
        );
        assert_eq!(
            contract.undeclared(
                &get,
                "/api/v1/admin/users",
                "institutions=x&limit=5&x-header=1"
            ),
            ["institutions", "x-header"]
        );
        assert_eq!(
            contract.undeclared(&Method::POST, "/api/v1/admin/users", "limit=5"),
            ["limit"]
        );
        assert!(
            contract
                .undeclared(&Method::HEAD, "/api/v1/admin/users", "limit=1")
                .is_empty()
        );
    }

    #[test]
    fn matches_templates_and_prefers_the_literal_one() {
        let contract = contract();
        assert!(
            contract
                .undeclared(&Method::GET, "/api/v1/admin/users/0193", "lang=mk")
                .is_empty()
        );
        assert_eq!(
            contract.undeclared(&Method::GET, "/api/v1/admin/users/me", "lang=mk"),
            ["lang"]
        );
        // No operation there: the router's 404 or 405 answers, not this.
        assert!(
            contract
                .undeclared(&Method::GET, "/api/v1/nothing", "a=1")
                .is_empty()
        );
        assert!(
            contract
                .undeclared(&Method::DELETE, "/api/v1/admin/users", "a=1")
                .is_empty()
        );
    }
}
