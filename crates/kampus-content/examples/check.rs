//! `cargo run -p kampus-content --example check -- <path> [--json]`: the library side of
//! `kampus content check`, for authors working on the format before the CLI wires it.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let Some(path) = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
    else {
        eprintln!("usage: check <course folder | bundle | folder of courses> [--json]");
        return ExitCode::from(2);
    };
    let report = kampus_content::check(&path);
    if json {
        println!("{}", report.to_json());
    } else {
        print!("{report}");
    }
    if report.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
