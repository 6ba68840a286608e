//! The reviewer's checks, each with a failing and a passing change of the example course:
//! `answer-in-question`, `correct-choice-position`, `setting-as-number`, `variable-mismatch`
//! and `unknown-reference` (the example course itself passes all of them).

use kampus_content::bundle::SourceTree;
use kampus_content::{ProblemCode, load_tree};

use crate::fixture;

/// The problems (code, file, line) of the example course after each `(file, from, to)` change.
fn problems_after(changes: &[(&str, &str, &str)]) -> Vec<(ProblemCode, String, u32)> {
    let mut tree = SourceTree::read_path(&fixture("example-course"));
    for (path, from, to) in changes {
        let text = String::from_utf8(tree.get(path).map(<[u8]>::to_vec).unwrap_or_default())
            .expect("utf8");
        let edited = text.replacen(from, to, 1);
        assert_ne!(edited, text, "the change did not apply: {from}");
        tree.insert(path, edited.into_bytes());
    }
    load_tree(&tree)
        .problems
        .into_iter()
        .map(|p| (p.code, p.file, p.line))
        .collect()
}

const MANIFEST: &str = "course.toml";
const EN: &str = "locales/en/assessments.ftl";
const HR: &str = "locales/hr/assessments.ftl";
const SR_CYRL: &str = "locales/sr-Cyrl/assessments.ftl";

#[test]
fn the_example_course_passes_every_review_check() {
    assert_eq!(problems_after(&[]), []);
}

#[test]
fn a_short_text_id_that_spells_its_answer() {
    use ProblemCode::AnswerInQuestion;
    let renamed = [
        (MANIFEST, "id = \"q-loznica\"", "id = \"q-banja-koviljaca\""),
        (EN, "q-loznica =", "q-banja-koviljaca ="),
        (HR, "q-loznica =", "q-banja-koviljaca ="),
        (SR_CYRL, "q-loznica =", "q-banja-koviljaca ="),
    ];
    assert_eq!(
        problems_after(&renamed),
        [(AnswerInQuestion, MANIFEST.to_owned(), 127)]
    );
    // Naming what the question asks is fine.
    let asked = [
        (MANIFEST, "id = \"q-loznica\"", "id = \"q-centre-loznica\""),
        (EN, "q-loznica =", "q-centre-loznica ="),
        (HR, "q-loznica =", "q-centre-loznica ="),
        (SR_CYRL, "q-loznica =", "q-centre-loznica ="),
    ];
    assert_eq!(problems_after(&asked), []);
}

#[test]
fn a_text_shown_while_answering_that_holds_the_answer() {
    use ProblemCode::AnswerInQuestion;
    // The prompt, in another script and case than the accepted answer.
    assert_eq!(
        problems_after(&[(
            SR_CYRL,
            "у општини Лозница.",
            "у општини Лозница (БАЊА КОВИЉАЧА)."
        )]),
        [(AnswerInQuestion, SR_CYRL.to_owned(), 42)]
    );
    // Another question's text of the same assessment.
    assert_eq!(
        problems_after(&[(
            EN,
            "An applicant may appeal",
            "An applicant in Banja Koviljaca may appeal"
        )]),
        [(AnswerInQuestion, EN.to_owned(), 43)]
    );
    // Feedback is shown with the correct answers, and part of a word is not the answer.
    assert_eq!(
        problems_after(&[
            (
                EN,
                "q-lajkovac = Name the asylum centre in the municipality of Lajkovac.",
                "q-lajkovac = Name the asylum centre in the municipality of Lajkovac.\n    .feedback = It is Bogovađa.\nq-final-appeal = Bogovađanin"
            ),
            (
                EN,
                "q-final-appeal = An applicant",
                "    .hint = An applicant"
            )
        ]),
        [(ProblemCode::UnknownText, EN.to_owned(), 44)]
    );
}

