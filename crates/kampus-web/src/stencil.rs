//! Pages kept as a [`Stencil`](kampus_usecases::publishing::page_slots::Stencil): rendered
//! once with a marker where the visitor's name and form token go, then filled per request.
//! The markers are private-use characters, which no message, course text or escaping
//! produces; the name is escaped here exactly as the template would have escaped it.

use askama::filters::Escaper as _;

/// Where the signed-in visitor's name goes (hole 0).
pub const NAME: &str = "\u{E000}kampus-name\u{E000}";
/// Where the page's CSRF token goes (hole 1).
pub const CSRF: &str = "\u{E000}kampus-csrf\u{E000}";

/// `name` escaped for HTML text and attributes, as askama escapes it.
pub fn escaped(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    let _ = askama::filters::Html.write_escaped_str(&mut out, name);
    out
}

#[cfg(test)]
mod tests {
    use super::escaped;

    #[test]
    fn names_are_escaped_like_the_templates_escape_them() {
        assert_eq!(escaped("Ana"), "Ana");
        assert_eq!(
            escaped(r#"O'Brien <b>"&"#),
            "O&#39;Brien &#60;b&#62;&#34;&#38;"
        );
    }
}
