//! A node-local, short-lived memory of what the hottest learner paths check on every request:
//! the account behind a token or a browser session, and the learner's enrollment in a course.
//! One instance serves both faces of a node (the JSON API and the web pages), so what one
//! face changes the other sees at once.
//!
//! Reading a lesson is the most frequent request there is. Checking it against the database
//! each time costs two hops to the blocking pool and back, which is most of the request's
//! cost (docs/benchmarks.md). Here the answers are reused for a short time (`ttl`,
//! `KAMPUS_ACCESS_CACHE_TTL_MS`). Whatever changes an account or an enrollment through this
//! node forgets the entry at once; a change made through another node is seen within `ttl`.
//! Only positive answers are kept: someone who just enrolled on another node is never refused.
//! Staff and admin routes never use it: they always read the account fresh.
//!
//! It also keeps the public verification answers (`GET /api/v1/verify/{code}`), serialized,
//! for the same `ttl`: a certificate changes only when it is revoked or reissued, which forgets
//! its answer on the node that did it; another node tells of a revocation within `ttl`.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use bytes::Bytes;
use chrono::NaiveDateTime;
use kampus_store::UserId;
use kampus_store::users::User;

use crate::learning::enrollment::EnrollmentProgress;

/// Entries kept at most; beyond it, expired ones are dropped (and if all are fresh, all are).
const MAX_ENTRIES: usize = 50_000;

/// What a lesson or progress request needs to know about an active enrollment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveEnrollment {
    pub id: String,
    /// The last lesson opened ("continue where I left off").
    pub last_lesson_id: Option<String>,
}

/// What a browser session's cookie stands for; whether it is still live is the account's and
/// the family's business (see [`AccessCache::session_open`], [`AccessCache::user`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrowserSessionFacts {
    pub user_id: UserId,
    /// Its family of refresh tokens (the `sid` of the session).
    pub family_id: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

#[derive(Debug)]
struct Entry<T> {
    value: T,
    stored: Instant,
}

#[derive(Debug)]
struct Expiring<K, V> {
    entries: RwLock<HashMap<K, Entry<V>>>,
}

impl<K: Eq + Hash, V: Clone> Expiring<K, V> {
    fn new() -> Self {
        Self {
            entries: RwLock::new(HashMap::new()),
        }
    }

    fn get<Q>(&self, key: &Q, ttl: Duration) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Eq + Hash + ?Sized,
    {
        let entries = self.entries.read().ok()?;
        let entry = entries.get(key)?;
        (entry.stored.elapsed() < ttl).then(|| entry.value.clone())
    }

    fn put(&self, key: K, value: V, ttl: Duration) {
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, e| e.stored.elapsed() < ttl);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(
            key,
            Entry {
                value,
                stored: Instant::now(),
            },
        );
    }

    /// Forgets one entry (a lookup, where [`Self::forget_where`] walks every entry).
    fn forget(&self, key: &K) {
        if let Ok(mut entries) = self.entries.write() {
            entries.remove(key);
        }
    }

    fn forget_where(&self, mut matches: impl FnMut(&K) -> bool) {
        if let Ok(mut entries) = self.entries.write() {
            entries.retain(|k, _| !matches(k));
        }
    }
}

/// See the module documentation.
#[derive(Debug)]
pub struct AccessCache {
    ttl: Duration,
    users: Expiring<UserId, Arc<User>>,
    enrollments: Expiring<(UserId, String), ActiveEnrollment>,
    /// Sessions (the `sid` of access tokens) known to be open; a session signed out of
    /// through this node is forgotten at once.
    open_sessions: Expiring<String, ()>,
    /// Verification code (normalized) → the JSON answer for it.
    verifications: Expiring<String, Bytes>,
    /// (user, course id) → the caller's part of the course's outline, serialized, with the
    /// publishing revision it was made for.
    standings: Expiring<(UserId, String), (i64, Bytes)>,
    /// Hash of a browser session's token → what it stands for.
    browser_sessions: Expiring<String, BrowserSessionFacts>,
    /// (user, course id) → the enrollment with its completed lessons (the web pages).
    progress: Expiring<(UserId, String), Arc<EnrollmentProgress>>,
}

