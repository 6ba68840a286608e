//! The `kampus` command: serves the API by default; see `kampus --help`.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    kampus_api::cli::main()
}
