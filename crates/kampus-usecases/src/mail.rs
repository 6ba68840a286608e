//! Rendering an email from a template in the recipient's locale: subject, a plain-text part
//! and an HTML part. Every argument is user data: it is HTML-escaped in the HTML part, and
//! the subject never contains it (so no header can be injected through it).

use fluent_bundle::FluentArgs;
use kampus_content::Locale;
use kampus_store::outbox::NewMail;

use crate::i18n::Catalog;

/// The emails Kampus sends.
#[derive(Debug, Clone)]
pub enum MailTemplate {
    /// Confirms the address of a new account.
    VerifyEmail {
        name: String,
        link: String,
        hours: i64,
    },
    /// Lets a user choose a new password.
    PasswordReset { name: String, link: String },
    /// Invites someone to create an account.
    Invitation {
        inviter: String,
        link: String,
        days: i64,
    },
    /// A certificate was issued (or its holder asked for it again); its PDF goes with it.
    CertificateIssued {
        name: String,
        course: String,
        serial: String,
        /// Its public verification page.
        link: String,
    },
}

impl MailTemplate {
    /// The template's id (the stem of its Fluent messages).
    pub fn id(&self) -> &'static str {
        match self {
            MailTemplate::VerifyEmail { .. } => "verify",
            MailTemplate::PasswordReset { .. } => "reset",
            MailTemplate::Invitation { .. } => "invite",
            MailTemplate::CertificateIssued { .. } => "certificate",
        }
    }

    fn greeting_name(&self) -> Option<&str> {
        match self {
            MailTemplate::VerifyEmail { name, .. }
            | MailTemplate::PasswordReset { name, .. }
            | MailTemplate::CertificateIssued { name, .. } => Some(name),
            MailTemplate::Invitation { .. } => None,
        }
    }

    fn link(&self) -> &str {
        match self {
            MailTemplate::VerifyEmail { link, .. }
            | MailTemplate::PasswordReset { link, .. }
            | MailTemplate::Invitation { link, .. }
            | MailTemplate::CertificateIssued { link, .. } => link,
        }
    }

    fn args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        match self {
            MailTemplate::VerifyEmail { name, hours, .. } => {
                args.set("name", name.clone());
                args.set("hours", *hours);
            }
            MailTemplate::PasswordReset { name, .. } => args.set("name", name.clone()),
            MailTemplate::Invitation { inviter, days, .. } => {
                args.set("inviter", inviter.clone());
                args.set("days", *days);
            }
            MailTemplate::CertificateIssued {
                name,
                course,
                serial,
                ..
            } => {
                args.set("name", name.clone());
                args.set("course", course.clone());
                args.set("serial", serial.clone());
            }
        }
        args
    }
}

/// Renders `template` for `recipient` in `locale`, ready to queue.
pub fn compose(
    catalog: &Catalog,
    template: &MailTemplate,
    recipient: &str,
    locale: Locale,
) -> NewMail {
    let id = template.id();
    let args = template.args();
    let text = |key: &str| catalog.message(locale, key, Some(&args));
    let greeting = template.greeting_name().map(|_| text("email-greeting"));
    let body = text(&format!("email-{id}-body"));
    let action = text(&format!("email-{id}-action"));
    let ignore = text(&format!("email-{id}-ignore"));
    let fallback = text("email-link-fallback");
    let signature = text("email-signature");
    let link = template.link();

    let greeting_text = greeting
        .as_ref()
        .map(|g| format!("{g}\n\n"))
        .unwrap_or_default();
    let plain =
        format!("{greeting_text}{body}\n\n{action}:\n{link}\n\n{ignore}\n\n-- \n{signature}\n");
    let greeting_html = greeting
        .as_ref()
        .map(|g| format!("<p>{}</p>\n", escape(g)))
        .unwrap_or_default();
    let html = format!(
        "<!doctype html>\n<html><body style=\"font-family: sans-serif; line-height: 1.5; max-width: 40em\">\n\
         {greeting_html}<p>{}</p>\n\
         <p><a href=\"{}\" style=\"display: inline-block; padding: 0.6em 1.2em; background: #1f5f8b; color: #fff; text-decoration: none; border-radius: 4px\">{}</a></p>\n\
         <p style=\"font-size: 0.9em\">{}<br>{}</p>\n\
         <p style=\"font-size: 0.9em; color: #555\">{}</p>\n\
         <p style=\"font-size: 0.9em; color: #555\">{}</p>\n\
         </body></html>\n",
        escape(&body),
        escape(link),
        escape(&action),
        escape(&fallback),
        escape(link),
        escape(&ignore),
        escape(&signature),
    );

    NewMail {
        recipient: recipient.to_owned(),
        locale,
        template: template.id().to_owned(),
        // Subjects carry no user data; line breaks could still never come from the catalog,
        // but they are removed anyway so that a subject is always one header line.
        subject: text(&format!("email-{id}-subject")).replace(['\r', '\n'], " "),
        body_text: plain,
        body_html: html,
        certificate_id: None,
    }
}

