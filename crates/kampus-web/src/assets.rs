//! The pages' own files — one stylesheet, one small script that only enhances, the icon — embedded in the binary and served
//! under `/static/` with a version in the query string, so browsers keep them for a year and
//! a new build is fetched at once. Nothing is loaded from any other host.

use std::sync::LazyLock;

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use sha2::{Digest, Sha256};

struct Asset {
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "kampus.css",
        content_type: "text/css; charset=utf-8",
        bytes: include_bytes!("../static/kampus.css"),
    },
    Asset {
        name: "kampus.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../static/kampus.js"),
    },
    Asset {
        name: "favicon.svg",
        content_type: "image/svg+xml",
        bytes: include_bytes!("../static/favicon.svg"),
    },
];

/// The first 10 hex digits of the SHA-256 of every asset: changes with any of them.
static VERSION: LazyLock<String> = LazyLock::new(|| {
    let mut hasher = Sha256::new();
    for asset in ASSETS {
        hasher.update(asset.bytes);
    }
    hasher
        .finalize()
        .iter()
        .take(5)
        .fold(String::with_capacity(10), |mut hex, b| {
            use std::fmt::Write as _;
            let _ = write!(hex, "{b:02x}");
            hex
        })
});

/// The address of an asset, with the version that makes it cacheable for a year.
pub fn href(name: &str) -> String {
    format!("/static/{name}?v={}", *VERSION)
}

/// Under a scope, so that every other page's route is told apart from `/static/` by its
/// prefix alone, before any pattern is matched.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/static").service(web::resource("/{name}").route(web::get().to(serve))),
    );
}

async fn serve(name: web::Path<String>) -> HttpResponse {
    let Some(asset) = ASSETS.iter().find(|a| a.name == name.as_str()) else {
        return HttpResponse::NotFound().finish();
    };
    HttpResponse::Ok()
        .content_type(asset.content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .body(asset.bytes)
}
