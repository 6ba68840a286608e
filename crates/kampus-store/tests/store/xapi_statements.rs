//! xAPI statements stored in batches: taken ids answered, voiding in either order, statements
//! targeting others found by their targets' keys, within one batch and across batches.

use kampus_store::testing::TestDatabase;
use kampus_store::xapi::statements::{self, Filter, NewStatement, Stored, Visibility};

use super::now;

const VOIDED: &str = "http://adlnet.gov/expapi/verbs/voided";
const SEEN: &str = "http://adlnet.gov/expapi/verbs/experienced";

fn statement<'a>(
    id: &'a str,
    verb_id: &'a str,
    refers_to: Option<&'a str>,
    agents: &'a [(String, bool)],
) -> NewStatement<'a> {
    NewStatement {
        id,
        stored: now(),
        verb_id,
        registration: None,
        refers_to,
        voids: if verb_id == VOIDED { refers_to } else { None },
        credential_key: None,
        user_id: None,
        full: id,
        agents,
        activities: &[],
    }
}

fn query<'a>(agent: Option<&'a str>, verb: Option<&'a str>) -> Filter<'a> {
    Filter {
        agent,
        related_agents: false,
        verb,
        activity: None,
        related_activities: false,
        registration: None,
        since: None,
        until: None,
        after_seq: None,
        ascending: true,
        limit: 100,
        visibility: Visibility::All,
    }
}

fn ids(rows: Vec<(i64, String)>) -> Vec<String> {
    rows.into_iter().map(|(_, full)| full).collect()
}

#[test]
fn a_batch_answers_taken_ids_and_voids_in_either_order() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let mut conn = pool.get().expect("conn");
    let ann = vec![("mbox:mailto:ann@example.org".to_owned(), true)];
    let first = statements::insert_many(
        &mut conn,
        &[
            statement("s1", SEEN, None, &ann),
            statement("v2", VOIDED, Some("s2"), &[]),
        ],
    )
    .expect("first batch");
    assert_eq!(first, vec![Stored::Inserted, Stored::Inserted]);
    // s2 arrives after the statement that voids it; s1 again is answered with what is stored.
    let second = statements::insert_many(
        &mut conn,
        &[
            statement("s2", SEEN, None, &ann),
            statement("s1", SEEN, None, &ann),
        ],
    )
    .expect("second batch");
    assert_eq!(
        second,
        vec![Stored::Inserted, Stored::AlreadyThere { full: "s1".into() }]
    );
    assert!(
        statements::find(&mut conn, "s2")
            .expect("find")
            .expect("stored")
            .voided
    );
    assert!(
        !statements::find(&mut conn, "s1")
            .expect("find")
            .expect("stored")
            .voided
    );
    let about_ann = ids(statements::query(
        &mut conn,
        &query(Some("mbox:mailto:ann@example.org"), None),
    )
    .expect("query"));
    assert_eq!(
        about_ann,
        vec!["s1".to_owned(), "v2".to_owned()],
        "the voided one is left out, its voiding statement found by its target's agent"
    );
    assert_eq!(
        statements::voiding_among(&mut conn, &["v2", "s1"]).expect("voiding"),
        vec!["v2".to_owned()]
    );
}

#[test]
fn statements_targeting_others_match_their_targets_keys_in_one_batch_or_later() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let mut conn = pool.get().expect("conn");
    let bob = vec![("mbox:mailto:bob@example.org".to_owned(), true)];
    let none: Vec<(String, bool)> = Vec::new();
    // r1 targets t1 in the same batch; r2 targets t2, which arrives in a later batch.
    statements::insert_many(
        &mut conn,
        &[
            statement("t1", SEEN, None, &bob),
            statement("r1", "https://example.org/verbs/liked", Some("t1"), &none),
            statement("r2", "https://example.org/verbs/liked", Some("t2"), &none),
        ],
    )
    .expect("first batch");
    statements::insert(&mut conn, &statement("t2", SEEN, None, &bob)).expect("t2");
    let found = ids(statements::query(
        &mut conn,
        &query(Some("mbox:mailto:bob@example.org"), Some(SEEN)),
    )
    .expect("query"));
    assert_eq!(
        found,
        vec![
            "t1".to_owned(),
            "r1".to_owned(),
            "r2".to_owned(),
            "t2".to_owned()
        ]
    );
}
