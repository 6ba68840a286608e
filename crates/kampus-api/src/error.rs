//! The errors an API request can end in, and their HTTP status.
//!
//! Layers: domain crates return their own `thiserror` enums; `From` impls here map them once
//! (a store `NotFound` is a 404 everywhere, an unreachable database a 503); handlers return
//! `ApiError`. The body is rendered by [`crate::problem`], which knows the request's locale;
//! `ResponseError::error_response` only sets the status and headers.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use kampus_store::StoreError;
use kampus_usecases::UseCaseError;

/// One invalid field of a request (defined with the workflows, which refuse fields too).
pub use kampus_usecases::FieldError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("not found")]
    NotFound,
    /// A course named in a query (a report's filter) that is not published.
    #[error("no published course {0}")]
    CourseNotFound(String),
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("malformed JSON at line {line}, column {column}")]
    MalformedJson { line: usize, column: usize },
    #[error("invalid request body at line {line}, column {column}: {reason}")]
    InvalidBody {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("request body over {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// A body of another media type than those listed, for an operation that takes other
    /// bodies than JSON (a bundle upload); the answer lists them.
    #[error("unsupported media type; takes {0:?}")]
    UnsupportedMediaTypeOf(&'static [&'static str]),
    #[error("invalid input: {0:?}")]
    Validation(Vec<FieldError>),
    /// A well-formed request that names something that does not exist where it points: a
    /// lesson not in the course, a question not on the paper, an institution or invitation
    /// that is not there (404, with the fields that name it).
    #[error("unknown reference: {0:?}")]
    UnknownReference(Vec<FieldError>),
    /// The account's current password, asked for to confirm a change, is not the one given
    /// (403: the token is valid, the confirmation is not).
    #[error("wrong password")]
    WrongPassword(Vec<FieldError>),
    /// Query parameters the operation does not take, or values it does not accept (400: the
    /// request itself is malformed, whereas `Validation` is about a well-formed body).
    #[error("invalid query: {0:?}")]
    InvalidQuery(Vec<FieldError>),
    #[error("invalid credentials")]
    InvalidCredentials,
    #[error("authentication required")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("conflict: {0}")]
    Conflict(String),
    /// Institutions assigned to a user who is not a trainer (409: the role forbids it; the
    /// answer names the role the user has).
    #[error("not a trainer but a {}", .0.as_str())]
    NotATrainer(kampus_store::users::Role),
    /// Readiness failed; the value lists each check and its outcome.
    #[error("not ready")]
    NotReady(serde_json::Value),
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("too many requests")]
    /// Throttled; the client may try again after this many seconds.
    TooManyRequests { retry_after_secs: u64 },
    /// A link token (email verification, password reset) that is unknown, used or expired.
    #[error("invalid or expired token")]
    InvalidToken,
    #[error("email address not verified")]
    EmailNotVerified,
    /// The caller must be enrolled in the course first.
    #[error("not enrolled")]
    NotEnrolled,
    /// The course's audience does not include the caller (`[audience]` in its manifest).
    #[error("course restricted to another audience")]
    CourseRestricted,
    #[error("attempt limit reached")]
    AttemptLimitReached,
    /// The attempt was submitted or its time ran out.
    #[error("attempt closed")]
    AttemptClosed,
    /// An uploaded bundle is hostile or unreadable (issue 9); the first reasons and their
    /// count.
    #[error("bundle refused")]
    BundleRefused(kampus_content::bundle::Refused),
    /// An uploaded bundle's content does not validate; every problem with file and line.
    #[error("bundle invalid")]
    BundleInvalid(Vec<kampus_usecases::publishing::PartProblem>),
    /// A translation file (XLIFF or PO) refused by the import (issue 23); each reason with
    /// its code, unit and line.
    #[error("translation refused")]
    TranslationRefused(Vec<kampus_usecases::publishing::ExchangeProblem>),
    /// With the imported translation, the course would not validate.
    #[error("translation invalid")]
    TranslationInvalid(Vec<kampus_usecases::publishing::PartProblem>),
    /// A bug or an unexpected failure; the message is logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

/// The stable identity of a kind of problem: its `type` slug and status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProblemKind {
    /// Last segment of the `type` URI and stem of the Fluent message ids.
    pub slug: &'static str,
    pub status: StatusCode,
}

impl ProblemKind {
    const fn new(slug: &'static str, status: StatusCode) -> Self {
        Self { slug, status }
    }

