//! The migrations are embedded in the binary (`embed_migrations!`), but they live outside
//! this crate's `src/`: without this, cargo would not rebuild when a migration is added or
//! changed, and a binary would silently miss it.
fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
}