#[test]
fn correct_choices_in_the_same_position_without_shuffling() {
    use ProblemCode::CorrectChoicePosition;
    // The access quiz has two choice questions: add a third, with its correct choice first.
    let third = "[[assessments.questions]]\nid = \"q-third\"\ntype = \"single-choice\"\nchoices = [\"yes\", \"no\"]\ncorrect = [\"yes\"]\n\n[[assessments.questions]]\nid = \"q-non-refoulement\"";
    let question = (
        MANIFEST,
        "[[assessments.questions]]\nid = \"q-non-refoulement\"",
        third,
    );
    let texts = (
        EN,
        "quiz-procedure =",
        "q-third = Third?\nq-third_yes = Yes\nq-third_no = No\nquiz-procedure =",
    );
    let unshuffled = (MANIFEST, "shuffle_choices = true\n", "");
    assert_eq!(
        problems_after(&[question, texts, unshuffled]),
        [(CorrectChoicePosition, MANIFEST.to_owned(), 58)]
    );
    // Shuffled, or with the correct choice elsewhere once, it is fine.
    assert_eq!(problems_after(&[question, texts]), []);
    let varied = (
        MANIFEST,
        "choices = [\"yes\", \"no\"]",
        "choices = [\"no\", \"yes\"]",
    );
    assert_eq!(problems_after(&[question, texts, unshuffled, varied]), []);
}

#[test]
fn a_setting_written_as_a_number() {
    use ProblemCode::SettingAsNumber;
    let in_words = (EN, "} and { $minutes } minutes.", "} and fifteen minutes.");
    let english = problems_after(&[in_words]);
    // The English text now lacks `$minutes`, so the translations differ from it too.
    assert!(
        english.contains(&(SettingAsNumber, EN.to_owned(), 9)),
        "{english:?}"
    );
    let in_digits = (HR, "{ $minutes } minuta", "15 minuta");
    let croatian = problems_after(&[in_digits]);
    assert!(
        croatian.contains(&(SettingAsNumber, HR.to_owned(), 10)),
        "{croatian:?}"
    );
    // A number that is no setting is fine.
    assert_eq!(
        problems_after(&[(
            EN,
            "Answer without preparing:",
            "Answer 4 questions without preparing:"
        )]),
        []
    );
}

#[test]
fn variables_differ_from_english_or_are_never_passed() {
    use ProblemCode::VariableMismatch;
    assert_eq!(
        problems_after(&[(HR, "{ $minutes } minuta", "{ $minute } minuta")]),
        [(VariableMismatch, HR.to_owned(), 5)]
    );
    // English may use only what the assessment passes: the procedure quiz has no time limit.
    assert_eq!(
        problems_after(&[(
            EN,
            "quiz-procedure = Quiz: the procedure",
            "quiz-procedure = Quiz: the procedure\n    .instructions = You have { $minutes } minutes."
        )]),
        [(VariableMismatch, EN.to_owned(), 26)]
    );
    // ... and its settings it may use.
    assert_eq!(
        problems_after(&[(
            EN,
            "quiz-procedure = Quiz: the procedure",
            "quiz-procedure = Quiz: the procedure\n    .instructions = { $questions } questions; { $pass }% to pass."
        )]),
        []
    );
}

#[test]
fn references_to_undefined_messages_and_terms() {
    use ProblemCode::UnknownReference;
    assert_eq!(
        problems_after(&[(
            HR,
            "Kviz: pristup postupku",
            "Kviz: { -postupak } i { pre-year.hint }"
        )]),
        [
            (UnknownReference, HR.to_owned(), 5),
            (UnknownReference, HR.to_owned(), 5)
        ]
    );
    assert_eq!(
        problems_after(&[(
            HR,
            "quiz-access = Kviz: pristup postupku",
            "-postupak = postupak\nquiz-access = Kviz: pristup { -postupak }, { pre-year }"
        )]),
        []
    );
}
