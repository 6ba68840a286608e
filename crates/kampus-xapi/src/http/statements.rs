//! The Statement resource, `/xapi/statements` (xAPI 2.0.0 §4.1.6.1, 1.0.3 §7.2): PUT one, POST
//! one or many, GET one by id or a filtered page with a `more` link; as `application/json` or,
//! with attachments, `multipart/mixed`.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::{Value, json};

use super::error::XapiError;
use super::request::XapiRequest;
use crate::lrs::statements::{AttachmentPart, StatementQuery, consistent_through};
use crate::statement::{attachments, format, signature};
use crate::wire::{self, multipart};

/// The parameters of a GET that names one statement.
const ONE: [&str; 4] = ["statementId", "voidedStatementId", "attachments", "format"];
/// The parameters of a GET that queries.
const QUERY: [&str; 13] = [
    "agent",
    "verb",
    "activity",
    "registration",
    "related_activities",
    "related_agents",
    "since",
    "until",
    "limit",
    "format",
    "attachments",
    "ascending",
    // Kampus's paging cursor, in `more` links.
    "cursor",
];

/// The statements and attachment parts of a PUT or POST body.
fn read_body(
    req: &HttpRequest,
    xapi: &XapiRequest,
    body: &[u8],
) -> Result<(Value, Vec<AttachmentPart>), XapiError> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let json = |bytes: &[u8]| {
        serde_json::from_slice::<Value>(bytes)
            .map_err(|e| XapiError::invalid(format!("the statements are not valid JSON: {e}")))
    };
    if wire::is_media_type(content_type, "application/json") {
        let statements = json(body)?;
        attachments::check_json_request(&statements)
            .map_err(|e| XapiError::invalid(e.to_string()))?;
        signature::check_signed_statements(xapi.version, &statements, &[])
            .map_err(|e| XapiError::invalid(e.to_string()))?;
        return Ok((statements, Vec::new()));
    }
    if wire::is_media_type(content_type, "multipart/mixed") {
        let request = wire::statement_request(content_type, body)
            .map_err(|e| XapiError::invalid(e.to_string()))?;
        let statements = json(request.statements)?;
        attachments::check_multipart_request(&statements, &request.attachments)
            .map_err(|e| XapiError::invalid(e.to_string()))?;
        signature::check_signed_statements(xapi.version, &statements, &request.attachments)
            .map_err(|e| XapiError::invalid(e.to_string()))?;
        let parts = request
            .attachments
            .iter()
            .map(|part| AttachmentPart {
                sha2: part.hash.to_ascii_lowercase(),
                content_type: part
                    .content_type
                    .clone()
                    .unwrap_or_else(|| "application/octet-stream".into()),
                contents: part.data.to_vec(),
            })
            .collect();
        return Ok((statements, parts));
    }
    Err(XapiError::invalid(format!(
        "statements are sent as application/json or multipart/mixed, not {content_type:?}"
    )))
}

