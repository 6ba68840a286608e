//! `cargo run -p kampus-content --example confirm -- <course folder> <locale>`: the library
//! side of `kampus content confirm`, records that a locale's texts translate the current
//! English texts.

use std::path::PathBuf;
use std::process::ExitCode;

use kampus_content::Locale;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(tag)) = (args.first(), args.get(1)) else {
        eprintln!("usage: confirm <course folder> <locale>");
        return ExitCode::from(2);
    };
    let locale = match tag.parse::<Locale>() {
        Ok(locale) => locale,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::from(2);
        }
    };
    match kampus_content::confirm_translations(&PathBuf::from(dir), locale) {
        Ok(summary) => {
            println!(
                "{}: {} text(s) confirmed, {} updated, written to {}",
                summary.locale,
                summary.confirmed,
                summary.updated,
                summary.lock_file.display()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{err}");
            ExitCode::FAILURE
        }
    }
}