    pub const NOT_FOUND: Self = Self::new("not-found", StatusCode::NOT_FOUND);
    pub const COURSE_NOT_FOUND: Self = Self::new("course-not-found", StatusCode::NOT_FOUND);
    pub const METHOD_NOT_ALLOWED: Self =
        Self::new("method-not-allowed", StatusCode::METHOD_NOT_ALLOWED);
    pub const MALFORMED_JSON: Self = Self::new("malformed-json", StatusCode::BAD_REQUEST);
    pub const INVALID_BODY: Self = Self::new("invalid-body", StatusCode::UNPROCESSABLE_ENTITY);
    pub const PAYLOAD_TOO_LARGE: Self =
        Self::new("payload-too-large", StatusCode::PAYLOAD_TOO_LARGE);
    pub const UNSUPPORTED_MEDIA_TYPE: Self =
        Self::new("unsupported-media-type", StatusCode::UNSUPPORTED_MEDIA_TYPE);
    pub const VALIDATION_FAILED: Self =
        Self::new("validation-failed", StatusCode::UNPROCESSABLE_ENTITY);
    pub const INVALID_CREDENTIALS: Self =
        Self::new("invalid-credentials", StatusCode::UNAUTHORIZED);
    pub const UNAUTHENTICATED: Self = Self::new("unauthenticated", StatusCode::UNAUTHORIZED);
    pub const FORBIDDEN: Self = Self::new("forbidden", StatusCode::FORBIDDEN);
    pub const CONFLICT: Self = Self::new("conflict", StatusCode::CONFLICT);
    pub const NOT_A_TRAINER: Self = Self::new("not-a-trainer", StatusCode::CONFLICT);
    pub const NOT_READY: Self = Self::new("not-ready", StatusCode::SERVICE_UNAVAILABLE);
    pub const UNAVAILABLE: Self = Self::new("unavailable", StatusCode::SERVICE_UNAVAILABLE);
    pub const BAD_REQUEST: Self = Self::new("bad-request", StatusCode::BAD_REQUEST);
    pub const INVALID_QUERY: Self = Self::new("invalid-query", StatusCode::BAD_REQUEST);
    pub const UNKNOWN_REFERENCE: Self = Self::new("unknown-reference", StatusCode::NOT_FOUND);
    pub const WRONG_PASSWORD: Self = Self::new("wrong-password", StatusCode::FORBIDDEN);
    pub const TOO_MANY_REQUESTS: Self =
        Self::new("too-many-requests", StatusCode::TOO_MANY_REQUESTS);
    pub const INTERNAL: Self = Self::new("internal", StatusCode::INTERNAL_SERVER_ERROR);

    /// 404: the link's token names nothing that is pending (unknown, used or expired).
    pub const INVALID_TOKEN: Self = Self::new("invalid-token", StatusCode::NOT_FOUND);
    pub const EMAIL_NOT_VERIFIED: Self = Self::new("email-not-verified", StatusCode::FORBIDDEN);
    pub const NOT_ENROLLED: Self = Self::new("not-enrolled", StatusCode::FORBIDDEN);
    pub const COURSE_RESTRICTED: Self = Self::new("course-restricted", StatusCode::FORBIDDEN);
    pub const ATTEMPT_LIMIT_REACHED: Self =
        Self::new("attempt-limit-reached", StatusCode::CONFLICT);
    pub const ATTEMPT_CLOSED: Self = Self::new("attempt-closed", StatusCode::CONFLICT);
    pub const BUNDLE_REFUSED: Self = Self::new("bundle-refused", StatusCode::UNPROCESSABLE_ENTITY);
    pub const BUNDLE_INVALID: Self = Self::new("bundle-invalid", StatusCode::UNPROCESSABLE_ENTITY);
    pub const TRANSLATION_REFUSED: Self =
        Self::new("translation-refused", StatusCode::UNPROCESSABLE_ENTITY);
    pub const TRANSLATION_INVALID: Self =
        Self::new("translation-invalid", StatusCode::UNPROCESSABLE_ENTITY);

    /// Every kind, for documentation and the test that each has its strings.
    pub const ALL: [Self; 31] = [
        Self::BUNDLE_REFUSED,
        Self::BUNDLE_INVALID,
        Self::TRANSLATION_REFUSED,
        Self::TRANSLATION_INVALID,
        Self::NOT_ENROLLED,
        Self::COURSE_RESTRICTED,
        Self::ATTEMPT_LIMIT_REACHED,
        Self::ATTEMPT_CLOSED,
        Self::INVALID_TOKEN,
        Self::EMAIL_NOT_VERIFIED,
        Self::NOT_FOUND,
        Self::COURSE_NOT_FOUND,
        Self::METHOD_NOT_ALLOWED,
        Self::MALFORMED_JSON,
        Self::INVALID_BODY,
        Self::PAYLOAD_TOO_LARGE,
        Self::UNSUPPORTED_MEDIA_TYPE,
        Self::VALIDATION_FAILED,
        Self::INVALID_CREDENTIALS,
        Self::UNAUTHENTICATED,
        Self::FORBIDDEN,
        Self::CONFLICT,
        Self::NOT_A_TRAINER,
        Self::NOT_READY,
        Self::UNAVAILABLE,
        Self::BAD_REQUEST,
        Self::INVALID_QUERY,
        Self::UNKNOWN_REFERENCE,
        Self::WRONG_PASSWORD,
        Self::TOO_MANY_REQUESTS,
        Self::INTERNAL,
    ];

