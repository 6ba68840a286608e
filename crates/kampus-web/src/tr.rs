//! Interface strings of the pages, in the page's locale: `locales/<tag>/web.ftl`, read
//! through the shared Fluent catalog (`kampus_usecases::i18n`).
//!
//! Templates call `tr.t` and friends with literal ids. The crate's tests read every
//! template and every `t*("…")` call of the Rust sources, and fail when an id is missing from
//! English or another locale, or when a locale's message takes other variables than the
//! English one; another test renders every page in every locale and finds no raw id.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast::{Entry, PatternElement};
use kampus_content::Locale;
use kampus_usecases::i18n::Catalog;

/// The pages' strings: the catalog, and every message of `web.ftl` that takes no variable
/// formatted once per locale at start (a page shows dozens; formatting each anew was a tenth
/// of the lesson page's time).
#[derive(Debug)]
pub struct PageStrings {
    catalog: Arc<Catalog>,
    /// By `Locale::index`: message id → text.
    fixed: Vec<HashMap<String, String>>,
    /// By `Locale::index`: the language's name in itself.
    names: Vec<String>,
}

impl PageStrings {
    pub fn new(catalog: Arc<Catalog>) -> Self {
        let source = include_str!("../../../locales/en/web.ftl");
        let plain: Vec<&str> = fluent_syntax::parser::parse(source)
            .map(|resource| {
                resource
                    .body
                    .into_iter()
                    .filter_map(|entry| match entry {
                        Entry::Message(message) => {
                            let value = message.value?;
                            let plain = value
                                .elements
                                .iter()
                                .all(|e| matches!(e, PatternElement::TextElement { .. }));
                            plain.then_some(message.id.name)
                        }
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let fixed = Locale::ALL
            .iter()
            .map(|&locale| {
                plain
                    .iter()
                    .map(|id| ((*id).to_owned(), catalog.message(locale, id, None)))
                    .collect()
            })
            .collect();
        let names = Locale::ALL
            .iter()
            .map(|&locale| catalog.message(locale, "language-name", None))
            .collect();
        Self {
            catalog,
            fixed,
            names,
        }
    }
}

/// The strings of one page in one locale.
#[derive(Debug, Clone)]
pub struct Tr {
    pub locale: Locale,
    strings: Arc<PageStrings>,
}

impl Tr {
    pub fn new(strings: Arc<PageStrings>, locale: Locale) -> Self {
        Self { locale, strings }
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> Cow<'_, str> {
        match self.strings.fixed[self.locale.index()].get(id) {
            Some(text) => Cow::Borrowed(text),
            None => Cow::Owned(self.catalog().message(self.locale, id, None)),
        }
    }

    fn catalog(&self) -> &Catalog {
        &self.strings.catalog
    }

    /// The message `id` with one text argument.
    pub fn ts(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, value);
        self.catalog().message(self.locale, id, Some(&args))
    }

    /// The message `id` with one number argument (plurals follow the locale's rules).
    pub fn tn(&self, id: &str, name: &str, value: impl Number) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.as_f64()));
        self.catalog().message(self.locale, id, Some(&args))
    }

    /// The message `id` with two number arguments.
    pub fn tnn(
        &self,
        id: &str,
        first: &str,
        first_value: impl Number,
        second: &str,
        second_value: impl Number,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(first, FluentValue::from(first_value.as_f64()));
        args.set(second, FluentValue::from(second_value.as_f64()));
        self.catalog().message(self.locale, id, Some(&args))
    }

    /// The message `id` with any arguments.
    pub fn with(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.catalog().message(self.locale, id, Some(args))
    }

    /// The name of `locale` in its own language ("Српски (ћирилица)"), for the switcher.
    pub fn language_name(&self, locale: impl std::borrow::Borrow<Locale>) -> &str {
        &self.strings.names[locale.borrow().index()]
    }

    /// The BCP 47 tag of the page, for `<html lang>`.
    pub fn lang(&self) -> &'static str {
        self.locale.tag()
    }

    /// The writing direction of the page. Every locale served is written left to right; the
    /// attribute is still set so a right-to-left locale added later only changes this.
    pub fn dir(&self) -> &'static str {
        "ltr"
    }
}

/// A number a message can take (templates pass references, Rust code values).
pub trait Number {
    fn as_f64(&self) -> f64;
}

macro_rules! number {
    ($($t:ty),*) => {$(
        impl Number for $t {
            fn as_f64(&self) -> f64 {
                f64::from(*self)
            }
        }
    )*};
}
number!(u8, u16, u32, i32, f32, f64);

impl Number for i64 {
    #[allow(clippy::cast_precision_loss)] // minutes and counts, far below 2^52
    fn as_f64(&self) -> f64 {
        *self as f64
    }
}

impl Number for usize {
    #[allow(clippy::cast_precision_loss)] // counts of lessons and courses, far below 2^52
    fn as_f64(&self) -> f64 {
        *self as f64
    }
}

impl<T: Number> Number for &T {
    fn as_f64(&self) -> f64 {
        (*self).as_f64()
    }
}

/// The errors of a form's fields, in the page's language.
#[derive(Debug, Clone, Default)]
pub struct FieldMessages {
    messages: Vec<(String, String)>,
}

impl FieldMessages {
    /// The messages of `errors` (field errors of the workflows, `locales/*/api.ftl`).
    pub fn of(tr: &Tr, errors: &[kampus_usecases::FieldError]) -> Self {
        let messages = errors
            .iter()
            .map(|e| {
                let mut args = FluentArgs::new();
                for (name, value) in &e.args {
                    args.set(*name, FluentValue::from(*value));
                }
                for (name, value) in &e.texts {
                    args.set(*name, value.as_str());
                }
                (e.field.clone(), tr.with(e.message_id, &args))
            })
            .collect();
        Self { messages }
    }

    /// One field's message, for a field the face checked itself.
    pub fn add(&mut self, field: &str, message: String) {
        self.messages.push((field.to_owned(), message));
    }

    /// The first message about `field`.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.messages
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// Every (field, message), for the summary at the top of the form.
    pub fn all(&self) -> &[(String, String)] {
        &self.messages
    }
}
