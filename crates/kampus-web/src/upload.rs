//! The one form that is not `application/x-www-form-urlencoded`: a bundle's upload, sent as
//! `multipart/form-data`. The same checks as every [`crate::forms::Posted`] form come first:
//! the request is from this site, and the form's first field is the visitor's CSRF token.
//! Only then is the file read, at most [`UPLOAD_LIMIT`] bytes of it.

use std::future::Future;
use std::pin::Pin;

use actix_multipart::{Field, Multipart};
use actix_web::web::{Bytes, BytesMut};
use actix_web::{FromRequest, HttpRequest, dev::Payload};
use futures_util::StreamExt;
use kampus_usecases::publishing::UPLOAD_LIMIT;

use crate::error::PageError;
use crate::forms::{from_this_site, token_is_the_visitors};

/// The name of the form's file field.
pub const FILE_FIELD: &str = "bundle";

/// Why a checked upload form holds no bundle to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoBundle {
    /// No file was chosen (or an empty one).
    Missing,
    /// Over [`UPLOAD_LIMIT`]: reading stopped there.
    TooLarge,
}

/// A checked upload form: the file's bytes, or why there are none.
#[derive(Debug)]
pub struct Uploaded(pub Result<Bytes, NoBundle>);

/// A token is a few dozen bytes: a longer first field is not one.
const TOKEN_LIMIT: usize = 256;

impl FromRequest for Uploaded {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, PageError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let mut form = Multipart::new(req.headers(), payload.take());
        Box::pin(async move {
            from_this_site(&req)?;
            // Anything but a multipart body whose first field is a token presents none.
            let token = match form.next().await {
                Some(Ok(mut field)) if field.name() == Some("csrf") => {
                    read(&mut field, TOKEN_LIMIT).await.ok().flatten()
                }
                _ => None,
            };
            let token = token.and_then(|bytes| String::from_utf8(bytes.to_vec()).ok());
            token_is_the_visitors(&req, token.as_deref())?;
            while let Some(field) = form.next().await {
                let mut field = field.map_err(|_| PageError::BadForm)?;
                if field.name() != Some(FILE_FIELD) {
                    continue;
                }
                return Ok(Uploaded(match read(&mut field, UPLOAD_LIMIT).await? {
                    Some(bytes) if !bytes.is_empty() => Ok(bytes),
                    Some(_) => Err(NoBundle::Missing),
                    None => Err(NoBundle::TooLarge),
                }));
            }
            Ok(Uploaded(Err(NoBundle::Missing)))
        })
    }
}

/// A field's bytes, or `None` as soon as they pass `limit` (the rest is not read: the
/// connection is dropped with the answer).
async fn read(field: &mut Field, limit: usize) -> Result<Option<Bytes>, PageError> {
    let mut bytes = BytesMut::new();
    while let Some(chunk) = field.next().await {
        let chunk = chunk.map_err(|_| PageError::BadForm)?;
        if bytes.len() + chunk.len() > limit {
            return Ok(None);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(Some(bytes.freeze()))
}