impl AccessCache {
    /// A cache whose entries live for `ttl`; `Duration::ZERO` keeps nothing.
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            users: Expiring::new(),
            enrollments: Expiring::new(),
            open_sessions: Expiring::new(),
            verifications: Expiring::new(),
            standings: Expiring::new(),
            browser_sessions: Expiring::new(),
            progress: Expiring::new(),
        }
    }

    fn enabled(&self) -> bool {
        !self.ttl.is_zero()
    }

    /// The account, if it was read less than `ttl` ago.
    pub fn user(&self, id: UserId) -> Option<Arc<User>> {
        self.users.get(&id, self.ttl)
    }

    pub fn remember_user(&self, user: Arc<User>) {
        if self.enabled() {
            self.users.put(user.id, user, self.ttl);
        }
    }

    /// Forgets the account and its enrollments: call it whenever this node changes the
    /// account (role, deactivation, sign-out everywhere, password, profile, deletion).
    pub fn forget_user(&self, id: UserId) {
        self.users.forget_where(|k| *k == id);
        self.enrollments.forget_where(|(user, _)| *user == id);
        self.standings.forget_where(|(user, _)| *user == id);
        self.progress.forget_where(|(user, _)| *user == id);
    }

    /// The caller's part of a course's outline, if remembered for this publishing revision.
    pub fn standing(&self, user: UserId, course_id: &str, revision: i64) -> Option<Bytes> {
        if !self.enabled() {
            return None;
        }
        self.standings
            .get(&(user, course_id.to_owned()), self.ttl)
            .filter(|(made_for, _)| *made_for == revision)
            .map(|(_, part)| part)
    }

    pub fn remember_standing(&self, user: UserId, course_id: &str, revision: i64, part: Bytes) {
        if self.enabled() {
            self.standings
                .put((user, course_id.to_owned()), (revision, part), self.ttl);
        }
    }

    /// Call it whenever this node records something of `user` in the course (a lesson event,
    /// a heartbeat, an attempt, the survey, the lesson opened last).
    pub fn forget_standing(&self, user: UserId, course_id: &str) {
        if self.enabled() {
            let key = (user, course_id.to_owned());
            self.standings.forget(&key);
            self.progress.forget(&key);
        }
    }

    /// Whether the session was seen open less than `ttl` ago.
    pub fn session_open(&self, session: &str) -> bool {
        self.enabled() && self.open_sessions.get(session, self.ttl).is_some()
    }

    pub fn remember_open_session(&self, session: String) {
        if self.enabled() {
            self.open_sessions.put(session, (), self.ttl);
        }
    }

    /// Call it when this node ends the session (sign-out).
    pub fn forget_session(&self, session: &str) {
        self.open_sessions.forget_where(|s| s == session);
    }

    /// The JSON answer for a (normalized) verification code, if remembered.
    pub fn verification(&self, code: &str) -> Option<Bytes> {
        if !self.enabled() {
            return None;
        }
        self.verifications.get(code, self.ttl)
    }

    pub fn remember_verification(&self, code: String, answer: Bytes) {
        if self.enabled() {
            self.verifications.put(code, answer, self.ttl);
        }
    }

    /// Call it when this node revokes or reissues the certificate with this code.
    pub fn forget_verification(&self, code: &str) {
        self.verifications.forget(&code.to_owned());
    }

    /// The active enrollment of `user` in the course with id `course_id`, if remembered.
    pub fn enrollment(&self, user: UserId, course_id: &str) -> Option<ActiveEnrollment> {
        if !self.enabled() {
            return None;
        }
        self.enrollments
            .get(&(user, course_id.to_owned()), self.ttl)
    }

    pub fn remember_enrollment(&self, user: UserId, course_id: &str, enrollment: ActiveEnrollment) {
        if self.enabled() {
            self.enrollments
                .put((user, course_id.to_owned()), enrollment, self.ttl);
        }
    }

    /// Call it whenever this node enrolls or withdraws `user` in the course.
    pub fn forget_enrollment(&self, user: UserId, course_id: &str) {
        let key = (user, course_id.to_owned());
        self.enrollments.forget(&key);
        self.standings.forget(&key);
        self.progress.forget(&key);
    }

    /// What the browser session with this token hash stands for, if remembered.
    pub fn browser_session(&self, token_hash: &str) -> Option<BrowserSessionFacts> {
        if !self.enabled() {
            return None;
        }
        self.browser_sessions.get(token_hash, self.ttl)
    }

    pub fn remember_browser_session(&self, token_hash: String, facts: BrowserSessionFacts) {
        if self.enabled() {
            self.browser_sessions.put(token_hash, facts, self.ttl);
        }
    }

    /// Call it when this node ends the browser session (its family is forgotten apart).
    pub fn forget_browser_session(&self, token_hash: &str) {
        self.browser_sessions.forget(&token_hash.to_owned());
    }

    /// `user`'s enrollment in the course with its progress, if remembered.
    pub fn progress(&self, user: UserId, course_id: &str) -> Option<Arc<EnrollmentProgress>> {
        if !self.enabled() {
            return None;
        }
        self.progress.get(&(user, course_id.to_owned()), self.ttl)
    }

    pub fn remember_progress(
        &self,
        user: UserId,
        course_id: &str,
        progress: Arc<EnrollmentProgress>,
    ) {
        if self.enabled() {
            self.progress
                .put((user, course_id.to_owned()), progress, self.ttl);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enrollment(last: &str) -> ActiveEnrollment {
        ActiveEnrollment {
            id: "e1".into(),
            last_lesson_id: Some(last.into()),
        }
    }

    #[test]
    fn remembers_enrollments_until_forgotten() {
        let cache = AccessCache::new(Duration::from_secs(60));
        let user = UserId::new();
        assert_eq!(cache.enrollment(user, "course"), None);
        cache.remember_enrollment(user, "course", enrollment("l1"));
        assert_eq!(cache.enrollment(user, "course"), Some(enrollment("l1")));
        assert_eq!(cache.enrollment(user, "other"), None);
        assert_eq!(cache.enrollment(UserId::new(), "course"), None);
        cache.forget_enrollment(user, "course");
        assert_eq!(cache.enrollment(user, "course"), None);
    }

    #[test]
    fn forgetting_a_user_forgets_their_enrollments() {
        let cache = AccessCache::new(Duration::from_secs(60));
        let (user, other) = (UserId::new(), UserId::new());
        cache.remember_enrollment(user, "a", enrollment("l1"));
        cache.remember_enrollment(other, "a", enrollment("l2"));
        cache.forget_user(user);
        assert_eq!(cache.enrollment(user, "a"), None);
        assert_eq!(cache.enrollment(other, "a"), Some(enrollment("l2")));
    }

    #[test]
    fn sessions_are_open_until_forgotten() {
        let cache = AccessCache::new(Duration::from_secs(60));
        assert!(!cache.session_open("s1"));
        cache.remember_open_session("s1".into());
        cache.remember_open_session("s2".into());
        assert!(cache.session_open("s1"));
        cache.forget_session("s1");
        assert!(!cache.session_open("s1"));
        assert!(cache.session_open("s2"));
    }

    #[test]
    fn standings_are_kept_for_their_revision_until_forgotten() {
        let cache = AccessCache::new(Duration::from_secs(60));
        let user = UserId::new();
        let part = Bytes::from_static(b"{\"enrollable\":true}");
        cache.remember_standing(user, "c", 3, part.clone());
        assert_eq!(cache.standing(user, "c", 3), Some(part.clone()));
        assert_eq!(cache.standing(user, "c", 4), None, "another revision");
        assert_eq!(cache.standing(user, "other", 3), None);
        cache.forget_standing(user, "c");
        assert_eq!(cache.standing(user, "c", 3), None);
        cache.remember_standing(user, "c", 3, part.clone());
        cache.forget_enrollment(user, "c");
        assert_eq!(cache.standing(user, "c", 3), None, "enrolling forgets it");
        cache.remember_standing(user, "c", 3, part);
        cache.forget_user(user);
        assert_eq!(cache.standing(user, "c", 3), None);
    }

    #[test]
    fn verification_answers_are_kept_until_forgotten() {
        let cache = AccessCache::new(Duration::from_secs(60));
        assert_eq!(cache.verification("ABCD"), None);
        cache.remember_verification("ABCD".into(), Bytes::from_static(b"{}"));
        assert_eq!(cache.verification("ABCD"), Some(Bytes::from_static(b"{}")));
        cache.forget_verification("ABCD");
        assert_eq!(cache.verification("ABCD"), None);
    }

    #[test]
    fn entries_expire_and_a_zero_ttl_keeps_nothing() {
        let cache = AccessCache::new(Duration::from_millis(20));
        let user = UserId::new();
        cache.remember_enrollment(user, "a", enrollment("l1"));
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(cache.enrollment(user, "a"), None);

        let off = AccessCache::new(Duration::ZERO);
        off.remember_enrollment(user, "a", enrollment("l1"));
        assert_eq!(off.enrollment(user, "a"), None);
    }
}