    /// The `type` member: a URI reference relative to the server (RFC 9457 §3.1.1), stable
    /// across versions and documented in docs/api.md.
    pub fn type_uri(self) -> String {
        format!("/problems/{}", self.slug)
    }

    /// The kind for a bare status code, for error responses that did not come from an
    /// `ApiError` (e.g. actix's own 405 for a known path).
    pub fn for_status(status: StatusCode) -> Self {
        match status {
            StatusCode::NOT_FOUND => Self::NOT_FOUND,
            StatusCode::METHOD_NOT_ALLOWED => Self::METHOD_NOT_ALLOWED,
            StatusCode::PAYLOAD_TOO_LARGE => Self::PAYLOAD_TOO_LARGE,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Self::UNSUPPORTED_MEDIA_TYPE,
            StatusCode::UNAUTHORIZED => Self::UNAUTHENTICATED,
            StatusCode::FORBIDDEN => Self::FORBIDDEN,
            StatusCode::CONFLICT => Self::CONFLICT,
            StatusCode::TOO_MANY_REQUESTS => Self::TOO_MANY_REQUESTS,
            StatusCode::SERVICE_UNAVAILABLE => Self::UNAVAILABLE,
            s if s.is_server_error() => Self::INTERNAL,
            _ => Self::BAD_REQUEST,
        }
    }
}

