//! A caller who may or may not be signed in.

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpRequest, dev::Payload};

use crate::error::ApiError;

/// `E` (the signed-in caller as [`AuthenticatedUser`](super::AuthenticatedUser) or
/// [`Learner`](super::Learner) reads them) when the request carries an access token, `None`
/// for an anonymous request. A token that is sent but invalid is refused (401) rather than
/// silently ignored.
#[derive(Debug, Clone)]
pub struct IfSignedIn<E>(pub Option<E>);

impl<E> FromRequest for IfSignedIn<E>
where
    E: FromRequest<Error = ApiError> + 'static,
{
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        if super::bearer_token(req).is_none() {
            return Box::pin(async { Ok(IfSignedIn(None)) });
        }
        let caller = E::from_request(req, payload);
        Box::pin(async move { Ok(IfSignedIn(Some(caller.await?))) })
    }
}
