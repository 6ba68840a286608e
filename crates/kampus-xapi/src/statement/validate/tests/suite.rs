//! The conformance suite's templates (`test/<version>/templates`), read at test time: every
//! template the suite posts expecting 200 is accepted, every one it posts expecting 400 is
//! refused. A statement template is checked as it is; a fragment (an agent, an activity, a
//! context…) is placed where the suite places it, in `statements/default.json`. When the suite
//! is not checked out next to the workspace, the test says so and passes.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::with;
use crate::statement::validate::statement;
use crate::version::XapiVersion::{self, V1_0_3, V2_0_0};

fn templates(dir: &str) -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/conformance/lrs-conformance-test-suite/test")
        .join(dir)
        .join("templates");
    if root.is_dir() {
        Some(root)
    } else {
        println!(
            "note: {} is absent, the suite's templates are not checked",
            root.display()
        );
        None
    }
}

fn load(root: &Path, name: &str) -> Option<Value> {
    let path = root.join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).ok()?;
    Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// Where a fragment goes, and into which statement template.
fn place(root: &Path, name: &str) -> Option<Value> {
    let fragment = load(root, name)?;
    let (kind, file) = name.split_once('/').expect("kind/file");
    let default = load(root, "statements/default")?;
    Some(match (kind, file) {
        ("statements", _) => fragment,
        ("agents" | "groups", _) => with(default, "/actor", fragment),
        ("activities" | "substatements", _) => with(default, "/object", fragment),
        ("contexts", _) => with(default, "/context", fragment),
        ("results", _) => with(default, "/result", fragment),
        ("verbs", "voided") => with(
            load(root, "statements/object_statementref")?,
            "/verb",
            fragment,
        ),
        ("verbs", _) => with(default, "/verb", fragment),
        _ => panic!("no place for {name}"),
    })
}

const VALID: &[&str] = &[
    "statements/default",
    "statements/attachment",
    "statements/context",
    "statements/context_sans_objectType",
    "statements/object_agent_default",
    "statements/object_group_default",
    "statements/object_statementref",
    "statements/object_substatement_default",
    "statements/result",
    "statements/unicode",
    "statements/voiding",
    "agents/default",
    "agents/mbox",
    "agents/mbox_sha1sum",
    "agents/openid",
    "agents/account",
    "groups/default",
    "groups/anonymous",
    "groups/anonymous_two_member",
    "groups/authority_group",
    "groups/identified_account",
    "groups/identified_account_no_member",
    "groups/identified_mbox",
    "groups/identified_mbox_no_member",
    "groups/identified_mbox_sha1sum",
    "groups/identified_mbox_sha1sum_no_member",
    "groups/identified_openid",
    "groups/identified_openid_no_member",
    "activities/default",
    "activities/choice",
    "activities/fill_in",
    "activities/language_maps_valid_description",
    "activities/language_maps_valid_name",
    "activities/likert",
    "activities/likert_valid_language_map",
    "activities/long_fill_in",
    "activities/matching",
    "activities/matching_language_map",
    "activities/matching_source",
    "activities/matching_target",
    "activities/no_definition",
    "activities/no_extensions",
    "activities/no_languages",
    "activities/no_objectType",
    "activities/numeric",
    "activities/other",
    "activities/performance",
    "activities/sequencing",
    "activities/true_false",
    "substatements/default",
    "substatements/agent_default",
    "substatements/group_default",
    "substatements/activity_definition_name",
    "substatements/activity_definition_description",
    "substatements/interaction_component_valid_language_map",
    "substatements/context",
    "substatements/context_valid_language_map",
    "substatements/result",
    "substatements/statementref",
    "substatements/verb_valid",
    "contexts/default",
    "contexts/no_revision",
    "contexts/no_platform",
    "contexts/no_extensions",
    "contexts/parent",
    "contexts/grouping",
    "contexts/category",
    "contexts/other",
    "contexts/all_activities",
    "results/default",
    "results/no_extensions",
    "verbs/default",
    "verbs/no_display",
    "verbs/voided",
];

/// Valid in 2.0.0 only.
const VALID_2_0: &[&str] = &["contexts/context_agents", "contexts/context_groups"];

const INVALID: &[&str] = &[
    "statements/actor",
    "statements/authority",
    "statements/no_actor",
    "statements/no_object",
    "statements/no_verb",
    "statements/object_activity",
    "statements/object_actor",
    "statements/object_statementref_no_id",
    "statements/object_substatement",
    "statements/verb",
    "agents/account_no_name",
    "agents/account_no_homepage",
    "groups/anonymous_no_member",
    "groups/identified_account_no_homepage",
    "groups/identified_account_no_name",
    "activities/description_invalid",
    "activities/name_invalid",
    "activities/interaction_type_invalid_iri",
    "activities/interaction_type_invalid_numeric",
    "activities/interaction_type_invalid_object",
    "activities/interaction_type_invalid_string",
    "activities/no_id",
    "activities/numeric_name",
    "activities/numeric_description",
    "activities/string_name",
    "activities/string_description",
    "substatements/actor",
    "substatements/agent",
    "substatements/group",
    "substatements/activity",
    "substatements/activity_definition_name_invalid",
    "substatements/activity_definition_description_invalid",
    "substatements/interaction_component_invalid_language_map",
    "substatements/context_invalid_language_map",
    "substatements/no_actor",
    "substatements/no_object",
    "substatements/no_verb",
    "substatements/statementref_no_id",
    "substatements/verb",
    "substatements/verb_invalid",
    "contexts/instructor",
    "contexts/team",
    "contexts/invalid_activity",
    "verbs/no_id",
];

