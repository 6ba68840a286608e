//! Export to XLIFF and PO and import back: byte-exact round trips of the shipped courses,
//! staleness per unit, and hostile or broken imports refused with nothing written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use kampus_content::Locale;
use kampus_content::exchange::{Format, ImportError, course_units, export, import};

use crate::copy_dir;

fn shipped_courses() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut out: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("content/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("course.toml").is_file())
        .collect();
    out.sort();
    out
}

/// Every file under `dir`, by relative path.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).expect("under root").to_owned();
                out.insert(rel, std::fs::read(&path).expect("read"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn outdated(dir: &Path, locale: Locale) -> Vec<String> {
    course_units(dir, locale)
        .expect("units")
        .units
        .into_iter()
        .filter(|u| u.outdated)
        .map(|u| u.id)
        .collect()
}

fn copy_course(course: &Path) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join(course.file_name().expect("name"));
    copy_dir(course, &dir);
    (tmp, dir)
}

fn write_export(dir: &Path, locale: Locale, format: Format, into: &Path) -> PathBuf {
    let exported = export(dir, locale, format, false).expect("export");
    let name = match format {
        Format::Xliff => format!("{}.xlf", locale.tag()),
        Format::Po => format!("{}.po", locale.tag()),
    };
    let path = into.join(name);
    std::fs::write(&path, exported.content).expect("write export");
    path
}

#[test]
fn round_trip_of_every_shipped_course_and_locale_changes_nothing() {
    let mut units = 0;
    for course in shipped_courses() {
        let (tmp, dir) = copy_course(&course);
        let before = snapshot(&dir);
        for locale in Locale::ALL.into_iter().skip(1) {
            let stale = outdated(&dir, locale);
            for format in [Format::Xliff, Format::Po] {
                let file = write_export(&dir, locale, format, tmp.path());
                let summary = import(&[file], &dir, locale)
                    .unwrap_or_else(|e| panic!("{} {locale} {format:?}: {e}", course.display()));
                units += summary.units;
                assert_eq!(
                    summary.changed,
                    0,
                    "{} {locale} {format:?}",
                    course.display()
                );
                assert!(summary.written.is_empty(), "{:?}", summary.written);
                assert_eq!(
                    snapshot(&dir),
                    before,
                    "{} {locale} {format:?}",
                    course.display()
                );
                assert_eq!(outdated(&dir, locale), stale);
            }
        }
    }
    assert!(units > 1000, "only {units} units were translated");
}

/// Block ids pair a translation's blocks with the English ones by structure: every shipped
/// translated lesson has exactly the English blocks, kind for kind (heading levels included).
#[test]
fn shipped_lessons_have_the_english_block_structure() {
    use kampus_content::lesson_blocks::blocks;
    let shape = |path: &Path| -> Vec<(String, kampus_content::lesson_blocks::BlockKind)> {
        let text = std::fs::read_to_string(path).expect("lesson");
        blocks(&text).into_iter().map(|b| (b.id, b.kind)).collect()
    };
    let mut lessons = 0;
    for course in shipped_courses() {
        for english in std::fs::read_dir(course.join("locales/en/lessons")).expect("lessons") {
            let english = english.expect("entry").path();
            let name = english.file_name().expect("name");
            for locale in Locale::ALL.into_iter().skip(1) {
                let translated = course
                    .join("locales")
                    .join(locale.tag())
                    .join("lessons")
                    .join(name);
                if translated.is_file() {
                    assert_eq!(
                        shape(&translated),
                        shape(&english),
                        "{}",
                        translated.display()
                    );
                    lessons += 1;
                }
            }
        }
    }
    assert!(lessons > 100, "{lessons}");
}

#[test]
fn a_changed_english_paragraph_makes_exactly_that_unit_outdated() {
    let course = &shipped_courses()[0];
    let (_tmp, dir) = copy_course(course);
    let translated: Vec<Locale> = Locale::ALL
        .into_iter()
        .filter(|l| *l != Locale::En)
        .collect();
    for locale in &translated {
        kampus_content::confirm_translations(&dir, *locale).expect("confirm");
        assert!(outdated(&dir, *locale).is_empty(), "{locale}");
    }
    let units = course_units(&dir, Locale::Hr).expect("units");
    let paragraph = units
        .units
        .iter()
        .find(|u| u.id.ends_with("#p2") && u.file.starts_with("lessons/"))
        .expect("a second paragraph");
    let english = dir.join("locales/en").join(&paragraph.file);
    let text = std::fs::read_to_string(&english).expect("read");
    let changed = text.replacen(
        &paragraph.source,
        &format!("{} Changed.", paragraph.source),
        1,
    );
    std::fs::write(&english, changed).expect("write");
    // In every locale: that unit alone, and the export of what is outdated holds just it.
    for locale in &translated {
        assert_eq!(
            outdated(&dir, *locale),
            std::slice::from_ref(&paragraph.id),
            "{locale}"
        );
        for format in [Format::Xliff, Format::Po] {
            let exported = export(&dir, *locale, format, true).expect("export");
            assert_eq!((exported.units, exported.outdated), (1, 1), "{locale}");
        }
    }
}

/// A course copy with an export of `locale` edited by `edit`; asserts the import is refused
/// with an error `expect` accepts, and that no file of the course changed.
fn refused(
    locale: Locale,
    format: Format,
    edit: impl Fn(String) -> String,
    expect: impl Fn(&ImportError) -> bool,
) {
    let course = shipped_courses()
        .into_iter()
        .find(|c| c.ends_with("migration-and-gender"))
        .expect("course");
    let (tmp, dir) = copy_course(&course);
    let before = snapshot(&dir);
    let file = write_export(&dir, locale, format, tmp.path());
    let text = std::fs::read_to_string(&file).expect("read");
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit changed nothing");
    std::fs::write(&file, edited).expect("write");
    let error = import(&[file], &dir, locale).expect_err("refused");
    assert!(expect(&error), "unexpected error: {error}");
    assert_eq!(snapshot(&dir), before, "a refused import changed files");
}

#[test]
fn billion_laughs_is_refused() {
    refused(
        Locale::Hr,
        Format::Xliff,
        |t| {
            let dtd = "<!DOCTYPE xliff [\n<!ENTITY lol \"lol\">\n<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n]>\n";
            t.replacen("<xliff ", &format!("{dtd}<xliff "), 1).replacen(
                "</target>",
                "&lol3;</target>",
                1,
            )
        },
        |e| {
            e.to_string()
                .contains(":2: a DOCTYPE or entity declaration is refused")
        },
    );
}

#[test]
fn external_entity_is_refused() {
    refused(
        Locale::Hr,
        Format::Xliff,
        |t| {
            t.replacen(
                "<xliff ",
                "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<xliff ",
                1,
            )
            .replacen("</target>", "&xxe;</target>", 1)
        },
        |e| {
            e.to_string()
                .contains("DOCTYPE or entity declaration is refused")
        },
    );
}

#[test]
fn wrong_target_language_is_refused() {
    refused(
        Locale::Hr,
        Format::Xliff,
        |t| t.replacen("trgLang=\"hr\"", "trgLang=\"bs\"", 1),
        |e| matches!(e, ImportError::WrongLanguage { .. }),
    );
    refused(
        Locale::Sq,
        Format::Po,
        |t| t.replacen("Language: sq", "Language: mk", 1),
        |e| matches!(e, ImportError::WrongLanguage { .. }),
    );
}

#[test]
fn broken_placeholder_is_refused() {
    // A code pointing at an original that is not there, and a placeable dropped.
    refused(
        Locale::Mk,
        Format::Xliff,
        |t| {
            let at = t.find("<target>").expect("a target");
            let end = at + t[at..].find("</target>").expect("end");
            let mut t = t;
            t.insert_str(end, "<ph id=\"99\" dataRef=\"d999\"/>");
            t
        },
        |e| {
            e.to_string()
                .contains("`d999`, which is not in <originalData>")
        },
    );
    refused(
        Locale::Mk,
        Format::Xliff,
        |t| {
            // Drop the first <pc>'s start in a target: the link or emphasis loses its markup.
            let link = t
                .find("<target>")
                .and_then(|s| t[s..].find("<ph id=").map(|p| s + p))
                .expect("a code in a target");
            let end = link + t[link..].find("/>").expect("end of ph") + 2;
            format!("{}{}", &t[..link], &t[end..])
        },
        |e| matches!(e, ImportError::Units(units) if !units.is_empty()),
    );
}

#[test]
fn mismatched_fluent_variable_is_refused() {
    refused(
        Locale::Sq,
        Format::Po,
        |t| {
            // The first `{ $pass }` is in an English msgid, the second in its translation.
            let (second, _) = t
                .match_indices("{ $pass }")
                .nth(1)
                .expect("a translated `{ $pass }`");
            format!(
                "{}{{ $passes }}{}",
                &t[..second],
                &t[second + "{ $pass }".len()..]
            )
        },
        |e| matches!(e, ImportError::Units(u) if u[0].problem.contains("`$passes`") && u[0].unit.starts_with("assessments.ftl#")),
    );
}

#[test]
fn latin_script_in_mk_is_refused() {
    refused(
        Locale::Mk,
        Format::Po,
        |t| {
            t.replacen(
                "msgstr \"Род и миграција: поими и податоци\"",
                "msgstr \"Rod i migracija: pojmovi i podaci\"",
                1,
            )
        },
        |e| matches!(e, ImportError::Units(u) if u[0].unit == "course.ftl#l-gender-concepts" && u[0].problem.contains("Latin script")),
    );
}

/// A copy of a course where `hr` has two outdated units: a message and one paragraph.
fn with_outdated() -> (tempfile::TempDir, PathBuf, Vec<String>) {
    let course = shipped_courses()
        .into_iter()
        .find(|c| c.ends_with("migration-and-gender"))
        .expect("course");
    let (tmp, dir) = copy_course(&course);
    kampus_content::confirm_translations(&dir, Locale::Hr).expect("confirm");
    let ftl = dir.join("locales/en/course.ftl");
    let text = std::fs::read_to_string(&ftl).expect("read");
    std::fs::write(&ftl, text.replacen("l-cedaw = ", "l-cedaw = Revised: ", 1)).expect("write");
    let md = dir.join("locales/en/lessons/l-cedaw.md");
    let text = std::fs::read_to_string(&md).expect("read");
    std::fs::write(
        &md,
        text.replacen("Two of them are essential", "Two of them are vital", 1),
    )
    .expect("write");
    let stale = outdated(&dir, Locale::Hr);
    assert_eq!(stale, ["course.ftl#l-cedaw", "lessons/l-cedaw.md#p1"]);
    (tmp, dir, stale)
}

#[test]
fn outdated_units_stay_outdated_through_a_round_trip() {
    let (tmp, dir, stale) = with_outdated();
    let before = snapshot(&dir);
    for format in [Format::Xliff, Format::Po] {
        let exported = export(&dir, Locale::Hr, format, true).expect("export");
        assert_eq!((exported.units, exported.outdated), (2, 2));
        let file = write_export(&dir, Locale::Hr, format, tmp.path());
        let summary = import(&[file], &dir, Locale::Hr).expect("import");
        assert_eq!((summary.changed, summary.confirmed), (0, 0));
        assert_eq!(snapshot(&dir), before);
        assert_eq!(outdated(&dir, Locale::Hr), stale);
    }
}

#[test]
fn a_reviewed_translation_of_the_current_english_is_confirmed() {
    let (tmp, dir, _) = with_outdated();
    let file = write_export(&dir, Locale::Hr, Format::Po, tmp.path());
    let text = std::fs::read_to_string(&file).expect("read");
    // The translator revises the paragraph and clears `fuzzy` on both units.
    let revised = text
        .replace("#, fuzzy\n", "")
        .replacen("Dvije od njih", "Dvije su od njih", 1);
    assert_ne!(revised, text);
    std::fs::write(&file, revised).expect("write");
    let summary = import(&[file], &dir, Locale::Hr).expect("import");
    assert_eq!((summary.changed, summary.confirmed), (1, 2), "{summary:?}");
    assert!(outdated(&dir, Locale::Hr).is_empty());
    assert!(
        summary
            .written
            .contains(&"locales/hr/translations.lock".to_owned())
    );
}

#[test]
fn a_translation_made_against_older_english_stays_outdated() {
    let (tmp, dir, _) = with_outdated();
    let file = write_export(&dir, Locale::Hr, Format::Xliff, tmp.path());
    let text = std::fs::read_to_string(&file).expect("read");
    // Reviewed, but against the English the fingerprint in the file belongs to: the English
    // changed again before the import.
    std::fs::write(
        &file,
        text.replace(" subState=\"kampus:outdated\"", "")
            .replace("state=\"translated\"", "state=\"final\""),
    )
    .expect("write");
    let md = dir.join("locales/en/lessons/l-cedaw.md");
    let english = std::fs::read_to_string(&md).expect("read");
    std::fs::write(&md, english.replacen("are vital", "are crucial", 1)).expect("write");
    let summary = import(&[file], &dir, Locale::Hr).expect("import");
    assert_eq!(
        summary.confirmed, 1,
        "only the message was translated against today's English"
    );
    assert_eq!(outdated(&dir, Locale::Hr), ["lessons/l-cedaw.md#p1"]);
}

#[test]
fn a_lesson_translated_for_the_first_time_is_written_whole() {
    let course = shipped_courses()
        .into_iter()
        .find(|c| c.ends_with("migration-and-gender"))
        .expect("course");
    let (tmp, dir) = copy_course(&course);
    let lesson = dir.join("locales/bs/lessons/l-cedaw.md");
    std::fs::remove_file(&lesson).expect("remove");
    let exported = export(&dir, Locale::Bs, Format::Xliff, false).expect("export");
    assert!(exported.untranslated > 10);
    // A tool fills every target with its source (a "copy source" pre-translation).
    let filled = fill_targets(&exported.content);
    let file = tmp.path().join("bs.xlf");
    std::fs::write(&file, &filled).expect("write");
    let summary = import(std::slice::from_ref(&file), &dir, Locale::Bs).expect("import");
    assert_eq!(summary.confirmed, exported.untranslated);
    assert_eq!(
        std::fs::read(&lesson).expect("written"),
        std::fs::read(dir.join("locales/en/lessons/l-cedaw.md")).expect("english")
    );
    assert!(outdated(&dir, Locale::Bs).is_empty());

    // Half a lesson is refused: it would count as translated.
    std::fs::remove_file(&lesson).expect("remove");
    let partial = filled;
    let name = partial
        .find("name=\"lessons/l-cedaw.md#p2\"")
        .expect("p2 of the lesson");
    let cut = partial[..name].rfind("<unit ").expect("its unit");
    let end = cut + partial[cut..].find("</unit>").expect("end") + "</unit>".len();
    std::fs::write(&file, format!("{}{}", &partial[..cut], &partial[end..])).expect("write");
    let before = snapshot(&dir);
    let error = import(&[file], &dir, Locale::Bs).expect_err("refused");
    assert!(
        error.to_string().contains("lessons/l-cedaw.md#p2"),
        "{error}"
    );
    assert_eq!(snapshot(&dir), before);
}

/// Adds `<target>` = `<source>` to each unit without a target, marked final.
fn fill_targets(xliff: &str) -> String {
    let mut out = String::new();
    for line in xliff.split_inclusive('\n') {
        if line.contains("<segment state=\"initial\">") && !line.contains("<target>") {
            let source = &line
                [line.find("<source>").expect("source") + 8..line.find("</source>").expect("end")];
            out.push_str(
                &line
                    .replace("state=\"initial\"", "state=\"final\"")
                    .replace("</source>", &format!("</source><target>{source}</target>")),
            );
        } else {
            out.push_str(line);
        }
    }
    out
}

#[test]
fn a_heading_made_from_a_paragraph_is_refused() {
    refused(
        Locale::Hr,
        Format::Po,
        |t| {
            let at = t.find("msgctxt \"lessons/l-cedaw.md#p1\"").expect("p1");
            let at = at + t[at..].find("msgstr \"").expect("msgstr") + "msgstr \"".len();
            format!("{}# {}", &t[..at], &t[at..])
        },
        |e| e.to_string().contains("lessons/l-cedaw.md#") && e.to_string().contains("structure"),
    );
}

#[test]
fn a_changed_link_target_is_refused() {
    // The shipped lessons have no links: give one paragraph a link in English and Albanian.
    let course = shipped_courses()
        .into_iter()
        .find(|c| c.ends_with("migration-and-gender"))
        .expect("course");
    let (tmp, dir) = copy_course(&course);
    let link = " ([text](https://rm.coe.int/1680084840))";
    for locale in ["en", "sq"] {
        let md = dir.join(format!("locales/{locale}/lessons/l-cedaw.md"));
        let text = std::fs::read_to_string(&md).expect("read");
        let first = text.find(".\n").expect("a sentence end");
        std::fs::write(&md, format!("{}{link}{}", &text[..first], &text[first..])).expect("write");
    }
    let before = snapshot(&dir);
    let file = write_export(&dir, Locale::Sq, Format::Po, tmp.path());
    let text = std::fs::read_to_string(&file).expect("read");
    // The first occurrence is the English msgid, the second the Albanian msgstr.
    let (second, _) = text
        .match_indices("https://rm.coe.int/1680084840")
        .nth(1)
        .expect("the link translated");
    let edited = format!(
        "{}https://evil.example/{}",
        &text[..second],
        &text[second + 29..]
    );
    std::fs::write(&file, edited).expect("write");
    let error = import(&[file], &dir, Locale::Sq).expect_err("refused");
    let message = error.to_string();
    assert!(
        message.contains("lessons/l-cedaw.md#p1") && message.contains("links differ"),
        "{message}"
    );
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn files_over_the_size_limit_are_refused_unread() {
    let course = &shipped_courses()[0];
    let (tmp, dir) = copy_course(course);
    let file = tmp.path().join("big.xlf");
    let big = std::fs::File::create(&file).expect("create");
    big.set_len(kampus_content::exchange::MAX_FILE_BYTES + 1)
        .expect("size");
    let error = import(&[file], &dir, Locale::Hr).expect_err("refused");
    assert!(matches!(error, ImportError::TooLarge { .. }), "{error}");
}
