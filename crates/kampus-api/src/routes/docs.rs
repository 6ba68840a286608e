//! `/docs`: a browsable API reference (Swagger UI) that needs no network.
//!
//! The Swagger UI files are vendored from the npm package `swagger-ui-dist` (see
//! `assets/swagger-ui/README.md`) and embedded in the binary.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::error::ApiError;

struct Asset {
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

macro_rules! asset {
    ($name:literal, $type:literal) => {
        Asset {
            name: $name,
            content_type: $type,
            bytes: include_bytes!(concat!("../../assets/swagger-ui/", $name)),
        }
    };
}

const ASSETS: &[Asset] = &[
    asset!("swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    asset!("swagger-ui.css", "text/css; charset=utf-8"),
    asset!("docs-init.js", "text/javascript; charset=utf-8"),
    asset!("favicon-32x32.png", "image/png"),
];

const PAGE: &str = include_str!("../../assets/swagger-ui/docs.html");

/// Only our own origin may provide scripts, styles and data; nothing is fetched elsewhere.
const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/// The browsable API reference (Swagger UI).
#[utoipa::path(
    get,
    path = "/docs",
    operation_id = "docs_page",
    tag = "operations",
    responses((status = 200, description = "HTML page", content_type = "text/html", body = String))
)]
pub async fn page() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CONTENT_SECURITY_POLICY, CSP))
        .body(PAGE)
}

/// A file of the API reference page (scripts, styles, icon), served from the binary.
#[utoipa::path(
    get,
    path = "/docs/assets/{file}",
    tag = "operations",
    params(("file" = String, Path, description = "File name, e.g. `swagger-ui.css`")),
    responses(
        (status = 200, description = "The file"),
        (status = 404, description = "No such file", body = crate::problem::Problem, content_type = "application/problem+json")
    )
)]
pub async fn asset(file: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let asset = ASSETS
        .iter()
        .find(|a| a.name == file.as_str())
        .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(asset.content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(asset.bytes))
}
