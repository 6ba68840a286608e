//! One test per data rule: a statement that follows it is accepted, one that breaks it is
//! refused with the location of the break. Statements start from the conformance suite's
//! `statements/default.json` and change one thing.

use serde_json::{Value, json};

use super::{Invalid, agent, agent_or_identified_group, statement};
use crate::version::XapiVersion::{self, V1_0_3, V2_0_0};

fn base() -> Value {
    json!({
        "actor": {"objectType": "Agent", "name": "xAPI mbox", "mbox": "mailto:xapi@adlnet.gov"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/attended",
                 "display": {"en-GB": "attended", "en-US": "attended"}},
        "object": {"objectType": "Activity", "id": "http://www.example.com/meetings/occurances/34534"}
    })
}

/// `value` with the property at the JSON pointer `pointer` set (created if absent).
fn with(mut value: Value, pointer: &str, new: Value) -> Value {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    match value.pointer_mut(parent).expect("the parent exists") {
        Value::Object(map) => {
            map.insert(key.to_owned(), new);
        }
        Value::Array(items) => items[key.parse::<usize>().expect("an index")] = new,
        _ => panic!("{parent} is not a container"),
    }
    value
}

/// `value` without the property at `pointer`.
fn without(mut value: Value, pointer: &str) -> Value {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    value
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .expect("an object")
        .remove(key);
    value
}

#[track_caller]
fn accepted_in(value: &Value, version: XapiVersion) {
    if let Err(e) = statement(value, version) {
        panic!("refused in {version}: {e}\n{value:#}");
    }
}

#[track_caller]
fn accepted(value: &Value) {
    accepted_in(value, V2_0_0);
    accepted_in(value, V1_0_3);
}

#[track_caller]
fn refused_in(value: &Value, version: XapiVersion, at: &str) -> Invalid {
    match statement(value, version) {
        Ok(()) => panic!("accepted in {version}, expected a refusal at {at}\n{value:#}"),
        Err(e) => {
            assert!(
                e.path.starts_with(at),
                "refused at {} ({}), expected {at}",
                e.path,
                e.message
            );
            e
        }
    }
}

#[track_caller]
fn refused(value: &Value, at: &str) {
    refused_in(value, V2_0_0, at);
    refused_in(value, V1_0_3, at);
}

// ---- the statement --------------------------------------------------------------------------

#[test]
fn the_default_statement_is_accepted() {
    accepted(&base());
}

#[test]
fn a_statement_must_be_an_object() {
    refused(&json!([]), "statement");
    refused(&Value::Null, "statement");
}

#[test]
fn actor_verb_and_object_are_required() {
    for key in ["actor", "verb", "object"] {
        refused(
            &without(base(), &format!("/{key}")),
            &format!("statement.{key}"),
        );
    }
}

#[test]
fn unknown_or_miscased_properties_are_refused() {
    for key in [
        "iD",
        "Actor",
        "veRb",
        "oBject",
        "RESULT",
        "conText",
        "timeStamp",
        "Version",
        "attachmentS",
    ] {
        refused(
            &with(base(), &format!("/{key}"), json!("x")),
            &format!("statement.{key}"),
        );
    }
    refused(
        &with(base(), "/actor/Mbox", json!("mailto:a@b.c")),
        "statement.actor.Mbox",
    );
}

#[test]
fn null_values_are_refused() {
    refused(
        &with(base(), "/actor/name", Value::Null),
        "statement.actor.name",
    );
    refused(
        &with(base(), "/verb/display/en-US", Value::Null),
        "statement.verb.display.en-US",
    );
    refused(&with(base(), "/id", Value::Null), "statement.id");
}

#[test]
fn id_must_be_a_uuid() {
    accepted(&with(
        base(),
        "/id",
        json!("8f87ccde-bb56-4c2e-ab83-44982ef22df0"),
    ));
    accepted(&with(
        base(),
        "/id",
        json!("AA97B177-9383-4934-8543-0F91A7A02836"),
    ));
    for bad in [
        json!("AA97B177-9383-4934-8543-0F91A7A028368"),
        json!("MA97B177-9383-4934-8543-0F91A7A02836"),
        json!(12345),
        json!({"key": "should fail"}),
    ] {
        refused(&with(base(), "/id", bad), "statement.id");
    }
}

#[test]
fn timestamp_must_be_iso_8601_without_negative_zero_offset() {
    accepted(&with(
        base(),
        "/timestamp",
        json!("2008-09-15T15:53:00.601+00:00"),
    ));
    accepted(&with(
        base(),
        "/timestamp",
        json!("2031-12-08T00:11:45.123Z"),
    ));
    accepted(&with(
        base(),
        "/timestamp",
        json!("2023-05-04T12:00:00-05:00"),
    ));
    for bad in [
        "should fail",
        "01/011/2015",
        "2008-09-15T15:53:00.601-00",
        "2008-09-15T15:53:00.601-0000",
        "2008-09-15T15:53:00.601-00:00",
    ] {
        refused(
            &with(base(), "/timestamp", json!(bad)),
            "statement.timestamp",
        );
    }
    refused(
        &with(base(), "/timestamp", json!(12345)),
        "statement.timestamp",
    );
}

#[test]
fn stored_is_accepted_when_a_timestamp() {
    accepted(&with(base(), "/stored", json!("2013-05-18T05:32:34.804Z")));
    refused(
        &with(base(), "/stored", json!("yesterday")),
        "statement.stored",
    );
}

#[test]
fn version_must_be_1_0_x_or_2_0_x_as_the_request_allows() {
    for v in ["1.0", "1.0.0", "1.0.3", "1.0.9"] {
        accepted(&with(base(), "/version", json!(v)));
    }
    accepted_in(&with(base(), "/version", json!("2.0.0")), V2_0_0);
    refused_in(
        &with(base(), "/version", json!("2.0.0")),
        V1_0_3,
        "statement.version",
    );
    for bad in ["should fail", "0.9.9", "1.1.0"] {
        refused(&with(base(), "/version", json!(bad)), "statement.version");
    }
    refused(&with(base(), "/version", json!(1.0)), "statement.version");
}

// ---- actor ----------------------------------------------------------------------------------

