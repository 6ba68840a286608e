//! CSV downloads: the documents are written by `kampus_usecases::reports::csv` (the same bytes
//! the dashboard offers); this face only sends them.

use actix_web::HttpResponse;
use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
pub use kampus_usecases::reports::csv::{Csv, number};

/// A CSV document as a response.
pub trait CsvResponse {
    /// A download named `name`.csv.
    fn into_response(self, name: &str) -> HttpResponse;
}

impl CsvResponse for Csv {
    fn into_response(self, name: &str) -> HttpResponse {
        HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header(ContentDisposition {
                disposition: DispositionType::Attachment,
                parameters: vec![DispositionParam::Filename(format!("{name}.csv"))],
            })
            .insert_header((header::CACHE_CONTROL, "private, no-store"))
            .body(self.into_text())
    }
}
