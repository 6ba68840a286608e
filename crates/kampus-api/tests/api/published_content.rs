//! `content/` at start becomes published versions in the database (issue 9): recorded when
//! the folder changed, never twice for the same files, never over an admin's rollback, never
//! when broken; what is published is what loads.

use std::path::Path;

use kampus_content::bundle::SourceTree;
use kampus_store::content_versions;
use kampus_store::testing::TestDatabase;
use kampus_usecases::publishing::folder::{load_published, offer_content_folder};

use crate::helpers::copy_dir;

const COURSE: &str = "migration-and-gender";

fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn published_number(conn: &mut kampus_store::DbConnection, course: &str) -> i32 {
    content_versions::published(conn)
        .expect("published")
        .into_iter()
        .find(|p| p.course_id == course)
        .expect("published course")
        .version
        .number
}

#[test]
fn the_content_folder_is_published_once_per_change_and_never_over_a_rollback() {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let folder = tempfile::tempdir().expect("temp dir");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"),
        folder.path(),
    );

    // First start: every course becomes version 1, published.
    let mut first = offer_content_folder(conn, folder.path(), now()).expect("offered");
    first.sort();
    assert_eq!(
        first,
        [
            "global-regional-migration-governance",
            "migration-and-development",
            COURSE
        ]
    );
    assert_eq!(content_versions::revision(conn).expect("revision"), 3);
    assert_eq!(
        load_published(conn, &std::collections::HashMap::new())
            .expect("loaded")
            .len(),
        3
    );

    // Restarts with the same files record nothing.
    for _ in 0..2 {
        assert!(
            offer_content_folder(conn, folder.path(), now())
                .expect("again")
                .is_empty()
        );
    }
    assert_eq!(content_versions::revision(conn).expect("revision"), 3);

    // A changed lesson: a new version of that course only, published; it is what loads.
    let course = folder.path().join(COURSE);
    let lesson = find_markdown(&course).expect("a lesson");
    let mut text = std::fs::read_to_string(&lesson).expect("lesson");
    text.push_str("\nOne more paragraph, added for version 2.\n");
    std::fs::write(&lesson, text).expect("edited");
    assert_eq!(
        offer_content_folder(conn, folder.path(), now()).expect("changed"),
        [COURSE]
    );
    assert_eq!(published_number(conn, COURSE), 2);
    let versions = content_versions::of_course(conn, COURSE).expect("versions");
    assert_eq!(
        versions[0].content_hash,
        SourceTree::read_path(&course).content_hash()
    );

    // An admin rolls back to version 1: the unchanged folder does not undo it at restart.
    let v1 = versions.iter().find(|v| v.number == 1).expect("v1").id;
    conn.write_transaction(|tx| content_versions::publish(tx, v1, None, now()))
        .expect("rolled back");
    assert!(
        offer_content_folder(conn, folder.path(), now())
            .expect("again")
            .is_empty()
    );
    assert_eq!(published_number(conn, COURSE), 1);

    // A broken course is not recorded; what learners see stays.
    std::fs::write(course.join("course.toml"), "this is = = not toml").expect("broken");
    assert!(
        offer_content_folder(conn, folder.path(), now())
            .expect("offered")
            .is_empty()
    );
    assert_eq!(published_number(conn, COURSE), 1);
    assert_eq!(
        content_versions::of_course(conn, COURSE)
            .expect("versions")
            .len(),
        2
    );
    assert_eq!(
        load_published(conn, &std::collections::HashMap::new())
            .expect("loaded")
            .len(),
        3
    );
}

/// The first Markdown file under `dir`, in name order.
fn find_markdown(dir: &Path) -> Option<std::path::PathBuf> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if let Some(found) = find_markdown(&path) {
                return Some(found);
            }
        } else if path.extension().is_some_and(|e| e == "md") {
            return Some(path);
        }
    }
    None
}
