//! What every xAPI handler starts from: the negotiated version, the authenticated credential
//! (HTTP basic auth, key and secret) and the query parameters.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use base64::Engine;

use super::error::XapiError;
use super::params::Params;
use crate::lrs::{Caller, Lrs, LrsError};
use crate::version::XapiVersion;

/// An authenticated xAPI request.
#[derive(Debug)]
pub struct XapiRequest {
    pub version: XapiVersion,
    pub caller: Caller,
    pub params: Params,
    pub lrs: web::Data<Lrs>,
}

impl FromRequest for XapiRequest {
    type Error = XapiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let version = req
            .extensions()
            .get::<XapiVersion>()
            .copied()
            .unwrap_or(XapiVersion::V2_0_0);
        let params = Params::parse(req.query_string());
        let credentials = basic_credentials(req);
        let lrs = req.app_data::<web::Data<Lrs>>().cloned();
        Box::pin(async move {
            let lrs = lrs.ok_or_else(|| {
                XapiError::Lrs(LrsError::Internal("the LRS is not configured".into()))
            })?;
            let (key, secret) = credentials?;
            let caller = lrs.authenticate(key, &secret).await?.ok_or_else(|| {
                XapiError::Unauthorized("the key and secret are wrong or revoked".into())
            })?;
            Ok(XapiRequest {
                version,
                caller,
                params: params?,
                lrs,
            })
        })
    }
}

fn basic_credentials(req: &HttpRequest) -> Result<(String, String), XapiError> {
    let missing = || XapiError::Unauthorized("send an LRS credential with HTTP basic auth".into());
    let value = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(missing)?;
    let encoded = value
        .strip_prefix("Basic ")
        .or_else(|| value.strip_prefix("basic "))
        .ok_or_else(missing)?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .map_err(|_| missing())?;
    let decoded = String::from_utf8(decoded).map_err(|_| missing())?;
    let (key, secret) = decoded.split_once(':').ok_or_else(missing)?;
    Ok((key.to_owned(), secret.to_owned()))
}
