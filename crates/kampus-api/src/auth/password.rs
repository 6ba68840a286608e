//! Password hashing with argon2id.
//!
//! Parameters follow OWASP's password storage guidance for argon2id: 19 MiB of memory, two
//! iterations, one lane (`m=19456,t=2,p=1`), about 20–40 ms per hash on this project's 2-core
//! reference machine. They are stored in each PHC string, so they can be raised later without
//! invalidating existing hashes. Hashing is CPU-bound: callers run it on the blocking pool.
//!
//! Each hash takes its 19 MiB for its duration, and the blocking pool has up to
//! `2 × KAMPUS_DB_POOL_SIZE` threads: a burst of sign-ins hashed on all of them at once took
//! the server past 250 MB (`bench/run.sh`, sign-in scenario), and the allocator kept much of
//! it. At most one hash per core runs at a time ([`HashGate`]); more would only share the
//! same cores, so throughput is unchanged and the memory bound is cores × 19 MiB.

use std::sync::{Condvar, Mutex, OnceLock};

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

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

/// Lets at most one argon2 computation per core run at once; the others wait their turn.
struct HashGate {
    running: Mutex<usize>,
    turn: Condvar,
    limit: usize,
}

impl HashGate {
    fn get() -> &'static HashGate {
        static GATE: OnceLock<HashGate> = OnceLock::new();
        GATE.get_or_init(|| HashGate {
            running: Mutex::new(0),
            turn: Condvar::new(),
            limit: std::thread::available_parallelism().map_or(2, std::num::NonZero::get),
        })
    }

    fn run<T>(&self, work: impl FnOnce() -> T) -> T {
        let _permit = self.enter();
        work()
    }

    /// Waits for a free turn; the turn ends when the permit is dropped (a panic included).
    fn enter(&self) -> Permit<'_> {
        // A poisoned lock only means a panic while counting: the count is still right.
        let mut running = self
            .running
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        while *running >= self.limit {
            running = self
                .turn
                .wait(running)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        *running += 1;
        Permit(self)
    }
}

struct Permit<'a>(&'a HashGate);

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        *self
            .0
            .running
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) -= 1;
        self.0.turn.notify_one();
    }
}

/// Hashes a password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
pub fn hash(password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    HashGate::get().run(|| {
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| HashError(e.to_string()))
    })
}

/// Whether `password` matches `stored`. A malformed stored hash never matches.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|parsed| {
        HashGate::get().run(|| {
            argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_more_hashes_run_at_once_than_the_gate_allows() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let gate = HashGate {
            running: Mutex::new(0),
            turn: Condvar::new(),
            limit: 2,
        };
        let (now, most) = (AtomicUsize::new(0), AtomicUsize::new(0));
        std::thread::scope(|scope| {
            for _ in 0..8 {
                scope.spawn(|| {
                    gate.run(|| {
                        let running = now.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(running, Ordering::SeqCst);
                        std::thread::sleep(std::time::Duration::from_millis(20));
                        now.fetch_sub(1, Ordering::SeqCst);
                    });
                });
            }
        });
        assert!(most.load(Ordering::SeqCst) <= 2);
        assert_eq!(*gate.running.lock().expect("lock"), 0, "every turn ended");
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
pub fn check_policy(field: &str, password: &str) -> Result<(), crate::error::FieldError> {
    use crate::error::FieldError;
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
