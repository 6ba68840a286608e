//! `[audience]`: the restricted-course fixture loads with its audience, and each malformed
//! audience is reported at its line.

use kampus_content::bundle::SourceTree;
use kampus_content::{ProblemCode, load_path, load_tree};

use crate::fixture;

const AUDIENCE: &str = "[audience]
countries = [\"BA\", \"ME\"]
institutions = [\"0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2d\"]
";

/// A problem's code, line and column.
type Found = (ProblemCode, u32, u32);

/// The problems of the fixture with its audience table replaced.
fn problems_with(audience: &str) -> Vec<Found> {
    let mut tree = SourceTree::read_path(&fixture("restricted-course"));
    let text = String::from_utf8(
        tree.get("course.toml")
            .map(<[u8]>::to_vec)
            .unwrap_or_default(),
    )
    .expect("utf8");
    assert!(text.contains(AUDIENCE), "the fixture's audience changed");
    tree.insert(
        "course.toml",
        text.replacen(AUDIENCE, audience, 1).into_bytes(),
    );
    load_tree(&tree)
        .problems
        .iter()
        .map(|p| (p.code, p.line, p.column))
        .collect()
}

#[test]
fn the_fixture_is_restricted_to_two_countries_and_one_institution() {
    let outcome = load_path(&fixture("restricted-course"));
    assert!(outcome.problems.is_empty(), "{:?}", outcome.problems);
    let course = outcome.course.expect("course");
    let audience = course.course().audience.as_ref().expect("audience");
    assert_eq!(audience.countries, ["BA", "ME"]);
    assert_eq!(
        audience.institutions,
        ["0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2d"]
    );
    assert!(audience.admits("anything", "BA"));
    assert!(audience.admits("0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2d", "RS"));
    assert!(!audience.admits("0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2e", "RS"));
}

#[test]
fn a_course_without_the_table_is_open() {
    assert_eq!(problems_with(""), []);
    let outcome = load_path(&fixture("example-course"));
    assert_eq!(outcome.course.expect("course").course().audience, None);
}

#[test]
fn either_list_alone_is_enough_and_ids_are_stored_in_lower_case() {
    assert_eq!(problems_with("[audience]\ncountries = [\"XK\"]\n"), []);
    let mut tree = SourceTree::read_path(&fixture("restricted-course"));
    let text = String::from_utf8(
        tree.get("course.toml")
            .map(<[u8]>::to_vec)
            .unwrap_or_default(),
    )
    .expect("utf8");
    let upper = "[audience]\ninstitutions = [\"0193A3C2-5E4F-7D2A-B1C0-3E5F7A9B1C2D\"]\n";
    tree.insert(
        "course.toml",
        text.replacen(AUDIENCE, upper, 1).into_bytes(),
    );
    let outcome = load_tree(&tree);
    let audience = outcome.course.expect("course").course().audience.clone();
    let audience = audience.expect("audience");
    assert!(audience.countries.is_empty());
    assert_eq!(
        audience.institutions,
        ["0193a3c2-5e4f-7d2a-b1c0-3e5f7a9b1c2d"]
    );
}

#[test]
fn malformed_audiences_are_reported_where_they_are_written() {
    use ProblemCode::{InvalidAudience, ManifestSyntax};
    // The table starts on line 10 of the fixture.
    let cases: &[(&str, &[Found])] = &[
        (
            "[audience]\ncountries = [\"BA\", \"rs\", \"SRB\", \"B1\"]\n",
            &[
                (InvalidAudience, 11, 20),
                (InvalidAudience, 11, 26),
                (InvalidAudience, 11, 33),
            ],
        ),
        (
            "[audience]\ncountries = [\"BA\", \"ME\", \"BA\"]\n",
            &[(InvalidAudience, 11, 26)],
        ),
        ("[audience]\ncountries = []\n", &[(InvalidAudience, 11, 13)]),
        (
            "[audience]\ncountries = [\"BA\"]\ninstitutions = []\n",
            &[(InvalidAudience, 12, 16)],
        ),
        (
            "[audience]\ninstitutions = [\"mup-rs\"]\n",
            &[(InvalidAudience, 11, 17)],
        ),
        ("[audience]\n", &[(InvalidAudience, 10, 1)]),
        (
            "[audience]\ncountries = [\"BA\"]\ncountry = [\"RS\"]\n",
            &[(ManifestSyntax, 12, 1)],
        ),
        (
            "[audience]\ncountries = \"BA\"\n",
            &[(ManifestSyntax, 11, 13)],
        ),
    ];
    for (audience, expected) in cases {
        let got = problems_with(audience);
        assert_eq!(&got, expected, "{audience}");
    }
}