impl ApiError {
    pub fn kind(&self) -> ProblemKind {
        match self {
            ApiError::NotFound => ProblemKind::NOT_FOUND,
            ApiError::CourseNotFound(_) => ProblemKind::COURSE_NOT_FOUND,
            ApiError::MethodNotAllowed => ProblemKind::METHOD_NOT_ALLOWED,
            ApiError::MalformedJson { .. } => ProblemKind::MALFORMED_JSON,
            ApiError::InvalidBody { .. } => ProblemKind::INVALID_BODY,
            ApiError::PayloadTooLarge { .. } => ProblemKind::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType | ApiError::UnsupportedMediaTypeOf(_) => {
                ProblemKind::UNSUPPORTED_MEDIA_TYPE
            }
            ApiError::Validation(_) => ProblemKind::VALIDATION_FAILED,
            ApiError::InvalidQuery(_) => ProblemKind::INVALID_QUERY,
            ApiError::UnknownReference(_) => ProblemKind::UNKNOWN_REFERENCE,
            ApiError::WrongPassword(_) => ProblemKind::WRONG_PASSWORD,
            ApiError::InvalidCredentials => ProblemKind::INVALID_CREDENTIALS,
            ApiError::Unauthenticated => ProblemKind::UNAUTHENTICATED,
            ApiError::Forbidden => ProblemKind::FORBIDDEN,
            ApiError::Conflict(_) => ProblemKind::CONFLICT,
            ApiError::NotATrainer(_) => ProblemKind::NOT_A_TRAINER,
            ApiError::NotReady(_) => ProblemKind::NOT_READY,
            ApiError::Unavailable(_) => ProblemKind::UNAVAILABLE,
            ApiError::BadRequest(_) => ProblemKind::BAD_REQUEST,
            ApiError::TooManyRequests { .. } => ProblemKind::TOO_MANY_REQUESTS,
            ApiError::InvalidToken => ProblemKind::INVALID_TOKEN,
            ApiError::EmailNotVerified => ProblemKind::EMAIL_NOT_VERIFIED,
            ApiError::NotEnrolled => ProblemKind::NOT_ENROLLED,
            ApiError::CourseRestricted => ProblemKind::COURSE_RESTRICTED,
            ApiError::AttemptLimitReached => ProblemKind::ATTEMPT_LIMIT_REACHED,
            ApiError::AttemptClosed => ProblemKind::ATTEMPT_CLOSED,
            ApiError::BundleRefused(_) => ProblemKind::BUNDLE_REFUSED,
            ApiError::BundleInvalid(_) => ProblemKind::BUNDLE_INVALID,
            ApiError::TranslationRefused(_) => ProblemKind::TRANSLATION_REFUSED,
            ApiError::TranslationInvalid(_) => ProblemKind::TRANSLATION_INVALID,
            ApiError::Internal(_) => ProblemKind::INTERNAL,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.kind().status
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::new(self.status_code());
        if matches!(
            self,
            ApiError::Unauthenticated | ApiError::InvalidCredentials
        ) {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if matches!(self, ApiError::Unavailable(_)) {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        if let ApiError::TooManyRequests { retry_after_secs } = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
        }
        response
    }
}

impl From<kampus_usecases::accounts::throttle::Throttled> for ApiError {
    fn from(throttled: kampus_usecases::accounts::throttle::Throttled) -> Self {
        ApiError::TooManyRequests {
            retry_after_secs: throttled.retry_after_secs,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => ApiError::NotFound,
            StoreError::Conflict(what) => ApiError::Conflict(what),
            StoreError::Unavailable(e) => ApiError::Unavailable(e.to_string()),
            StoreError::Connect(e) => ApiError::Unavailable(e.to_string()),
            StoreError::BatchFailed(cause) => ApiError::Unavailable(cause),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<UseCaseError> for ApiError {
    fn from(error: UseCaseError) -> Self {
        match error {
            UseCaseError::NotFound => ApiError::NotFound,
            UseCaseError::NotEnrolled => ApiError::NotEnrolled,
            UseCaseError::CourseRestricted => ApiError::CourseRestricted,
            UseCaseError::AttemptLimitReached => ApiError::AttemptLimitReached,
            UseCaseError::AttemptClosed => ApiError::AttemptClosed,
            UseCaseError::Conflict(what) => ApiError::Conflict(what),
            UseCaseError::Invalid(fields) => ApiError::Validation(fields),
            UseCaseError::UnknownReference(fields) => ApiError::UnknownReference(fields),
            UseCaseError::WrongPassword(fields) => ApiError::WrongPassword(fields),
            UseCaseError::NotATrainer(role) => ApiError::NotATrainer(role),
            UseCaseError::Store(error) => ApiError::from(error),
            UseCaseError::Internal(what) => ApiError::Internal(what),
        }
    }
}

impl From<kampus_xapi::lrs::LrsError> for ApiError {
    fn from(error: kampus_xapi::lrs::LrsError) -> Self {
        use kampus_xapi::lrs::LrsError;
        match error {
            LrsError::NotFound => ApiError::NotFound,
            LrsError::Store(error) => ApiError::from(error),
            LrsError::Conflict(what) => ApiError::Conflict(what),
            LrsError::Forbidden(_) => ApiError::Forbidden,
            LrsError::Invalid(what) => ApiError::BadRequest(what),
            LrsError::PreconditionFailed(what) | LrsError::Internal(what) => {
                ApiError::Internal(what)
            }
        }
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(format!("blocking task failed: {error}"))
    }
}

impl From<actix_web::error::JsonPayloadError> for ApiError {
    fn from(error: actix_web::error::JsonPayloadError) -> Self {
        use actix_web::error::JsonPayloadError as E;
        match error {
            E::OverflowKnownLength { limit, .. } | E::Overflow { limit } => {
                ApiError::PayloadTooLarge { limit }
            }
            E::ContentType => ApiError::UnsupportedMediaType,
            E::Deserialize(e) if e.is_data() => ApiError::InvalidBody {
                line: e.line(),
                column: e.column(),
                reason: e.to_string(),
            },
            E::Deserialize(e) => ApiError::MalformedJson {
                line: e.line(),
                column: e.column(),
            },
            other => ApiError::BadRequest(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique() {
        let mut slugs: Vec<_> = ProblemKind::ALL.iter().map(|k| k.slug).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), ProblemKind::ALL.len());
    }

    #[test]
    fn bare_statuses_map_to_their_kind() {
        assert_eq!(
            ProblemKind::for_status(StatusCode::UNAUTHORIZED),
            ProblemKind::UNAUTHENTICATED
        );
        assert_eq!(
            ProblemKind::for_status(StatusCode::METHOD_NOT_ALLOWED),
            ProblemKind::METHOD_NOT_ALLOWED
        );
        assert_eq!(
            ProblemKind::for_status(StatusCode::IM_A_TEAPOT),
            ProblemKind::BAD_REQUEST
        );
        assert_eq!(
            ProblemKind::for_status(StatusCode::BAD_REQUEST),
            ProblemKind::BAD_REQUEST
        );
        assert_eq!(
            ProblemKind::for_status(StatusCode::BAD_GATEWAY),
            ProblemKind::INTERNAL
        );
    }
}
