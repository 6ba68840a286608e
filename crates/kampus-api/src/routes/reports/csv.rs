//! CSV for spreadsheet programs: UTF-8 with a byte-order mark, comma-separated, fields quoted
//! when they hold a comma, a quote or a line break, CRLF line ends (RFC 4180).

use actix_web::HttpResponse;
use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};

/// A CSV document being written.
#[derive(Debug)]
pub struct Csv {
    text: String,
}

impl Csv {
    /// A document that starts with this header row.
    pub fn with_header<S: AsRef<str>>(header: &[S]) -> Self {
        let mut csv = Csv {
            text: String::from("\u{feff}"),
        };
        csv.row(header);
        csv
    }

    pub fn row<S: AsRef<str>>(&mut self, fields: &[S]) {
        let line: Vec<String> = fields.iter().map(|f| field(f.as_ref())).collect();
        self.text.push_str(&line.join(","));
        self.text.push_str("\r\n");
    }

    /// What was written since the last take (the first take starts with the byte-order
    /// mark and the header), for streaming.
    pub fn take(&mut self) -> String {
        std::mem::take(&mut self.text)
    }

    /// The response: a download named `name`.csv.
    pub fn into_response(self, name: &str) -> HttpResponse {
        HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header(ContentDisposition {
                disposition: DispositionType::Attachment,
                parameters: vec![DispositionParam::Filename(format!("{name}.csv"))],
            })
            .insert_header((header::CACHE_CONTROL, "private, no-store"))
            .body(self.text)
    }
}

fn field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// A number for a CSV cell: empty when there is none.
pub fn number(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| {
        format!("{}", (v * 10_000.0).round() / 10_000.0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_when_needed() {
        let mut csv = Csv::with_header(&["a", "b"]);
        csv.row(&["Ministarstvo, Sarajevo", "say \"hi\""]);
        csv.row(&["plain", "Ëngjëll"]);
        assert_eq!(
            csv.text,
            "\u{feff}a,b\r\n\"Ministarstvo, Sarajevo\",\"say \"\"hi\"\"\"\r\nplain,Ëngjëll\r\n"
        );
        assert_eq!(number(Some(0.123_456)), "0.1235");
        assert_eq!(number(None), "");
    }
}
