//! The `kampus` command: serves the API by default; see `kampus --help`.
#![forbid(unsafe_code)]

/// mimalloc instead of glibc's allocator: under load, glibc kept freed memory in one arena per
/// thread (resident memory passed 100 MB at 64 connections) and spent a tenth of the CPU time
/// of an assessment attempt in malloc and free (docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    kampus_api::cli::main()
}
