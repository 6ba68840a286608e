//! The About resource, `/xapi/about` (xAPI 2.0.0 §4.1.6.7): which versions this LRS speaks.
//! It needs neither credentials nor the version header.

use actix_web::HttpResponse;
use serde_json::json;

use crate::version::XapiVersion;

/// GET (and HEAD) /xapi/about
pub async fn about() -> HttpResponse {
    let versions: Vec<&str> = XapiVersion::ALL.iter().map(|v| v.as_str()).collect();
    HttpResponse::Ok().json(json!({
        "version": versions,
        "extensions": {
            "https://kampus.example/xapi/about/software": {
                "name": "Kampus",
                "version": env!("CARGO_PKG_VERSION")
            }
        }
    }))
}
