//! Publishing (issue 9), against the database the tests use (`KAMPUS_TEST_DATABASE_URL` for
//! PostgreSQL, else a SQLite file):
//!
//! - `upload_and_publish/3_courses_8_locales`: the three shipped courses in one `.tar.gz`,
//!   read strictly, split, validated and rendered, stored as three drafts in one transaction,
//!   then each published (with its final assessment recorded for the reports). Each iteration
//!   uploads different files (a comment changes), so every one records real new versions.
//!   Target: under 1 s.
//! - `node_pickup/default_interval`: a node (its content and its poller, every
//!   `KAMPUS_CONTENT_POLL_INTERVAL_MS` = 2 s by default) serving what another publishes: from
//!   the commit to the moment the node's current content has the new version. Target: under
//!   5 s.

use std::io::Write as _;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use kampus_api::live_content::follow_publications;
use kampus_content::bundle::SourceTree;
use kampus_store::testing::TestDatabase;
use kampus_store::users::{self, NewUser, Role};
use kampus_store::{Clock, Email, SystemClock};
use kampus_usecases::publishing::live::LiveContent;
use kampus_usecases::publishing::{self, DraftCache};

const COURSES: [&str; 3] = [
    "global-regional-migration-governance",
    "migration-and-development",
    "migration-and-gender",
];

/// The three shipped courses, each in its folder, as one `.tar.gz`; `marker` goes into a
/// comment of each manifest so that every upload is new.
fn bundle(marker: usize) -> Vec<u8> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut all = SourceTree::new();
    for course in COURSES {
        let tree = SourceTree::read_path(&content.join(course));
        for path in tree.paths() {
            let mut bytes = tree.get(path).expect("file").to_vec();
            if path == "course.toml" {
                bytes.extend_from_slice(format!("# upload {marker}\n").as_bytes());
            }
            assert!(all.insert(&format!("{course}/{path}"), bytes));
        }
    }
    let tar = all.to_tar().expect("tar");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&tar).expect("gzip");
    gz.finish().expect("gzip")
}

fn admin(conn: &mut kampus_store::DbConnection) -> String {
    users::insert(
        conn,
        &NewUser {
            email: Email::parse("publisher@rmtc.org").expect("email"),
            display_name: "Publisher".into(),
            preferred_locale: kampus_content::Locale::En,
            role: Role::Admin,
            institution_id: None,
            password_hash: None,
            gender: None,
            email_verified_at: None,
        },
        SystemClock.now(),
    )
    .expect("admin")
    .id
    .to_string()
}

fn upload_and_publish(c: &mut Criterion) {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let actor = admin(conn);
    let drafts = DraftCache::default();
    // Nothing published yet: no slug is taken.
    let published: Vec<&kampus_content::LoadedCourse> = Vec::new();
    let mut marker = 0;
    let mut group = c.benchmark_group("upload_and_publish");
    group.sample_size(10);
    group.bench_function("3_courses_8_locales", |b| {
        b.iter_batched(
            || {
                marker += 1;
                bundle(marker)
            },
            |bytes| {
                let now = SystemClock.now();
                let made =
                    publishing::accept_upload(conn, &bytes, &actor, now, &drafts, &published)
                        .expect("accepted");
                assert_eq!(made.len(), 3);
                for draft in &made {
                    let course = drafts.get(draft.version.id).expect("loaded");
                    assert!(
                        publishing::publish(conn, &draft.version, &course, &actor, now)
                            .expect("published")
                    );
                }
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

fn node_pickup(c: &mut Criterion) {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let conn = &mut pool.get().expect("connection");
    let actor = admin(conn);
    let drafts = DraftCache::default();
    let none: Vec<&kampus_content::LoadedCourse> = Vec::new();
    // Two versions of the three courses to publish in turn.
    let mut versions = Vec::new();
    for marker in [1, 2] {
        let made = publishing::accept_upload(
            conn,
            &bundle(marker),
            &actor,
            SystemClock.now(),
            &drafts,
            &none,
        )
        .expect("accepted");
        versions.push(made);
    }
    // The node: its content, loaded as at start, and its poller on an actix runtime.
    let live = Arc::new(LiveContent::default());
    live.refresh(conn).expect("loaded");
    let system = std::thread::spawn({
        let (live, pool) = (live.clone(), pool.clone());
        move || {
            actix_web::rt::System::new().block_on(async move {
                follow_publications(live, pool, Duration::from_secs(2));
                std::future::pending::<()>().await;
            });
        }
    });
    drop(system);
    let mut turn = 0;
    let mut group = c.benchmark_group("node_pickup");
    group.sample_size(10);
    group.bench_function("default_interval", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                turn += 1;
                let drafts_now = &versions[turn % 2];
                for draft in drafts_now {
                    let course = drafts.get(draft.version.id).expect("loaded");
                    publishing::publish(conn, &draft.version, &course, &actor, SystemClock.now())
                        .expect("published");
                }
                let committed = Instant::now();
                // The last course published: a reload after the last commit.
                let wanted = &drafts_now[2].version;
                while live.current().version_of(&wanted.course_id) != Some(wanted.id) {
                    assert!(
                        committed.elapsed() < Duration::from_secs(30),
                        "never picked up"
                    );
                    std::thread::sleep(Duration::from_millis(2));
                }
                total += committed.elapsed();
            }
            total
        });
    });
    group.finish();
}

criterion_group!(benches, upload_and_publish, node_pickup);
criterion_main!(benches);