fn check(dir: &str, version: XapiVersion) {
    let Some(root) = templates(dir) else { return };
    let valid_here = VALID
        .iter()
        .chain(if version == V2_0_0 { VALID_2_0 } else { &[] });
    let mut checked = 0;
    for name in valid_here {
        let Some(value) = place(&root, name) else {
            continue;
        };
        if let Err(e) = statement(&value, version) {
            panic!("{dir}/{name} is valid but was refused: {e}");
        }
        checked += 1;
    }
    let invalid_here = INVALID
        .iter()
        .chain(if version == V1_0_3 { VALID_2_0 } else { &[] });
    for name in invalid_here {
        let Some(value) = place(&root, name) else {
            continue;
        };
        assert!(
            statement(&value, version).is_err(),
            "{dir}/{name} is invalid but was accepted"
        );
        checked += 1;
    }
    assert!(
        checked > 100,
        "only {checked} templates found in {}",
        root.display()
    );
}

#[test]
fn the_suite_templates_are_judged_as_the_suite_expects_in_2_0_0() {
    check("v2_0", V2_0_0);
}

#[test]
fn the_suite_templates_are_judged_as_the_suite_expects_in_1_0_3() {
    check("v1_0_3", V1_0_3);
}

#[test]
fn every_template_file_is_classified() {
    for dir in ["v2_0", "v1_0_3"] {
        let Some(root) = templates(dir) else { return };
        for kind in [
            "statements",
            "agents",
            "groups",
            "activities",
            "substatements",
            "contexts",
            "results",
            "verbs",
        ] {
            let Ok(entries) = std::fs::read_dir(root.join(kind)) else {
                continue;
            };
            for entry in entries.flatten() {
                let file = entry.file_name().to_string_lossy().into_owned();
                let Some(stem) = file.strip_suffix(".json") else {
                    continue;
                };
                let name = format!("{kind}/{stem}");
                let known = VALID.contains(&name.as_str())
                    || VALID_2_0.contains(&name.as_str())
                    || INVALID.contains(&name.as_str())
                    || name == "statements/multiple_actor";
                assert!(known, "{dir}/{name} is not classified");
            }
        }
    }
}

/// Every statement the suite's configuration files build (`test/<dir>/configs/*.js`), with the
/// status the suite expects, printed by `suite_cases.js` with the suite's own template merge;
/// `None` (and a note) when node or the suite is absent.
fn config_cases(dir: &str) -> Option<Vec<(String, u16, Value)>> {
    let root = templates(dir)?;
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/statement/validate/tests/suite_cases.js");
    let output = match std::process::Command::new("node")
        .arg(&script)
        .arg(root.parent().expect("the version folder"))
        .output()
    {
        Ok(output) if output.status.success() => output,
        Ok(output) => panic!(
            "{} failed: {}",
            script.display(),
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(e) => {
            println!(
                "note: node is not available ({e}), the suite's configurations are not checked"
            );
            return None;
        }
    };
    let text = String::from_utf8(output.stdout).expect("utf-8");
    let cases = text
        .lines()
        .map(|line| {
            let case: Value = serde_json::from_str(line).expect("a JSON line");
            let name = format!(
                "{} / {}",
                case["file"].as_str().unwrap_or(""),
                case["name"].as_str().unwrap_or("")
            );
            let expect =
                u16::try_from(case["expect"].as_u64().expect("a status")).expect("a status");
            (name, expect, case["statement"].clone())
        })
        .collect();
    Some(cases)
}

fn check_configs(dir: &str, version: XapiVersion) {
    let Some(cases) = config_cases(dir) else {
        return;
    };
    assert!(cases.len() > 500, "only {} cases", cases.len());
    println!("{dir}: {} configured cases", cases.len());
    let mut wrong = Vec::new();
    for (name, expect, value) in &cases {
        match (statement(value, version), expect) {
            (Ok(()), 200 | 204) | (Err(_), 400) => {}
            (Ok(()), _) => wrong.push(format!("{name}: accepted, the suite expects {expect}")),
            (Err(e), _) => wrong.push(format!("{name}: refused ({e}), the suite expects {expect}")),
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases judged unlike the suite:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_configured_suite_case_is_judged_as_the_suite_expects_in_2_0_0() {
    check_configs("v2_0", V2_0_0);
}

#[test]
fn every_configured_suite_case_is_judged_as_the_suite_expects_in_1_0_3() {
    check_configs("v1_0_3", V1_0_3);
}
