//! What can go wrong on a page. [`crate::error_page`] turns it into a page in the visitor's
//! language with the status that fits; "sign in first" is a redirect to the sign-in page
//! that comes back.

use actix_web::ResponseError;
use actix_web::http::StatusCode;
use kampus_usecases::UseCaseError;

#[derive(Debug, Clone, thiserror::Error)]
pub enum PageError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("sign in first")]
    SignInRequired { next: String },
    #[error("the form could not be read")]
    BadForm,
    #[error("too many attempts; retry after {retry_after_secs} s")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            PageError::NotFound => StatusCode::NOT_FOUND,
            PageError::Forbidden => StatusCode::FORBIDDEN,
            PageError::SignInRequired { .. } => StatusCode::SEE_OTHER,
            PageError::BadForm => StatusCode::BAD_REQUEST,
            PageError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            PageError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            PageError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<UseCaseError> for PageError {
    fn from(error: UseCaseError) -> Self {
        match error {
            UseCaseError::NotFound | UseCaseError::Store(kampus_store::StoreError::NotFound) => {
                PageError::NotFound
            }
            UseCaseError::Store(
                kampus_store::StoreError::Unavailable(_) | kampus_store::StoreError::Connect(_),
            ) => PageError::Unavailable(error.to_string()),
            other => PageError::Internal(other.to_string()),
        }
    }
}

impl From<kampus_store::StoreError> for PageError {
    fn from(error: kampus_store::StoreError) -> Self {
        UseCaseError::Store(error).into()
    }
}

impl From<kampus_xapi::lrs::LrsError> for PageError {
    fn from(error: kampus_xapi::lrs::LrsError) -> Self {
        use kampus_xapi::lrs::LrsError;
        match error {
            LrsError::NotFound => PageError::NotFound,
            LrsError::Store(error) => error.into(),
            other => PageError::Internal(other.to_string()),
        }
    }
}

impl From<kampus_usecases::accounts::throttle::Throttled> for PageError {
    fn from(throttled: kampus_usecases::accounts::throttle::Throttled) -> Self {
        PageError::TooManyRequests {
            retry_after_secs: throttled.retry_after_secs,
        }
    }
}