#[test]
fn actor_object_type_is_agent_or_group_case_sensitive() {
    accepted(&without(base(), "/actor/objectType"));
    for bad in [
        json!("agent"),
        json!("group"),
        json!(123),
        json!({"key": "value"}),
    ] {
        refused(&with(base(), "/actor/objectType", bad), "statement.actor");
    }
}

#[test]
fn agent_name_must_be_a_string() {
    refused(
        &with(base(), "/actor/name", json!(123)),
        "statement.actor.name",
    );
    refused(
        &with(base(), "/actor/name", json!({"key": "value"})),
        "statement.actor.name",
    );
}

#[test]
fn each_ifi_alone_identifies_an_agent() {
    let agent = |ifi: &str, value: Value| {
        with(
            base(),
            "/actor",
            json!({"objectType": "Agent", "name": "xAPI"}),
        )
        .pipe(|s| with(s, &format!("/actor/{ifi}"), value))
    };
    accepted(&agent("mbox", json!("mailto:xapi@adlnet.gov")));
    accepted(&agent(
        "mbox_sha1sum",
        json!("cd9b00a5611f94eaa7b1661edab976068e364975"),
    ));
    accepted(&agent("openid", json!("http://openid.example.org/12345")));
    accepted(&agent(
        "account",
        json!({"homePage": "http://www.example.com", "name": "xAPI account name"}),
    ));
}

trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}
impl Pipe for Value {}

#[test]
fn agent_without_ifi_is_refused() {
    refused(
        &with(base(), "/actor", json!({"objectType": "Agent"})),
        "statement.actor",
    );
}

#[test]
fn agent_with_two_ifis_is_refused() {
    let two = with(
        base(),
        "/actor/openid",
        json!("http://openid.example.org/12345"),
    );
    refused(&two, "statement.actor");
    let two = with(
        base(),
        "/actor/account",
        json!({"homePage": "http://www.example.com", "name": "n"}),
    );
    refused(&two, "statement.actor");
}

#[test]
fn mbox_without_mailto_is_refused() {
    refused(
        &with(base(), "/actor/mbox", json!("http://should.fail.com")),
        "statement.actor.mbox",
    );
    refused(
        &with(base(), "/actor/mbox", json!("mailto:should.fail.com")),
        "statement.actor.mbox",
    );
    refused(
        &with(base(), "/actor/mbox", json!("xapi@adlnet.gov")),
        "statement.actor.mbox",
    );
}

#[test]
fn mbox_sha1sum_must_be_40_hex_digits() {
    let actor = json!({"mbox_sha1sum": "cd9b00a5611f94eaa7b1661edab976068e364975"});
    accepted(&with(base(), "/actor", actor));
    refused(
        &with(base(), "/actor", json!({"mbox_sha1sum": 123})),
        "statement.actor.mbox_sha1sum",
    );
    refused(
        &with(base(), "/actor", json!({"mbox_sha1sum": "xyz"})),
        "statement.actor.mbox_sha1sum",
    );
}

#[test]
fn openid_without_scheme_is_refused() {
    let actor = json!({"openid": "open.id.com/testUser"});
    refused(&with(base(), "/actor", actor), "statement.actor.openid");
    refused(
        &with(
            base(),
            "/actor",
            json!({"openid": "ab=c://should.fail.com"}),
        ),
        "statement.actor.openid",
    );
}

#[test]
fn account_needs_home_page_irl_and_name() {
    let account = |a: Value| with(base(), "/actor", json!({"account": a}));
    accepted(&account(
        json!({"homePage": "http://www.example.com", "name": "xAPI account name"}),
    ));
    refused(
        &account(json!({"name": "n"})),
        "statement.actor.account.homePage",
    );
    refused(
        &account(json!({"homePage": "http://www.example.com"})),
        "statement.actor.account.name",
    );
    refused(
        &account(json!({"homePage": "homePage.com/testUser", "name": "n"})),
        "statement.actor.account.homePage",
    );
    refused(
        &account(json!({"homePage": "ab=c://should.fail.com", "name": "n"})),
        "statement.actor.account.homePage",
    );
    refused(
        &account(json!({"homePage": "http://www.example.com", "name": {"key": "value"}})),
        "statement.actor.account.name",
    );
    refused(
        &account(json!({"homePage": "http://www.example.com", "name": "n", "other": 1})),
        "statement.actor.account.other",
    );
}

#[test]
fn identified_groups_are_accepted_with_or_without_members() {
    let member =
        json!([{"objectType": "Agent", "name": "xAPI mbox", "mbox": "mailto:xapi@adlnet.gov"}]);
    for (ifi, value) in [
        ("mbox", json!("mailto:xapi@adlnet.gov")),
        (
            "mbox_sha1sum",
            json!("cd9b00a5611f94eaa7b1661edab976068e364975"),
        ),
        ("openid", json!("http://openid.example.org/12345")),
        (
            "account",
            json!({"homePage": "http://www.example.com", "name": "xAPI account name"}),
        ),
    ] {
        let group = with(
            json!({"objectType": "Group", "name": "Group Identified"}),
            &format!("/{ifi}"),
            value,
        );
        accepted(&with(base(), "/actor", group.clone()));
        accepted(&with(
            base(),
            "/actor",
            with(group, "/member", member.clone()),
        ));
    }
}

#[test]
fn identified_group_with_two_ifis_is_refused() {
    let group = json!({"objectType": "Group", "mbox": "mailto:xapi@adlnet.gov", "openid": "http://openid.example.org/12345"});
    refused(&with(base(), "/actor", group), "statement.actor");
}

#[test]
fn anonymous_group_needs_member() {
    refused(
        &with(
            base(),
            "/actor",
            json!({"objectType": "Group", "name": "Group Anonymous"}),
        ),
        "statement.actor.member",
    );
    refused(
        &with(
            base(),
            "/actor",
            json!({"objectType": "Group", "member": []}),
        ),
        "statement.actor.member",
    );
    accepted(&with(
        base(),
        "/actor",
        json!({"objectType": "Group", "member": [{"mbox": "mailto:a@example.com"}]}),
    ));
}

