//! What authentication costs: argon2id hashing (sign-in, sign-up, password change) and the
//! per-request work of the `AuthenticatedUser` extractor (verify the JWT, load the user).
//!
//! `cargo bench -p kampus-api --bench auth`

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use kampus_api::auth::AccessTokens;
use kampus_content::Locale;
use kampus_store::testing::TestDatabase;
use kampus_store::users::{self, NewUser, Role};
use kampus_store::{Clock, Email, SystemClock};
use kampus_usecases::accounts::password;

fn argon2id(c: &mut Criterion) {
    let mut group = c.benchmark_group("password");
    group.sample_size(20);
    group.bench_function("argon2id hash (m=19456,t=2,p=1)", |b| {
        b.iter(|| password::hash("correct horse battery staple").expect("hash"));
    });
    let stored = password::hash("correct horse battery staple").expect("hash");
    group.bench_function("argon2id verify", |b| {
        b.iter(|| password::verify("correct horse battery staple", &stored));
    });
    group.finish();
}

fn authenticate(c: &mut Criterion) {
    let db = TestDatabase::new();
    let pool = db.migrated_pool();
    let user = {
        let mut conn = pool.get().expect("conn");
        users::insert(
            &mut conn,
            &NewUser {
                email: Email::parse("bench@mup.gov.rs").expect("email"),
                display_name: "Bench".into(),
                preferred_locale: Locale::SrLatn,
                role: Role::Learner,
                institution_id: None,
                password_hash: None,
                gender: None,
                email_verified_at: Some(SystemClock.now()),
            },
            SystemClock.now(),
        )
        .expect("user")
    };
    let tokens = AccessTokens::new(
        b"bench-signing-key-0123456789abcdef-xyz",
        Arc::new(SystemClock),
    );
    let token = tokens.issue(&user, "bench-session").expect("token").token;

    c.bench_function("access token: verify (HS256, all claims)", |b| {
        b.iter(|| tokens.verify(&token).expect("valid"));
    });
    c.bench_function(
        "authenticate a request: verify token + load user (SQLite, pooled)",
        |b| {
            b.iter(|| {
                let claims = tokens.verify(&token).expect("valid");
                let id = claims.user_id().expect("id");
                let mut conn = pool.get().expect("conn");
                let user = users::find(&mut conn, id).expect("user");
                assert!(user.accepts_token_issued_at(claims.iat_ms));
            });
        },
    );
}

criterion_group!(benches, argon2id, authenticate);
criterion_main!(benches);