/// PUT /xapi/statements?statementId=…
pub async fn put(
    req: HttpRequest,
    xapi: XapiRequest,
    body: web::Bytes,
) -> Result<HttpResponse, XapiError> {
    xapi.params.only(&["statementId"])?;
    let id = xapi.params.required("statementId")?.to_owned();
    let (statement, parts) = read_body(&req, &xapi, &body)?;
    if !statement.is_object() {
        return Err(XapiError::invalid(
            "PUT takes one statement (a JSON object)",
        ));
    }
    xapi.lrs
        .put_statement(&xapi.caller, xapi.version, &id, statement, parts)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// POST /xapi/statements
pub async fn post(
    req: HttpRequest,
    xapi: XapiRequest,
    body: web::Bytes,
) -> Result<HttpResponse, XapiError> {
    xapi.params.only(&[])?;
    let (statements, parts) = read_body(&req, &xapi, &body)?;
    let ids = xapi
        .lrs
        .post_statements(&xapi.caller, xapi.version, statements, parts)
        .await?;
    Ok(HttpResponse::Ok().json(ids))
}

/// GET (and HEAD) /xapi/statements. Every answer, errors included, names the time up to which
/// the LRS's statements are complete (`X-Experience-API-Consistent-Through`, 2.0.0 §4.1.6.1).
pub async fn get(req: HttpRequest, xapi: XapiRequest) -> HttpResponse {
    let now = xapi.lrs.clock().now();
    let mut response = match answer_get(&req, &xapi).await {
        Ok(response) => response,
        Err(error) => actix_web::ResponseError::error_response(&error),
    };
    add_consistent_through(&mut response, now);
    response
}

async fn answer_get(req: &HttpRequest, xapi: &XapiRequest) -> Result<HttpResponse, XapiError> {
    let params = &xapi.params;
    let shape = Shape::of(req, xapi)?;
    let one = match (params.get("statementId"), params.get("voidedStatementId")) {
        (Some(_), Some(_)) => {
            return Err(XapiError::invalid(
                "give statementId or voidedStatementId, not both",
            ));
        }
        (Some(id), None) => Some((id, false)),
        (None, Some(id)) => Some((id, true)),
        (None, None) => None,
    };
    if let Some((id, voided)) = one {
        params.only(&ONE)?;
        return one_statement(xapi, &shape, id, voided).await;
    }
    params.only(&QUERY)?;
    let query = statement_query(params, xapi.version)?;
    let page = xapi.lrs.statements(&xapi.caller, query).await?;
    let more = match page.next_cursor {
        Some(cursor) => more_link(req.path(), req.query_string(), cursor),
        None => String::new(),
    };
    let shaped: Vec<Value> = page.statements.iter().map(|s| shape.apply(s)).collect();
    let body = json!({"statements": shaped, "more": more});
    let originals: Vec<&Value> = page.statements.iter().collect();
    shape.respond(xapi, &originals, &body).await
}

/// GET with statementId or voidedStatementId.
async fn one_statement(
    xapi: &XapiRequest,
    shape: &Shape,
    id: &str,
    voided: bool,
) -> Result<HttpResponse, XapiError> {
    if !crate::statement::validate::is_uuid(id) {
        return Err(XapiError::invalid(format!(
            "{id:?} is not a statement id (a UUID)"
        )));
    }
    let statement = xapi.lrs.statement(&xapi.caller, id, voided).await?;
    let stored = statement
        .get("stored")
        .and_then(Value::as_str)
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok());
    let body = shape.apply(&statement);
    let mut response = shape.respond(xapi, &[&statement], &body).await?;
    if let Some(stored) = stored {
        response.headers_mut().insert(
            header::LAST_MODIFIED,
            header::HeaderValue::from_str(
                &stored
                    .to_utc()
                    .format("%a, %d %b %Y %H:%M:%S GMT")
                    .to_string(),
            )
            .map_err(|e| XapiError::invalid(e.to_string()))?,
        );
    }
    Ok(response)
}

/// The filters of a GET that queries.
fn statement_query(
    params: &super::params::Params,
    version: crate::version::XapiVersion,
) -> Result<StatementQuery, XapiError> {
    let query = StatementQuery {
        agent: {
            match params.get("agent") {
                Some(text) => {
                    let agent: Value = serde_json::from_str(text).map_err(|e| {
                        XapiError::invalid(format!("agent must be an Agent or Group as JSON: {e}"))
                    })?;
                    crate::statement::validate::agent_or_identified_group(&agent, version)
                        .map_err(|e| XapiError::invalid(e.to_string()))?;
                    crate::agent::key(&agent)
                }
                None => None,
            }
        },
        related_agents: params.flag("related_agents")?,
        verb: params.get("verb").map(str::to_owned),
        activity: params.get("activity").map(str::to_owned),
        related_activities: params.flag("related_activities")?,
        registration: params.uuid("registration")?,
        since: params.time("since")?,
        until: params.time("until")?,
        limit: match params.get("limit") {
            None => 0,
            Some(text) => text
                .parse::<i64>()
                .ok()
                .filter(|n| *n >= 0)
                .ok_or_else(|| {
                    XapiError::invalid(format!("limit must be a whole number ≥ 0, not {text:?}"))
                })?,
        },
        ascending: params.flag("ascending")?,
        cursor: match params.get("cursor") {
            None => None,
            Some(text) => {
                Some(text.parse::<i64>().map_err(|_| {
                    XapiError::invalid("cursor is not one of this LRS's more links")
                })?)
            }
        },
    };
    if let Some(verb) = &query.verb
        && !crate::statement::validate::is_iri(verb)
    {
        return Err(XapiError::invalid(format!(
            "verb must be an IRI, not {verb:?}"
        )));
    }
    if let Some(activity) = &query.activity
        && !crate::statement::validate::is_iri(activity)
    {
        return Err(XapiError::invalid(format!(
            "activity must be an IRI, not {activity:?}"
        )));
    }
    Ok(query)
}

