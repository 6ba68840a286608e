//! Content versions, publishing and the audit log (issue 9).

use kampus_store::audit::{self, Query};
use kampus_store::content_versions::{self, NewVersion, Source};
use kampus_store::testing::TestDatabase;
use kampus_store::users::{self, Role};
use kampus_store::{DbConnection, StoreError, VersionId};

use super::{new_user, now};

fn version(conn: &mut DbConnection, course: &str, hash: &str, by: Option<&str>) -> VersionId {
    conn.write_transaction(|tx| {
        content_versions::record(
            tx,
            &NewVersion {
                course_id: course,
                content_hash: hash,
                bundle: format!("files of {hash}").as_bytes(),
                report: r#"{"problems":[]}"#,
                source: Source::Upload,
                created_by: by,
            },
            now(),
        )
    })
    .expect("recorded")
    .id
}

#[test]
fn versions_are_numbered_and_publishing_moves_only_the_publication() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let mut admin = new_user("admin@kampus.test", None);
    admin.role = Role::Admin;
    let admin = users::insert(conn, &admin, now())
        .expect("admin")
        .id
        .to_string();

    let first = version(conn, "migration-and-gender", "aaa", Some(&admin));
    let second = version(conn, "migration-and-gender", "bbb", Some(&admin));
    let other = version(conn, "migration-and-development", "ccc", None);
    let numbers: Vec<(i32, String)> = content_versions::of_course(conn, "migration-and-gender")
        .expect("versions")
        .into_iter()
        .map(|v| (v.number, v.content_hash))
        .collect();
    assert_eq!(numbers, [(2, "bbb".to_owned()), (1, "aaa".to_owned())]);
    assert!(content_versions::published(conn).expect("none").is_empty());
    assert_eq!(content_versions::revision(conn).expect("revision"), 0);

    // Publish, publish again (nothing changes), publish the second, roll back to the first.
    let publish = |conn: &mut DbConnection, id: VersionId| {
        conn.write_transaction(|tx| content_versions::publish(tx, id, Some(&admin), now()))
            .expect("published")
    };
    assert!(publish(conn, first));
    assert!(!publish(conn, first), "already published");
    assert!(publish(conn, other));
    assert!(publish(conn, second));
    assert!(publish(conn, first), "a rollback");
    assert_eq!(content_versions::revision(conn).expect("revision"), 4);
    let published: Vec<(String, i32)> = content_versions::published(conn)
        .expect("published")
        .into_iter()
        .map(|p| (p.course_id, p.version.number))
        .collect();
    assert_eq!(
        published,
        [
            ("migration-and-development".to_owned(), 1),
            ("migration-and-gender".to_owned(), 1)
        ]
    );
    // The versions themselves did not change.
    let (files, report) = content_versions::bundle(conn, second).expect("bundle");
    assert_eq!(files, b"files of bbb");
    assert_eq!(report, r#"{"problems":[]}"#);

    assert!(
        conn.write_transaction(|tx| content_versions::unpublish(
            tx,
            "migration-and-development",
            Some(&admin),
            now()
        ))
        .expect("unpublished")
    );
    assert!(
        !conn
            .write_transaction(|tx| content_versions::unpublish(
                tx,
                "migration-and-development",
                None,
                now()
            ))
            .expect("nothing to unpublish")
    );
    assert_eq!(content_versions::revision(conn).expect("revision"), 5);
    assert_eq!(content_versions::published(conn).expect("one").len(), 1);

    // Every change is in the audit log, in order, with who did it.
    let log = audit::list(conn, &Query::default(), None, 100).expect("log");
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "content.version.create",
            "content.version.create",
            "content.version.create",
            "content.publish",
            "content.publish",
            "content.publish",
            "content.publish",
            "content.unpublish",
        ]
    );
    assert_eq!(log[0].actor_id.as_deref(), Some(admin.as_str()));
    assert_eq!(log[2].actor_id, None);
    let rollback: serde_json::Value = serde_json::from_str(&log[6].details).expect("json");
    assert_eq!(rollback["replaced"], second.to_string());
    // Filtered and paged.
    let publishing_only = Query {
        action_prefix: Some("content.publish".into()),
        ..Query::default()
    };
    let page = audit::list(conn, &publishing_only, None, 3).expect("page");
    assert_eq!(page.len(), 3);
    let rest = audit::list(conn, &publishing_only, Some(&page[2].id), 3).expect("rest");
    assert_eq!(rest.len(), 1);
    assert_eq!(rest[0].subject, first.to_string());
}

#[test]
fn publishing_an_unknown_version_changes_nothing() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let outcome = conn.write_transaction(|tx| {
        content_versions::publish(
            tx,
            "01900000-0000-7000-8000-000000000000"
                .parse()
                .expect("an id"),
            None,
            now(),
        )
    });
    assert!(matches!(outcome, Err(StoreError::NotFound)), "{outcome:?}");
    assert_eq!(content_versions::revision(conn).expect("revision"), 0);
    assert!(
        audit::list(conn, &Query::default(), None, 10)
            .expect("log")
            .is_empty()
    );
}
