//! The alternate request syntax of xAPI 1.0.3 (Communication §1.3): a POST whose query holds only
//! `method`, whose form body holds the request's headers (`Authorization`,
//! `X-Experience-API-Version`, `Content-Type`, `Content-Length`, `If-Match`, `If-None-Match`),
//! its parameters and its body (`content`) — for browsers that could not send other methods or
//! headers across origins. It is turned here into the request it stands for.
//!
//! xAPI 2.0.0 dropped it: a request that uses it and names 2.0.0 is refused with 400, as is any
//! malformed use (not a POST, other query parameters, a body that is not a form).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderName, HeaderValue};
use actix_web::http::{Method, Uri};
use actix_web::middleware::Next;
use actix_web::{ResponseError, web};

use super::error::XapiError;
use super::version::{HEADER, default_version};
use crate::version::XapiVersion;

/// The form fields that stand for headers (matched ignoring case).
const HEADERS: [&str; 6] = [
    "authorization",
    HEADER,
    "content-type",
    "content-length",
    "if-match",
    "if-none-match",
];

/// Middleware of the `/xapi` scopes.
pub async fn rewrite(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let query: Vec<(String, String)> = url::form_urlencoded::parse(req.query_string().as_bytes())
        .into_owned()
        .collect();
    let Some((_, method)) = query.iter().find(|(name, _)| name == "method") else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let method = method.clone();
    match alternate(&mut req, &query, &method).await {
        Ok(()) => Ok(next.call(req).await?.map_into_boxed_body()),
        Err(error) => {
            let version = default_version(req.path());
            let mut res = req.into_response(error.error_response());
            res.headers_mut().insert(
                HeaderName::from_static(HEADER),
                HeaderValue::from_static(version.as_str()),
            );
            Ok(res)
        }
    }
}

/// The method a well-formed alternate-syntax request stands for.
fn requested_method(
    req: &ServiceRequest,
    query: &[(String, String)],
    method: &str,
) -> Result<Method, XapiError> {
    let stated_version = req
        .headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    if stated_version
        .as_deref()
        .and_then(|v| XapiVersion::parse(v).ok())
        == Some(XapiVersion::V2_0_0)
    {
        return Err(XapiError::invalid(
            "xAPI 2.0.0 has no alternate request syntax: send the request as it is",
        ));
    }
    if req.method() != Method::POST {
        return Err(XapiError::invalid(
            "the alternate request syntax is a POST with ?method=…",
        ));
    }
    if query.len() > 1 {
        return Err(XapiError::invalid(
            "in the alternate request syntax the query holds only method; parameters go in the form",
        ));
    }
    let method = match method {
        "GET" => Method::GET,
        "HEAD" => Method::HEAD,
        "PUT" => Method::PUT,
        "POST" => Method::POST,
        "DELETE" => Method::DELETE,
        other => {
            return Err(XapiError::invalid(format!(
                "method {other:?} is not an xAPI method"
            )));
        }
    };
    let is_form = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| crate::wire::is_media_type(t, "application/x-www-form-urlencoded"));
    if !is_form {
        return Err(XapiError::invalid(
            "the alternate request syntax sends its form as application/x-www-form-urlencoded",
        ));
    }
    Ok(method)
}

/// Rewrites `req` into the request the form stands for.
async fn alternate(
    req: &mut ServiceRequest,
    query: &[(String, String)],
    method: &str,
) -> Result<(), XapiError> {
    let method = requested_method(req, query, method)?;
    let body = req
        .extract::<web::Bytes>()
        .await
        .map_err(|e| XapiError::invalid(format!("the form could not be read: {e}")))?;
    let mut content = None;
    let mut params = url::form_urlencoded::Serializer::new(String::new());
    let headers = req.headers_mut();
    headers.remove(CONTENT_TYPE);
    for (name, value) in url::form_urlencoded::parse(&body) {
        let lower = name.to_ascii_lowercase();
        if name == "content" {
            content = Some(value.into_owned());
        } else if HEADERS.contains(&lower.as_str()) {
            let header = HeaderName::from_bytes(lower.as_bytes())
                .map_err(|e| XapiError::invalid(e.to_string()))?;
            let value = HeaderValue::from_str(&value).map_err(|_| {
                XapiError::invalid(format!("the form field {name} is not a header value"))
            })?;
            headers.insert(header, value);
        } else if value.is_empty() && name.starts_with('{') {
            return Err(XapiError::invalid(
                "the alternate request syntax's body must be a form, not JSON",
            ));
        } else {
            params.append_pair(&name, &value);
        }
    }
    if headers
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| XapiVersion::parse(v).ok())
        == Some(XapiVersion::V2_0_0)
    {
        return Err(XapiError::invalid(
            "xAPI 2.0.0 has no alternate request syntax: send the request as it is",
        ));
    }
    let content = content.unwrap_or_default();
    if matches!(method, Method::PUT | Method::POST) && content.is_empty() {
        return Err(XapiError::invalid(
            "the form has no content field: the request's body goes there",
        ));
    }
    if !headers.contains_key(CONTENT_TYPE) && !content.is_empty() {
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    }
    headers.insert(CONTENT_LENGTH, HeaderValue::from(content.len()));
    let params = params.finish();
    let path_and_query = if params.is_empty() {
        req.path().to_owned()
    } else {
        format!("{}?{params}", req.path())
    };
    let uri: Uri = path_and_query
        .parse()
        .map_err(|_| XapiError::invalid("the form's parameters do not make an address"))?;
    let head = req.head_mut();
    head.method = method;
    head.uri = uri;
    req.set_payload(Payload::from(web::Bytes::from(content)));
    Ok(())
}