#[test]
fn group_member_must_be_an_array_of_agents() {
    let agent = json!({"objectType": "Agent", "mbox": "mailto:a@example.com"});
    refused(
        &with(
            base(),
            "/actor",
            json!({"objectType": "Group", "mbox": "mailto:g@example.com", "member": agent}),
        ),
        "statement.actor.member",
    );
    let group_member = json!({"objectType": "Group", "mbox": "mailto:h@example.com"});
    refused(
        &with(
            base(),
            "/actor",
            json!({"objectType": "Group", "member": [group_member]}),
        ),
        "statement.actor.member[0]",
    );
    refused(
        &with(
            base(),
            "/actor",
            json!({"objectType": "Group", "member": [{"name": "no ifi"}]}),
        ),
        "statement.actor.member[0]",
    );
}

// ---- verb -----------------------------------------------------------------------------------

#[test]
fn verb_needs_an_iri_id() {
    refused(&without(base(), "/verb/id"), "statement.verb.id");
    refused(
        &with(
            base(),
            "/verb/id",
            json!("adlnet.gov/expapi/verbs/attended"),
        ),
        "statement.verb.id",
    );
    refused(
        &with(base(), "/verb/id", json!("ab=c://should.fail.com")),
        "statement.verb.id",
    );
    accepted(&without(base(), "/verb/display"));
}

#[test]
fn verb_display_must_be_a_language_map() {
    refused(
        &with(base(), "/verb/display", json!(12345)),
        "statement.verb.display",
    );
    refused(
        &with(base(), "/verb/display", json!("a12345 attended")),
        "statement.verb.display",
    );
    refused(
        &with(
            base(),
            "/verb/display",
            json!({"a12345678": "should error"}),
        ),
        "statement.verb.display.a12345678",
    );
    refused(
        &with(base(), "/verb/display", json!({"something": "besucht"})),
        "statement.verb.display.something",
    );
    refused(
        &with(base(), "/verb/display", json!({"en": 1})),
        "statement.verb.display.en",
    );
    accepted(&with(base(), "/verb/display", json!({"de": "besucht"})));
    accepted(&with(
        base(),
        "/verb/display",
        json!({"sr-Cyrl": "пријавио", "zh-Hans-CN": "x"}),
    ));
}

// ---- object ---------------------------------------------------------------------------------

#[test]
fn object_type_must_be_a_known_one_case_sensitive() {
    for bad in [
        "activity",
        "agent",
        "group",
        "statementref",
        "substatement",
        "Person",
    ] {
        refused(
            &with(base(), "/object/objectType", json!(bad)),
            "statement.object",
        );
    }
}

#[test]
fn activity_without_object_type_is_accepted() {
    accepted(&without(base(), "/object/objectType"));
}

#[test]
fn activity_id_must_be_an_iri() {
    refused(&without(base(), "/object/id"), "statement.object.id");
    refused(
        &with(
            base(),
            "/object/id",
            json!("www.example.com/meetings/occurances/34534"),
        ),
        "statement.object.id",
    );
    refused(
        &with(base(), "/object/id", json!(12345)),
        "statement.object.id",
    );
}

#[test]
fn activity_definition_must_be_an_object() {
    refused(
        &with(base(), "/object/definition", json!("should error")),
        "statement.object.definition",
    );
    accepted(&with(base(), "/object/definition", json!({})));
}

#[test]
fn definition_name_and_description_are_language_maps() {
    for key in ["name", "description"] {
        let def = |map: Value| with(base(), "/object/definition", json!({key: map}));
        let at = format!("statement.object.definition.{key}");
        accepted(&def(json!({"en-US": "x", "de-DE": "y", "zh-Hant": "z"})));
        refused(&def(json!(1234)), &at);
        refused(&def(json!("not a map")), &at);
        refused(&def(json!({"en-something-AU": "x"})), &at);
    }
}

#[test]
fn definition_type_and_more_info_are_iris() {
    let b = with(base(), "/object/definition", json!({}));
    accepted(&with(
        b.clone(),
        "/object/definition/type",
        json!("http://adlnet.gov/expapi/activities/meeting"),
    ));
    refused(
        &with(
            b.clone(),
            "/object/definition/type",
            json!("adlnet.gov/expapi/activities/meeting"),
        ),
        "statement.object.definition.type",
    );
    accepted(&with(
        b.clone(),
        "/object/definition/moreInfo",
        json!("http://virtualmeeting.example.com/345256"),
    ));
    refused(
        &with(
            b.clone(),
            "/object/definition/moreInfo",
            json!("virtualmeeting.example.com/345256"),
        ),
        "statement.object.definition.moreInfo",
    );
    refused(
        &with(b, "/object/definition/moreInfo", Value::Null),
        "statement.object.definition.moreInfo",
    );
}

#[test]
fn interaction_type_must_be_a_known_value_case_sensitive() {
    let def = |t: Value| {
        with(
            base(),
            "/object/definition",
            json!({"interactionType": t, "correctResponsesPattern": ["x"]}),
        )
    };
    for good in [
        "true-false",
        "fill-in",
        "long-fill-in",
        "numeric",
        "other",
        "choice",
        "sequencing",
        "likert",
        "matching",
        "performance",
    ] {
        accepted(&def(json!(good)));
    }
    for bad in [
        json!("true-faLse"),
        json!("Other"),
        json!("ab=c://should.fail.com"),
        json!(12345),
        json!({"test": "value"}),
        json!("should error"),
    ] {
        refused(&def(bad), "statement.object.definition.interactionType");
    }
}

#[test]
fn correct_responses_pattern_needs_interaction_type_and_strings() {
    refused(
        &with(
            base(),
            "/object/definition",
            json!({"correctResponsesPattern": ["x"]}),
        ),
        "statement.object.definition.correctResponsesPattern",
    );
    refused(
        &with(
            base(),
            "/object/definition",
            json!({"interactionType": "other", "correctResponsesPattern": "x"}),
        ),
        "statement.object.definition.correctResponsesPattern",
    );
    refused(
        &with(
            base(),
            "/object/definition",
            json!({"interactionType": "other", "correctResponsesPattern": [1]}),
        ),
        "statement.object.definition.correctResponsesPattern[0]",
    );
    accepted(&with(
        base(),
        "/object/definition",
        json!({"interactionType": "other", "correctResponsesPattern": []}),
    ));
}