/// Escapes text for HTML element content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().expect("catalog")
    }

    #[test]
    fn mail_is_written_in_the_recipients_language() {
        let template = MailTemplate::VerifyEmail {
            name: "Ана".into(),
            link: "https://kampus.example/verify?token=abc".into(),
            hours: 48,
        };
        let mail = compose(&catalog(), &template, "ana@mvr.gov.mk", Locale::Mk);
        assert_eq!(mail.subject, "Потврдете ја вашата е-пошта за Кампус");
        assert!(
            mail.body_text.starts_with("Почитувани Ана,\n\n"),
            "{}",
            mail.body_text
        );
        assert!(mail.body_text.contains("48 часа"));
        assert!(
            mail.body_text
                .contains("https://kampus.example/verify?token=abc")
        );
        assert!(
            mail.body_html
                .contains("href=\"https://kampus.example/verify?token=abc\"")
        );
        assert_eq!(mail.template, "verify");
    }

    #[test]
    fn user_data_is_escaped_in_html_and_kept_out_of_the_subject() {
        let template = MailTemplate::PasswordReset {
            name: "<script>alert(1)</script>\r\nBcc: evil@example.org".into(),
            link: "https://kampus.example/reset?t=\"x\"".into(),
        };
        let mail = compose(&catalog(), &template, "x@y.rs", Locale::SrLatn);
        assert!(!mail.body_html.contains("<script>"));
        assert!(mail.body_html.contains("&lt;script&gt;"));
        assert!(mail.body_html.contains("reset?t=&quot;x&quot;"));
        assert_eq!(mail.subject, "Promena lozinke za Kampus");
        assert!(!mail.subject.contains("Bcc"));
    }

    #[test]
    fn every_template_renders_in_every_locale_without_missing_messages() {
        let catalog = catalog();
        let templates = [
            MailTemplate::VerifyEmail {
                name: "N".into(),
                link: "L".into(),
                hours: 48,
            },
            MailTemplate::PasswordReset {
                name: "N".into(),
                link: "L".into(),
            },
            MailTemplate::Invitation {
                inviter: "I".into(),
                link: "L".into(),
                days: 14,
            },
        ];
        for locale in Locale::ALL {
            for template in &templates {
                let mail = compose(&catalog, template, "a@b.rs", locale);
                // A missing message would show up as its id.
                let stem = format!("email-{}-", template.id());
                let ids = [
                    "email-signature",
                    "email-greeting",
                    "email-link-fallback",
                    &stem,
                ];
                for part in [&mail.subject, &mail.body_text, &mail.body_html] {
                    assert!(
                        !ids.iter().any(|id| part.contains(id)),
                        "{locale} {}: {part}",
                        template.id()
                    );
                }
            }
        }
    }
}
