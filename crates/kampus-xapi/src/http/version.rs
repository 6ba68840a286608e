//! The version header (xAPI 2.0.0 §4.1.2, 1.0.3 §6.2): every request but About's must name a
//! supported version in `X-Experience-API-Version` (400 otherwise), and every response names
//! the version the LRS answered with — the request's, or the base path's for requests without
//! one ([`default_version`]).

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, ResponseError};

use super::error::XapiError;
use crate::version::XapiVersion;

pub const HEADER: &str = "x-experience-api-version";

/// Checks the request's version and names the answer's (middleware of the `/xapi` scope).
pub async fn negotiate(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let header = req
        .headers()
        .get(HEADER)
        .map(|v| v.to_str().map(str::to_owned).unwrap_or_default());
    let about = req.path().trim_end_matches('/').ends_with("/about");
    let default = default_version(req.path());
    let version = match header.as_deref().map(XapiVersion::parse) {
        Some(Ok(version)) => version,
        None if about => default,
        None => {
            return Ok(refuse(
                req,
                &XapiError::invalid(
                    "the X-Experience-API-Version header is required (1.0.3 or 2.0.0)",
                ),
                default,
            ));
        }
        Some(Err(unsupported)) => {
            return Ok(refuse(
                req,
                &XapiError::invalid(unsupported.to_string()),
                default,
            ));
        }
    };
    req.extensions_mut().insert(version);
    let mut res = next.call(req).await?.map_into_boxed_body();
    name_version(&mut res, version);
    Ok(res)
}

/// The version named in answers to requests that name none (or none supported): 1.0.3 under its
/// own base path, `/xapi/1.0.3`, the newest elsewhere. (A 1.0.3 client that forgets the header
/// expects to hear 1.0.3 back, a 2.0.0 client 2.0.0; one path cannot please both.)
pub fn default_version(path: &str) -> XapiVersion {
    if path.starts_with(super::BASE_1_0_3) {
        XapiVersion::V1_0_3
    } else {
        XapiVersion::V2_0_0
    }
}

fn refuse(
    req: ServiceRequest,
    error: &XapiError,
    version: XapiVersion,
) -> ServiceResponse<actix_web::body::BoxBody> {
    let mut res = req.into_response(error.error_response());
    name_version(&mut res, version);
    res
}

fn name_version(res: &mut ServiceResponse<actix_web::body::BoxBody>, version: XapiVersion) {
    res.headers_mut().insert(
        HeaderName::from_static(HEADER),
        HeaderValue::from_static(version.as_str()),
    );
}