#[test]
fn component_lists_need_interaction_type() {
    for list in ["choices", "scale", "source", "target", "steps"] {
        let def = with(json!({}), &format!("/{list}"), json!([{"id": "a"}]));
        refused(
            &with(base(), "/object/definition", def),
            &format!("statement.object.definition.{list}"),
        );
    }
}

#[test]
fn component_lists_belong_to_their_interaction_types() {
    let comp = json!([{"id": "a", "description": {"en-US": "A"}}, {"id": "b"}]);
    for (kind, list) in [
        ("choice", "choices"),
        ("sequencing", "choices"),
        ("likert", "scale"),
        ("matching", "source"),
        ("matching", "target"),
        ("performance", "steps"),
    ] {
        let def = with(
            json!({"interactionType": kind}),
            &format!("/{list}"),
            comp.clone(),
        );
        accepted(&with(base(), "/object/definition", def));
    }
    for (kind, list) in [
        ("true-false", "choices"),
        ("choice", "scale"),
        ("likert", "steps"),
        ("fill-in", "source"),
    ] {
        let def = with(
            json!({"interactionType": kind}),
            &format!("/{list}"),
            comp.clone(),
        );
        refused(
            &with(base(), "/object/definition", def),
            &format!("statement.object.definition.{list}"),
        );
    }
}

#[test]
fn interaction_components_need_a_distinct_id_and_a_language_map() {
    let def = |c: Value| {
        with(
            base(),
            "/object/definition",
            json!({"interactionType": "choice", "choices": c}),
        )
    };
    refused(
        &def(json!([{"description": {"en": "x"}}])),
        "statement.object.definition.choices[0].id",
    );
    refused(
        &def(json!([{"id": 1}])),
        "statement.object.definition.choices[0].id",
    );
    refused(
        &def(json!([{"id": "a"}, {"id": "a"}])),
        "statement.object.definition.choices[1].id",
    );
    refused(
        &def(json!([{"id": "a", "description": {"something": "x"}}])),
        "statement.object.definition.choices[0].description",
    );
    refused(
        &def(json!([{"id": "a", "other": 1}])),
        "statement.object.definition.choices[0].other",
    );
    refused(
        &def(json!({"id": "a"})),
        "statement.object.definition.choices",
    );
}

#[test]
fn extension_keys_must_be_iris_and_values_may_be_anything() {
    for value in [
        json!(true),
        json!(12345),
        json!({"key": "valid"}),
        json!("valid"),
        json!(""),
        json!({}),
        Value::Null,
    ] {
        let ext = json!({"http://example.com/ex": value});
        accepted(&with(
            base(),
            "/object/definition",
            json!({"extensions": ext.clone()}),
        ));
        accepted(&with(base(), "/result", json!({"extensions": ext.clone()})));
        accepted(&with(base(), "/context", json!({"extensions": ext})));
    }
    accepted(&with(base(), "/result", json!({"extensions": {}})));
    refused(
        &with(
            base(),
            "/object/definition",
            json!({"extensions": {"should fail": true}}),
        ),
        "statement.object.definition.extensions",
    );
    refused(
        &with(
            base(),
            "/result",
            json!({"extensions": {"should fail": true}}),
        ),
        "statement.result.extensions",
    );
    refused(
        &with(
            base(),
            "/context",
            json!({"extensions": {"should fail": true}}),
        ),
        "statement.context.extensions",
    );
    refused(
        &with(base(), "/result", json!({"extensions": "should fail"})),
        "statement.result.extensions",
    );
    refused(
        &with(
            base(),
            "/object/definition",
            json!({"extensions": {"id": "valid", "description": {"en-US": "valid"}}}),
        ),
        "statement.object.definition.extensions.description",
    );
}

#[test]
fn agent_or_group_as_object_needs_object_type() {
    refused(
        &with(base(), "/object", json!({"mbox": "mailto:a@example.com"})),
        "statement.object",
    );
    accepted(&with(
        base(),
        "/object",
        json!({"objectType": "Agent", "mbox": "mailto:a@example.com"}),
    ));
    accepted(&with(
        base(),
        "/object",
        json!({"objectType": "Group", "name": "G", "mbox": "mailto:g@example.com"}),
    ));
    refused(
        &with(base(), "/object", json!({"objectType": "Agent"})),
        "statement.object",
    );
}

#[test]
fn statement_ref_needs_a_uuid_id() {
    let sref = json!({"objectType": "StatementRef", "id": "8f87ccde-bb56-4c2e-ab83-44982ef22df0"});
    accepted(&with(base(), "/object", sref.clone()));
    refused(
        &with(base(), "/object", without(sref.clone(), "/id")),
        "statement.object.id",
    );
    refused(
        &with(
            base(),
            "/object",
            with(sref.clone(), "/id", json!("should fail")),
        ),
        "statement.object.id",
    );
    refused(
        &with(base(), "/object", with(sref, "/definition", json!({}))),
        "statement.object.definition",
    );
}