/// The link to the next page: the same path and query, continuing after `cursor`.
fn more_link(path: &str, query: &str, cursor: i64) -> String {
    let mut link = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if name != "cursor" {
            link.append_pair(&name, &value);
        }
    }
    link.append_pair("cursor", &cursor.to_string());
    format!("{path}?{}", link.finish())
}

fn add_consistent_through(response: &mut HttpResponse, now: chrono::NaiveDateTime) {
    if let Ok(value) = header::HeaderValue::from_str(&consistent_through(now)) {
        response.headers_mut().insert(
            header::HeaderName::from_static("x-experience-api-consistent-through"),
            value,
        );
    }
}

/// How statements are shown: `format` and `attachments`.
struct Shape {
    format: Format,
    languages: Vec<String>,
    attachments: bool,
}

#[derive(Clone, Copy)]
enum Format {
    Exact,
    Ids,
    Canonical,
}

impl Shape {
    fn of(req: &HttpRequest, xapi: &XapiRequest) -> Result<Shape, XapiError> {
        let format = match xapi.params.get("format") {
            None | Some("exact") => Format::Exact,
            Some("ids") => Format::Ids,
            Some("canonical") => Format::Canonical,
            Some(other) => {
                return Err(XapiError::invalid(format!(
                    "format must be exact, ids or canonical, not {other:?}"
                )));
            }
        };
        let languages = req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(preferred_languages)
            .unwrap_or_default();
        Ok(Shape {
            format,
            languages,
            attachments: xapi.params.flag("attachments")?,
        })
    }

    fn apply(&self, statement: &Value) -> Value {
        match self.format {
            Format::Exact => statement.clone(),
            Format::Ids => format::ids(statement),
            Format::Canonical => {
                let languages: Vec<&str> = self.languages.iter().map(String::as_str).collect();
                format::canonical(statement, &languages)
            }
        }
    }

    /// The answer: JSON, or multipart/mixed with the statements' attachments.
    async fn respond(
        &self,
        xapi: &XapiRequest,
        statements: &[&Value],
        body: &Value,
    ) -> Result<HttpResponse, XapiError> {
        if !self.attachments {
            return Ok(HttpResponse::Ok().json(body));
        }
        let mut hashes: Vec<String> = Vec::new();
        for statement in statements {
            for attachment in statement
                .get("attachments")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(sha2) = attachment.get("sha2").and_then(Value::as_str) {
                    let sha2 = sha2.to_ascii_lowercase();
                    if !hashes.contains(&sha2) {
                        hashes.push(sha2);
                    }
                }
            }
        }
        let kept = xapi.lrs.attachments(hashes).await?;
        let parts: Vec<multipart::Attachment<'_>> = kept
            .iter()
            .map(|a| multipart::Attachment {
                content_type: &a.content_type,
                sha2: &a.sha2,
                data: &a.contents,
            })
            .collect();
        let boundary = multipart::response_boundary(uuid::Uuid::now_v7().as_u128());
        let json = serde_json::to_vec(body).map_err(|e| XapiError::invalid(e.to_string()))?;
        let bytes = multipart::write(&boundary, &json, &parts);
        Ok(HttpResponse::Ok()
            .content_type(multipart::content_type(&boundary))
            .body(bytes))
    }
}

/// The tags of an `Accept-Language` header, most preferred first (`q=0` dropped).
fn preferred_languages(header: &str) -> Vec<String> {
    let mut weighted: Vec<(f32, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(index, item)| {
            let mut pieces = item.split(';');
            let tag = pieces.next()?.trim();
            if tag.is_empty() {
                return None;
            }
            let q = pieces
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            (q > 0.0).then(|| (q, index, tag.to_owned()))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    weighted.into_iter().map(|(_, _, tag)| tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_links_keep_the_query_and_replace_the_cursor() {
        assert_eq!(
            more_link(
                "/xapi/statements",
                "verb=http%3A%2F%2Fx&limit=2&cursor=9",
                5
            ),
            "/xapi/statements?verb=http%3A%2F%2Fx&limit=2&cursor=5"
        );
    }

    #[test]
    fn languages_come_in_order_of_preference() {
        assert_eq!(
            preferred_languages("en;q=0.5, sr-Latn, de;q=0"),
            vec!["sr-Latn", "en"]
        );
    }
}
