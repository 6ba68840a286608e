//! Password hashing with argon2id.
//!
//! Parameters follow OWASP's password storage guidance for argon2id: 19 MiB of memory, two
//! iterations, one lane (`m=19456,t=2,p=1`), about 20–40 ms per hash on this project's 2-core
//! reference machine. They are stored in each PHC string, so they can be raised later without
//! invalidating existing hashes. Hashing is CPU-bound: callers run it on the blocking pool.
//!
//! Each hash takes its 19 MiB for its duration. Run on whichever blocking thread asked, a
//! burst of sign-ins hashed on all of them at once and the allocator kept that memory per
//! thread: the server passed 250 MB (`bench/run.sh`, sign-in scenario). Hashes therefore run
//! on a few dedicated threads, one per core ([`on_hashers`]): more would only share the same
//! cores, so throughput is unchanged, and the memory that hashing holds is cores × 19 MiB,
//! only while hashing: the allocator maps blocks this large from the OS and unmaps them when
//! freed (`.cargo/config.toml`).

use std::sync::mpsc::{self, Sender};
use std::sync::{Mutex, OnceLock};

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use kampus_store::users::User;

use crate::error::{FieldError, UseCaseError};

/// The shortest password accepted (OWASP ASVS 6.2.1 asks for at least 12 characters).
pub const MIN_PASSWORD_CHARS: usize = 12;

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

fn argon2() -> Argon2<'static> {
    // Constant, valid parameters: `Params::new` cannot fail on them.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

type Job = Box<dyn FnOnce() + Send>;

/// Runs `work` on one of the hashing threads and waits for it; `None` if it panicked.
fn on_hashers<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    static HASHERS: OnceLock<Mutex<Sender<Job>>> = OnceLock::new();
    let jobs = HASHERS.get_or_init(|| {
        let (send, receive) = mpsc::channel::<Job>();
        let receive = std::sync::Arc::new(Mutex::new(receive));
        let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        for n in 0..threads {
            let receive = receive.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || {
                    loop {
                        let job = receive
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .recv();
                        let Ok(job) = job else { return };
                        // A panicking job only loses its own answer; the thread carries on.
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                    }
                });
            if let Err(error) = spawned {
                tracing::error!(%error, "could not start a password hashing thread");
            }
        }
        Mutex::new(send)
    });
    let (answer, result) = mpsc::channel();
    let job: Job = Box::new(move || {
        let _ = answer.send(work());
    });
    jobs.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .send(job)
        .ok()?;
    result.recv().ok()
}

/// Hashes a password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
pub fn hash(password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    let password = password.to_owned();
    on_hashers(move || {
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| HashError(e.to_string()))
    })
    .unwrap_or_else(|| Err(HashError("the hashing thread failed".to_owned())))
}

/// Whether `password` matches `stored`. A malformed stored hash never matches.
pub fn verify(password: &str, stored: &str) -> bool {
    if PasswordHash::new(stored).is_err() {
        return false;
    }
    let (password, stored) = (password.to_owned(), stored.to_owned());
    on_hashers(move || {
        PasswordHash::new(&stored).is_ok_and(|parsed| {
            argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
    })
    .unwrap_or(false)
}

/// Spends the same time as a real verification, for unknown accounts: without it, a fast
/// "no such user" answer would tell an attacker which addresses have accounts.
pub fn verify_against_dummy(password: &str) {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash("dummy password for timing").unwrap_or_default());
    let _ = verify(password, dummy);
}

/// A random password for a new account, to be changed at first sign-in: 20 characters from
/// an alphabet without look-alikes (no 0/O, 1/l/I), about 116 bits.
pub fn generate() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    OsRng.fill_bytes(&mut bytes);
    // 256 % 55 != 0 gives a slight bias (at most 1 in 4 per character): negligible at 116 bits.
    bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect()
}

/// [`hash`] awaited from async code: the hashing threads do the work, a blocking thread
/// waits for them, the async worker does not.
pub async fn hash_off_runtime(password: String) -> Result<String, UseCaseError> {
    tokio::task::spawn_blocking(move || hash(&password))
        .await
        .map_err(|e| UseCaseError::Internal(format!("hashing task: {e}")))?
        .map_err(|e| UseCaseError::Internal(e.to_string()))
}

/// Confirms a change with the account's current password: [`UseCaseError::WrongPassword`]
/// (naming `field`) when `given` is not it.
pub async fn confirm(user: &User, given: String, field: &str) -> Result<(), UseCaseError> {
    let stored = user.password_hash.clone().unwrap_or_default();
    let matches = tokio::task::spawn_blocking(move || verify(&given, &stored))
        .await
        .map_err(|e| UseCaseError::Internal(format!("verifying task: {e}")))?;
    if matches {
        Ok(())
    } else {
        Err(UseCaseError::WrongPassword(vec![FieldError::new(
            field,
            "field-password-wrong",
        )]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_run_on_the_hashing_threads_and_survive_a_panic() {
        let name = on_hashers(|| std::thread::current().name().map(str::to_owned));
        assert!(name.flatten().is_some_and(|n| n.starts_with("argon2-")));
        assert_eq!(on_hashers(|| -> u8 { panic!("a failing job") }), None);
        assert_eq!(on_hashers(|| 7), Some(7), "the threads carry on");
    }

    #[test]
    fn hashes_verify_and_carry_their_parameters() {
        let stored = hash("correct horse battery staple").expect("hash");
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(verify("correct horse battery staple", &stored));
        assert!(!verify("correct horse battery stapl", &stored));
        assert!(!verify("anything", "not a phc string"));
    }

    #[test]
    fn generated_passwords_are_long_and_distinct() {
        let a = generate();
        assert_eq!(a.chars().count(), 20);
        assert!(a.chars().count() >= MIN_PASSWORD_CHARS);
        assert_ne!(a, generate());
    }
}

/// The longest password accepted: long passphrases are welcome, megabytes are an attack on
/// the hashing cost.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Common passwords of policy length, from `assets/common-passwords.txt` (see its header).
const COMMON_PASSWORDS: &str = include_str!("../../assets/common-passwords.txt");

/// Checks a new password against the policy (OWASP ASVS 6.2): at least 12 and at most 256
/// characters, not a known common password; no composition rules.
pub fn check_policy(field: &str, password: &str) -> Result<(), FieldError> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(FieldError::new(field, "field-password-too-short")
            .with_arg("min", i64::try_from(MIN_PASSWORD_CHARS).unwrap_or(i64::MAX)));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(FieldError::new(field, "field-password-too-long")
            .with_arg("max", i64::try_from(MAX_PASSWORD_CHARS).unwrap_or(i64::MAX)));
    }
    let lowered = password.to_lowercase();
    let common = COMMON_PASSWORDS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .any(|l| l == lowered);
    if common {
        return Err(FieldError::new(field, "field-password-common"));
    }
    Ok(())
}

#[cfg(test)]
mod policy_tests {
    use super::check_policy;

    #[test]
    fn length_and_common_passwords_are_checked() {
        assert!(check_policy("password", "short").is_err());
        assert!(check_policy("password", "1qaz2wsx3edc").is_err(), "common");
        assert!(
            check_policy("password", "QWERTY123456").is_err(),
            "common, any case"
        );
        assert!(check_policy("password", &"x".repeat(257)).is_err());
        assert!(check_policy("password", "granica i azil 2026").is_ok());
        assert!(
            check_policy("password", "лозинка за курс").is_ok(),
            "any script"
        );
    }
}