fn substatement() -> Value {
    json!({
        "objectType": "SubStatement",
        "actor": {"objectType": "Agent", "mbox_sha1sum": "cd9b00a5611f94eaa7b1661edab976068e364975"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/reported", "display": {"en-US": "reported"}},
        "object": {"objectType": "Activity", "id": "http://www.example.com/meetings/occurances/34534"}
    })
}

#[test]
fn substatement_follows_statement_rules() {
    accepted(&with(base(), "/object", substatement()));
    accepted(&with(
        base(),
        "/object",
        with(
            substatement(),
            "/timestamp",
            json!("2013-05-18T05:32:34.804Z"),
        ),
    ));
    for key in ["actor", "verb", "object"] {
        refused(
            &with(
                base(),
                "/object",
                without(substatement(), &format!("/{key}")),
            ),
            &format!("statement.object.{key}"),
        );
    }
    refused(
        &with(
            base(),
            "/object",
            with(substatement(), "/actor", json!({"objectType": "agent"})),
        ),
        "statement.object.actor",
    );
    refused(
        &with(
            base(),
            "/object",
            with(substatement(), "/timestamp", json!("should fail")),
        ),
        "statement.object.timestamp",
    );
    refused(
        &with(
            base(),
            "/object",
            with(substatement(), "/verb/display", json!({"s-something": "x"})),
        ),
        "statement.object.verb.display",
    );
}

#[test]
fn substatement_cannot_have_id_stored_version_or_authority() {
    for (key, value) in [
        ("id", json!("8f87ccde-bb56-4c2e-ab83-44982ef22df0")),
        ("stored", json!("2013-05-18T05:32:34.804Z")),
        ("version", json!("1.0.0")),
        ("authority", json!({"mbox": "mailto:a@example.com"})),
    ] {
        refused(
            &with(
                base(),
                "/object",
                with(substatement(), &format!("/{key}"), value),
            ),
            &format!("statement.object.{key}"),
        );
    }
}

#[test]
fn substatement_cannot_nest_a_substatement() {
    let nested = with(substatement(), "/object", substatement());
    refused(&with(base(), "/object", nested), "statement.object.object");
}

#[test]
fn voided_verb_requires_a_statement_ref() {
    let voiding = with(
        base(),
        "/verb",
        json!({"id": "http://adlnet.gov/expapi/verbs/voided", "display": {"en-US": "voided"}}),
    );
    refused(&voiding, "statement.object");
    accepted(&with(
        voiding,
        "/object",
        json!({"objectType": "StatementRef", "id": "8f87ccde-bb56-4c2e-ab83-44982ef22df0"}),
    ));
}

// ---- result ---------------------------------------------------------------------------------

fn result() -> Value {
    json!({"score": {"scaled": 0.95, "raw": 95, "min": 0, "max": 100}, "success": true,
           "completion": true, "response": "We agreed on some example actions.", "duration": "PT1H0M0S"})
}

#[test]
fn the_default_result_is_accepted() {
    accepted(&with(base(), "/result", result()));
    accepted(&with(base(), "/result", json!({})));
}

#[test]
fn success_and_completion_are_booleans() {
    for key in ["success", "completion"] {
        for bad in [
            json!("true"),
            json!("false"),
            json!(12345),
            json!({"key": "invalid"}),
        ] {
            refused(
                &with(base(), "/result", with(result(), &format!("/{key}"), bad)),
                &format!("statement.result.{key}"),
            );
        }
    }
}

#[test]
fn response_is_a_string() {
    refused(
        &with(base(), "/result", with(result(), "/response", json!(12345))),
        "statement.result.response",
    );
}

#[test]
fn duration_is_iso_8601() {
    for good in [
        "PT4H35M59.14S",
        "P3Y1M29DT4H35M59.14S",
        "P4W",
        "P1DT12H36M0.12567S",
    ] {
        accepted(&with(
            base(),
            "/result",
            with(result(), "/duration", json!(good)),
        ));
    }
    for bad in [
        json!("PA1H0M0S"),
        json!("P4W1D"),
        json!("should fail"),
        json!(12345),
        json!({"key": "invalid"}),
    ] {
        refused(
            &with(base(), "/result", with(result(), "/duration", bad)),
            "statement.result.duration",
        );
    }
}

#[test]
fn score_is_an_object_with_consistent_numbers() {
    let score = |s: Value| with(base(), "/result", json!({"score": s}));
    accepted(&score(json!({"scaled": 0.676_767_6})));
    accepted(&score(json!({"scaled": 1.0})));
    accepted(&score(json!({"scaled": -1})));
    accepted(&score(json!({"raw": 100.676_767_6, "min": 0, "max": 101})));
    refused(&score(json!(12345)), "statement.result.score");
    refused(
        &score(json!({"scaled": 1.01})),
        "statement.result.score.scaled",
    );
    refused(
        &score(json!({"scaled": -1.01})),
        "statement.result.score.scaled",
    );
    refused(
        &score(json!({"raw": 101, "max": 100})),
        "statement.result.score.raw",
    );
    refused(
        &score(json!({"raw": -1, "min": 0})),
        "statement.result.score.raw",
    );
    refused(
        &score(json!({"min": 5, "max": 4})),
        "statement.result.score.max",
    );
    refused(
        &score(json!({"min": 5, "max": 5})),
        "statement.result.score.max",
    );
    refused(&score(json!({"raw": "5"})), "statement.result.score.raw");
    refused(
        &score(json!({"percent": 5})),
        "statement.result.score.percent",
    );
}

// ---- context --------------------------------------------------------------------------------

fn context() -> Value {
    json!({
        "registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
        "revision": "rev_10_3_2",
        "platform": "Example virtual meeting software",
        "language": "tlh",
        "statement": {"objectType": "StatementRef", "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee"},
        "extensions": {"http://example.com/profiles/meetings/contextextensions/airspeed": "600mph"}
    })
}

fn in_context(pointer: &str, value: Value) -> Value {
    with(base(), "/context", with(context(), pointer, value))
}

#[test]
fn the_default_context_is_accepted() {
    accepted(&with(base(), "/context", context()));
    accepted(&with(base(), "/context", json!({})));
}

#[test]
fn registration_is_a_uuid() {
    for bad in [
        json!({"key": "should fail"}),
        json!("should fail"),
        json!(12345),
        json!("AA97B177-9383-4934-8543-0F91A7A028368"),
    ] {
        refused(
            &in_context("/registration", bad),
            "statement.context.registration",
        );
    }
    refused(
        &in_context("/registration", Value::Null),
        "statement.context.registration",
    );
}

#[test]
fn instructor_is_an_agent_or_group() {
    accepted(&in_context(
        "/instructor",
        json!({"mbox": "mailto:i@example.com"}),
    ));
    accepted(&in_context(
        "/instructor",
        json!({"objectType": "Group", "openid": "http://openid.example.org/1"}),
    ));
    for bad in [
        json!({"key": "should fail"}),
        json!("should fail"),
        json!({"objectType": "agent", "mbox": "mailto:i@example.com"}),
    ] {
        refused(
            &in_context("/instructor", bad),
            "statement.context.instructor",
        );
    }
}

#[test]
fn team_is_a_group() {
    accepted(&in_context(
        "/team",
        json!({"objectType": "Group", "mbox": "mailto:t@example.com"}),
    ));
    for bad in [
        json!({"objectType": "Agent", "mbox": "mailto:t@example.com"}),
        json!({"mbox": "mailto:t@example.com"}),
        json!("should fail"),
    ] {
        refused(&in_context("/team", bad), "statement.context.team");
    }
}

#[test]
fn context_activities_are_an_activity_or_an_array_of_them() {
    let act =
        json!({"objectType": "Activity", "id": "http://www.example.com/meetings/occurances/34534"});
    for key in ["parent", "grouping", "category", "other"] {
        accepted(&in_context("/contextActivities", json!({key: act.clone()})));
        accepted(&with(
            base(),
            "/context",
            json!({"contextActivities": {key: [act.clone(), {"id": "http://example.com/2"}]}}),
        ));
        refused(
            &with(
                base(),
                "/context",
                json!({"contextActivities": {key: {"key": "should fail"}}}),
            ),
            &format!("statement.context.contextActivities.{key}"),
        );
        refused(
            &with(
                base(),
                "/context",
                json!({"contextActivities": {key: [{"key": "should fail"}]}}),
            ),
            &format!("statement.context.contextActivities.{key}[0]"),
        );
    }
    refused(
        &with(
            base(),
            "/context",
            json!({"contextActivities": {"consequences": act}}),
        ),
        "statement.context.contextActivities.consequences",
    );
    refused(
        &with(
            base(),
            "/context",
            json!({"contextActivities": "should fail"}),
        ),
        "statement.context.contextActivities",
    );
}

#[test]
fn revision_and_platform_are_strings_only_for_activities() {
    for key in ["revision", "platform"] {
        for bad in [json!(12345), json!({"key": "should fail"})] {
            refused(
                &in_context(&format!("/{key}"), bad),
                &format!("statement.context.{key}"),
            );
        }
        let ctx = with(json!({}), &format!("/{key}"), json!("x"));
        accepted(&with(
            without(base(), "/object/objectType"),
            "/context",
            ctx.clone(),
        ));
        for object in [
            json!({"objectType": "Agent", "mbox": "mailto:a@example.com"}),
            json!({"objectType": "Group", "mbox": "mailto:g@example.com"}),
            json!({"objectType": "StatementRef", "id": "8f87ccde-bb56-4c2e-ab83-44982ef22df0"}),
        ] {
            let s = with(with(base(), "/object", object), "/context", ctx.clone());
            refused(&s, &format!("statement.context.{key}"));
        }
    }
}

#[test]
fn context_language_is_a_language_tag() {
    accepted(&in_context("/language", json!("cmn")));
    accepted(&in_context("/language", json!("fr-CA")));
    for bad in [
        json!("something"),
        json!(12345),
        json!({"key": "should fail"}),
    ] {
        refused(&in_context("/language", bad), "statement.context.language");
    }
}

#[test]
fn context_statement_is_a_statement_ref() {
    refused(
        &in_context(
            "/statement",
            json!({"objectType": "statementref", "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee"}),
        ),
        "statement.context.statement",
    );
    refused(
        &in_context(
            "/statement",
            json!({"objectType": "StatementRef", "id": "should fail"}),
        ),
        "statement.context.statement.id",
    );
    refused(
        &in_context(
            "/statement",
            json!({"objectType": "StatementRef", "id": 12345}),
        ),
        "statement.context.statement.id",
    );
}

#[test]
fn context_agents_are_2_0_only_and_well_formed() {
    let agents = json!({"contextAgents": [{"objectType": "contextAgent",
        "agent": {"objectType": "Agent", "mbox": "mailto:player-1@example.com"},
        "relevantTypes": ["https://example.com/xapi/activity-types/personnel/player"]}]});
    accepted_in(&with(base(), "/context", agents.clone()), V2_0_0);
    refused_in(
        &with(base(), "/context", agents.clone()),
        V1_0_3,
        "statement.context.contextAgents",
    );
    let broken = |pointer: &str, value: Value| {
        with(base(), "/context", with(agents.clone(), pointer, value))
    };
    refused_in(
        &broken("/contextAgents/0/objectType", json!("Should fail")),
        V2_0_0,
        "statement.context.contextAgents[0].objectType",
    );
    refused_in(
        &broken("/contextAgents/0/agent", json!({"key": "Should fail"})),
        V2_0_0,
        "statement.context.contextAgents[0].agent",
    );
    refused_in(
        &broken("/contextAgents/0/relevantTypes", json!([])),
        V2_0_0,
        "statement.context.contextAgents[0].relevantTypes",
    );
    refused_in(
        &broken("/contextAgents/0/relevantTypes", json!(["abc"])),
        V2_0_0,
        "statement.context.contextAgents[0].relevantTypes[0]",
    );
    refused_in(
        &broken("/contextAgents", json!({})),
        V2_0_0,
        "statement.context.contextAgents",
    );
    accepted_in(
        &with(
            base(),
            "/context",
            without(agents, "/contextAgents/0/relevantTypes"),
        ),
        V2_0_0,
    );
}

#[test]
fn context_groups_are_2_0_only_and_well_formed() {
    let groups = json!({"contextGroups": [{"objectType": "contextGroup",
        "group": {"objectType": "Group", "mbox": "mailto:team-1@example.com",
                  "member": [{"objectType": "Agent", "mbox": "mailto:player-1@example.com"}]},
        "relevantTypes": ["https://example.com/xapi/activity-types/team/a"]}]});
    accepted_in(&with(base(), "/context", groups.clone()), V2_0_0);
    refused_in(
        &with(base(), "/context", groups.clone()),
        V1_0_3,
        "statement.context.contextGroups",
    );
    let broken = |pointer: &str, value: Value| {
        with(base(), "/context", with(groups.clone(), pointer, value))
    };
    refused_in(
        &broken("/contextGroups/0/objectType", json!("Should fail")),
        V2_0_0,
        "statement.context.contextGroups[0].objectType",
    );
    refused_in(
        &broken("/contextGroups/0/group", json!({"key": "Should fail"})),
        V2_0_0,
        "statement.context.contextGroups[0].group",
    );
    refused_in(
        &broken(
            "/contextGroups/0/group",
            json!({"objectType": "Agent", "mbox": "mailto:a@example.com"}),
        ),
        V2_0_0,
        "statement.context.contextGroups[0].group",
    );
    refused_in(
        &broken("/contextGroups/0/relevantTypes", json!([])),
        V2_0_0,
        "statement.context.contextGroups[0].relevantTypes",
    );
    refused_in(
        &broken("/contextGroups/0/relevantTypes", json!(["abc"])),
        V2_0_0,
        "statement.context.contextGroups[0].relevantTypes[0]",
    );
    refused_in(
        &broken("/contextGroups/0/member", json!([])),
        V2_0_0,
        "statement.context.contextGroups[0].member",
    );
}

// ---- authority ------------------------------------------------------------------------------

#[test]
fn authority_is_an_agent_or_an_anonymous_group_of_two() {
    accepted(&with(
        base(),
        "/authority",
        json!({"objectType": "Agent", "mbox": "mailto:a@example.com"}),
    ));
    let two = json!({"objectType": "Group", "member": [
        {"account": {"homePage": "http://example.com/xAPI/OAuth/Token", "name": "oauth_consumer_x75db"}},
        {"mbox": "mailto:bob@example.com"}]});
    accepted(&with(base(), "/authority", two.clone()));
    refused(
        &with(
            base(),
            "/authority",
            with(two.clone(), "/mbox", json!("mailto:g@example.com")),
        ),
        "statement.authority",
    );
    refused(
        &with(
            base(),
            "/authority",
            with(
                two.clone(),
                "/member",
                json!([{"mbox": "mailto:bob@example.com"}]),
            ),
        ),
        "statement.authority.member",
    );
    let three = json!([{"mbox": "mailto:a@example.com"}, {"mbox": "mailto:b@example.com"}, {"mbox": "mailto:c@example.com"}]);
    refused(
        &with(base(), "/authority", with(two, "/member", three)),
        "statement.authority.member",
    );
    refused(
        &with(
            base(),
            "/authority",
            json!({"objectType": "agent", "mbox": "mailto:a@example.com"}),
        ),
        "statement.authority",
    );
}

// ---- attachments ----------------------------------------------------------------------------

fn attachment() -> Value {
    json!({
        "usageType": "http://example.com/attachment-usage/test",
        "display": {"en-US": "A test attachment"},
        "description": {"en-US": "A test attachment (description)"},
        "contentType": "text/plain; charset=ascii",
        "length": 27,
        "sha2": "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a",
        "fileUrl": "http://over.there.com/file.txt"
    })
}

fn with_attachment(pointer: &str, value: Value) -> Value {
    with(
        base(),
        "/attachments",
        json!([with(attachment(), pointer, value)]),
    )
}

#[test]
fn attachments_are_an_array_of_attachment_objects() {
    accepted(&with(base(), "/attachments", json!([attachment()])));
    accepted(&with(base(), "/attachments", json!([])));
    accepted(&with(
        base(),
        "/attachments",
        json!([without(attachment(), "/fileUrl")]),
    ));
    refused(
        &with(base(), "/attachments", attachment()),
        "statement.attachments",
    );
    refused(
        &with(base(), "/attachments", json!([12345])),
        "statement.attachments[0]",
    );
    refused(
        &with(base(), "/attachments", json!(["should fail"])),
        "statement.attachments[0]",
    );
}

#[test]
fn attachment_properties_have_their_types() {
    refused(
        &with_attachment("/usageType", json!("should fail")),
        "statement.attachments[0].usageType",
    );
    refused(
        &with_attachment("/contentType", json!(12345)),
        "statement.attachments[0].contentType",
    );
    refused(
        &with_attachment("/length", json!("should fail")),
        "statement.attachments[0].length",
    );
    refused(
        &with_attachment("/length", json!(1.5)),
        "statement.attachments[0].length",
    );
    refused(
        &with_attachment("/sha2", json!(12345)),
        "statement.attachments[0].sha2",
    );
    refused(
        &with_attachment("/fileUrl", json!("should fail")),
        "statement.attachments[0].fileUrl",
    );
    refused(
        &with_attachment("/display", json!(12345)),
        "statement.attachments[0].display",
    );
    refused(
        &with_attachment("/display", json!({"something": "x"})),
        "statement.attachments[0].display",
    );
    refused(
        &with_attachment("/description", json!("x")),
        "statement.attachments[0].description",
    );
    accepted(&with_attachment(
        "/description",
        json!({"en-US": "d", "es-MX": "Un accesorio"}),
    ));
    for key in ["usageType", "display", "contentType", "length", "sha2"] {
        refused(
            &with(
                base(),
                "/attachments",
                json!([without(attachment(), &format!("/{key}"))]),
            ),
            &format!("statement.attachments[0].{key}"),
        );
    }
}

// ---- the public helpers -----------------------------------------------------------------------

#[test]
fn agent_parameter_must_be_an_agent() {
    assert!(agent(&json!({"mbox": "mailto:a@example.com"}), V2_0_0).is_ok());
    assert!(
        agent(
            &json!({"objectType": "Agent", "account": {"homePage": "http://h", "name": "n"}}),
            V1_0_3
        )
        .is_ok()
    );
    assert!(
        agent(
            &json!({"objectType": "Group", "mbox": "mailto:g@example.com"}),
            V2_0_0
        )
        .is_err()
    );
    assert!(agent(&json!({"name": "no ifi"}), V2_0_0).is_err());
    assert!(agent(&json!("mailto:a@example.com"), V2_0_0).is_err());
}

#[test]
fn statements_agent_filter_takes_an_agent_or_identified_group() {
    assert!(agent_or_identified_group(&json!({"mbox": "mailto:a@example.com"}), V2_0_0).is_ok());
    assert!(
        agent_or_identified_group(
            &json!({"objectType": "Group", "mbox": "mailto:g@example.com"}),
            V2_0_0
        )
        .is_ok()
    );
    let anonymous = json!({"objectType": "Group", "member": [{"mbox": "mailto:a@example.com"}]});
    assert!(agent_or_identified_group(&anonymous, V2_0_0).is_err());
}

#[test]
fn errors_name_the_place_and_the_rule() {
    let e = statement(
        &with(base(), "/actor/mbox", json!("xapi@adlnet.gov")),
        V2_0_0,
    )
    .expect_err("refused");
    assert_eq!(
        e.to_string(),
        "statement.actor.mbox: must be a \"mailto:\" IRI of an email address"
    );
}

// ---- properties over every place of a rich statement --------------------------------------

/// A statement that uses every part of the data model at least once.
fn rich() -> Value {
    let definition = json!({
        "name": {"en-US": "Choice"}, "description": {"en-US": "Pick one"},
        "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
        "moreInfo": "http://example.com/more", "interactionType": "choice",
        "correctResponsesPattern": ["a"],
        "choices": [{"id": "a", "description": {"en-US": "A"}}, {"id": "b"}],
        "extensions": {"http://example.com/ext": {"nested": [1, null, {"deep": true}]}}
    });
    json!({
        "id": "8f87ccde-bb56-4c2e-ab83-44982ef22df0",
        "actor": {"objectType": "Group", "name": "G", "account": {"homePage": "http://example.com", "name": "g"},
                  "member": [{"objectType": "Agent", "mbox": "mailto:a@example.com"}]},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
        "object": {
            "objectType": "SubStatement",
            "actor": {"openid": "http://openid.example.org/1"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
            "object": {"objectType": "Activity", "id": "http://example.com/q1", "definition": definition},
            "result": {"success": true, "extensions": {"http://example.com/r": "x"}},
            "context": {"registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7", "platform": "Kampus"},
            "timestamp": "2024-01-01T00:00:00Z"
        },
        "result": {"score": {"scaled": 0.5, "raw": 5, "min": 0, "max": 10}, "success": true,
                   "completion": false, "response": "a", "duration": "PT1M",
                   "extensions": {"http://example.com/r": {"k": "v"}}},
        "context": {
            "registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
            "instructor": {"mbox_sha1sum": "cd9b00a5611f94eaa7b1661edab976068e364975"},
            "team": {"objectType": "Group", "mbox": "mailto:team@example.com"},
            "contextActivities": {"parent": [{"id": "http://example.com/course"}],
                                  "category": {"objectType": "Activity", "id": "http://example.com/cat"}},
            "language": "en-US",
            "statement": {"objectType": "StatementRef", "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee"},
            "extensions": {"http://example.com/c": 1},
            "contextAgents": [{"objectType": "contextAgent", "agent": {"mbox": "mailto:p@example.com"},
                               "relevantTypes": ["http://example.com/player"]}],
            "contextGroups": [{"objectType": "contextGroup",
                               "group": {"objectType": "Group", "member": [{"mbox": "mailto:q@example.com"}]}}]
        },
        "timestamp": "2024-01-01T00:00:00.123+02:00",
        "stored": "2024-01-01T00:00:01Z",
        "authority": {"objectType": "Group", "member": [
            {"account": {"homePage": "http://example.com/oauth", "name": "app"}},
            {"mbox": "mailto:user@example.com"}]},
        "version": "2.0.0",
        "attachments": [{"usageType": "http://example.com/usage", "display": {"en-US": "file"},
                         "contentType": "text/plain", "length": 3, "sha2": "abc0", "fileUrl": "http://example.com/f"}]
    })
}

/// Every JSON pointer of `value` with whether it lies inside an extension's value.
fn places(value: &Value, pointer: &str, in_extension: bool, out: &mut Vec<(String, bool)>) {
    out.push((pointer.to_owned(), in_extension));
    match value {
        Value::Object(map) => {
            let parent_is_extensions = pointer.ends_with("/extensions");
            for (key, child) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                places(
                    child,
                    &format!("{pointer}/{escaped}"),
                    in_extension || parent_is_extensions,
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                places(child, &format!("{pointer}/{i}"), in_extension, out);
            }
        }
        _ => {}
    }
}

fn rich_places() -> Vec<(String, bool)> {
    let mut out = Vec::new();
    places(&rich(), "", false, &mut out);
    out
}

#[test]
fn the_rich_statement_is_accepted_in_2_0_0() {
    accepted_in(&rich(), V2_0_0);
}

#[test]
fn null_anywhere_outside_extensions_is_refused() {
    let mut checked = 0;
    for (pointer, in_extension) in rich_places() {
        if pointer.is_empty() {
            continue;
        }
        let mut value = rich();
        *value.pointer_mut(&pointer).expect("the place exists") = Value::Null;
        let verdict = statement(&value, V2_0_0);
        if in_extension {
            assert!(
                verdict.is_ok(),
                "null inside an extension at {pointer} was refused: {verdict:?}"
            );
        } else {
            assert!(verdict.is_err(), "null at {pointer} was accepted");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} places");
}

#[test]
fn an_unknown_key_in_any_object_outside_extensions_is_refused() {
    for (pointer, in_extension) in rich_places() {
        let mut value = rich();
        let Some(Value::Object(map)) = value.pointer_mut(&pointer) else {
            continue;
        };
        map.insert("Unknown_Key".to_owned(), json!(1));
        let verdict = statement(&value, V2_0_0);
        if in_extension {
            assert!(
                verdict.is_ok(),
                "a key inside an extension at {pointer} was refused: {verdict:?}"
            );
        } else {
            assert!(verdict.is_err(), "an unknown key at {pointer} was accepted");
        }
    }
}

#[test]
fn no_value_anywhere_makes_the_validator_panic() {
    let replacements = [
        json!(""),
        json!(0),
        json!(-1.5),
        json!(true),
        json!([]),
        json!({}),
        json!([null]),
        json!("x:y"),
    ];
    for (pointer, _) in rich_places() {
        for replacement in &replacements {
            let mut value = rich();
            if let Some(place) = value.pointer_mut(&pointer) {
                *place = replacement.clone();
            }
            let _ = statement(&value, V2_0_0);
            let _ = statement(&value, V1_0_3);
        }
    }
}

// ---- the conformance suite's own templates ----------------------------------------------------

mod suite;
