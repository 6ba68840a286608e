//! The termbase as TBX-Basic (TBX, ISO 30042:2019, the DCA style), the form CAT tools
//! import: one `conceptEntry` per term, a `langSec` for English and for each locale written,
//! the note as the English `definition` (TBX-Basic has it at the language level), the approved
//! term as `preferredTerm-admn-sts` and each forbidden variant as
//! `deprecatedTerm-admn-sts`. Stems are not terms, so they are not exported.

use std::fmt::Write;

use super::Termbase;
use crate::Locale;
use crate::exchange::xliff::escape;

/// The TBX namespace of ISO 30042:2019.
pub const NAMESPACE: &str = "urn:iso:std:iso:30042:ed-2";

/// The termbase in TBX-Basic: English and `locale`, or English and every locale with `None`.
pub fn to_tbx(termbase: &Termbase, locale: Option<Locale>) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"{NAMESPACE}\">"
    );
    out.push_str("  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n");
    out.push_str("        <p>Kampus termbase (content/termbase.toml)</p>\n");
    out.push_str("      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n");
    out.push_str("  <text>\n    <body>\n");
    let locales: Vec<Locale> = match locale {
        Some(locale) => vec![locale],
        None => Locale::ALL.into_iter().skip(1).collect(),
    };
    for term in &termbase.terms {
        let _ = writeln!(
            out,
            "      <conceptEntry id=\"{}\">",
            escape(&format!("term-{}", term.id))
        );
        out.push_str("        <langSec xml:lang=\"en\">\n");
        if let Some(note) = &term.note {
            let _ = writeln!(
                out,
                "            <descrip type=\"definition\">{}</descrip>",
                escape(note)
            );
        }
        for (i, english) in term.en.iter().enumerate() {
            let status = if i == 0 { "preferred" } else { "admitted" };
            term_sec(&mut out, english, status);
        }
        out.push_str("        </langSec>\n");
        for locale in &locales {
            let Some(entry) = term.locales.get(locale.tag()) else {
                continue;
            };
            let _ = writeln!(out, "        <langSec xml:lang=\"{}\">", locale.tag());
            term_sec(&mut out, &entry.term, "preferred");
            for variant in &entry.forbidden {
                term_sec(&mut out, variant, "deprecated");
            }
            out.push_str("        </langSec>\n");
        }
        out.push_str("      </conceptEntry>\n");
    }
    out.push_str("    </body>\n  </text>\n</tbx>\n");
    out
}

fn term_sec(out: &mut String, term: &str, status: &str) {
    let _ = write!(
        out,
        "          <termSec>\n            <term>{}</term>\n            <termNote type=\"administrativeStatus\">{status}Term-admn-sts</termNote>\n          </termSec>\n",
        escape(term)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_is_well_formed_with_a_concept_per_term_and_a_language_per_locale() {
        let termbase = Termbase::parse(
            "[[term]]\nid = \"migration\"\nen = [\"migration\", \"migrations\"]\nnote = \"<movement> & more\"\n\
             sq = { term = \"migracion\", forbidden = [\"migrim\"] }\n\
             mk = { term = \"миграција\" }\n\
             [[term]]\nid = \"refugee\"\nen = [\"refugee\"]\nsq = { term = \"refugjat\" }\n",
        )
        .expect("valid");
        let all = to_tbx(&termbase, None);
        let doc = roxmltree::Document::parse(&all).expect("well-formed");
        let root = doc.root_element();
        assert_eq!(root.tag_name().namespace(), Some(NAMESPACE));
        assert_eq!(root.attribute("type"), Some("TBX-Basic"));
        let concepts: Vec<_> = root
            .descendants()
            .filter(|n| n.has_tag_name("conceptEntry"))
            .collect();
        assert_eq!(concepts.len(), 2);
        let languages = |c: &roxmltree::Node<'_, '_>| -> Vec<String> {
            c.children()
                .filter(|n| n.has_tag_name("langSec"))
                .filter_map(|n| n.attribute((roxmltree::NS_XML_URI, "lang")))
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(languages(&concepts[0]), ["en", "mk", "sq"]);
        assert_eq!(languages(&concepts[1]), ["en", "sq"]);
        let albanian = to_tbx(&termbase, Some(Locale::Sq));
        let doc = roxmltree::Document::parse(&albanian).expect("well-formed");
        let statuses: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("termNote"))
            .filter_map(|n| n.text())
            .collect();
        assert!(statuses.contains(&"deprecatedTerm-admn-sts"));
        assert!(!albanian.contains("миграција"));
    }
}
