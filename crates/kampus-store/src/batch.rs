//! Group commit: many small writes from concurrent requests share one transaction.
//!
//! A lesson event is two or three statements; on its own it would pay a whole transaction
//! (SQLite's single write lock, PostgreSQL's commit flush) per request, and concurrent writers
//! would queue on the lock one by one. The [`WriteBatcher`] runs such jobs on one writer
//! thread: it takes every job that is waiting (up to [`BatchSettings::max_batch`]), runs each
//! in its own savepoint inside one transaction, commits once, and only then answers each
//! caller. A job that fails is rolled back to its savepoint and answered with its own error;
//! the others still commit. If the transaction itself cannot begin or commit, every job in
//! it is answered with [`StoreError::BatchFailed`] and nothing of the batch is kept.
//!
//! Callers see exactly the semantics of running their job in its own write transaction: it
//! is atomic, and its answer means it is durable. On SQLite there is one writer, so jobs run
//! one after another and never race each other on the same node; on PostgreSQL several
//! writers run batches side by side (each statement there is a network round trip), and jobs
//! must be written for concurrency, as they must anyway with several nodes.
//!
//! The writer has a connection of its own, outside the pool: SQLite drops a connection's page
//! cache whenever another connection commits, so a connection taken from the pool for each
//! batch read back from the file the very pages it had just written. On SQLite, the writer's
//! connection also leaves WAL checkpoints (copying the log back into the database file) to a
//! companion thread: done on commit, as SQLite does by default, they stalled the writer, and
//! with it every write of the node, several times a second under load.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use diesel::RunQueryDsl;
use tokio::sync::{mpsc, oneshot};

use crate::DatabaseUrl;
use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::pool::ConnectionManager;
use crate::reports::aggregates::items::holding_cells;

/// How often the companion thread copies the SQLite write-ahead log into the database.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);
/// A log larger than this is checkpointed completely and truncated, pausing writers briefly.
/// (Passive checkpoints alone never let the log start over while reads go on without a gap:
/// under a sustained load it grew past 3 GB in a minute.)
const WAL_TRUNCATE_ABOVE: u64 = 16 * 1024 * 1024;

/// How the writer groups jobs.
#[derive(Debug, Clone, Copy)]
pub struct BatchSettings {
    /// Most jobs in one transaction: bounds a transaction's length (and so the time other
    /// writers wait for the lock) under a burst.
    pub max_batch: usize,
    /// Jobs that may wait; a caller beyond it waits for room (back-pressure, not an error).
    pub queue: usize,
    /// Writer threads on PostgreSQL, each with its own connection and batches. (SQLite has
    /// one writer whatever this says: it takes one write at a time anyway.) On PostgreSQL
    /// each statement is a round trip, so one thread would leave the server idle.
    pub postgres_writers: usize,
}

impl Default for BatchSettings {
    fn default() -> Self {
        Self {
            max_batch: 256,
            queue: 8192,
            postgres_writers: 8,
        }
    }
}

/// A job as the writer thread sees it: run in the open transaction (perhaps twice, see
/// [`run_batch`]), then told how the batch ended.
trait Job: Send {
    /// Runs the work in the open transaction; `false` when it failed.
    fn run(&mut self, conn: &mut DbConnection) -> bool;
    /// Records that the transaction the job ran in could not commit.
    fn fail(&mut self, cause: &str);
    /// Delivers the job's own outcome if the batch committed, else the batch's failure.
    fn finish(self: Box<Self>, batch: Result<(), &str>);
}

struct TypedJob<T, F> {
    work: F,
    outcome: Option<Result<T, StoreError>>,
    reply: oneshot::Sender<Result<T, StoreError>>,
}

impl<T, F> Job for TypedJob<T, F>
where
    T: Send,
    F: FnMut(&mut DbConnection) -> Result<T, StoreError> + Send,
{
    fn run(&mut self, conn: &mut DbConnection) -> bool {
        let outcome = (self.work)(conn);
        let ok = outcome.is_ok();
        self.outcome = Some(outcome);
        ok
    }

    fn fail(&mut self, cause: &str) {
        self.outcome = Some(Err(StoreError::BatchFailed(cause.to_owned())));
    }

    fn finish(self: Box<Self>, batch: Result<(), &str>) {
        let answer = match (batch, self.outcome) {
            (Ok(()), Some(outcome)) => outcome,
            (Ok(()), None) => Err(StoreError::BatchFailed("the job did not run".into())),
            // The job's own error stands even when the batch failed too: it was rolled back
            // either way, and its cause is the more useful one.
            (Err(_), Some(Err(own))) => Err(own),
            (Err(cause), _) => Err(StoreError::BatchFailed(cause.to_owned())),
        };
        // The caller may have gone away (client disconnected): nothing to tell then.
        let _gone = self.reply.send(answer);
    }
}

/// The handle to the writer thread; cheap to clone. The thread ends when the last handle is
/// dropped, after answering every job it was given.
#[derive(Clone)]
pub struct WriteBatcher {
    jobs: mpsc::Sender<Box<dyn Job>>,
    _thread: Arc<WriterThread>,
}

impl std::fmt::Debug for WriteBatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WriteBatcher")
            .field(
                "waiting",
                &(self.jobs.max_capacity() - self.jobs.capacity()),
            )
            .finish_non_exhaustive()
    }
}

/// Keeps the thread's handle so that it is not detached silently; it is not joined on drop
/// (the last sender going away is what stops it, and it may be dropped on that very thread).
/// Dropping it stops the checkpoint thread.
struct WriterThread {
    _writers: Vec<JoinHandle<()>>,
    stop_checkpoints: Arc<AtomicBool>,
}

impl Drop for WriterThread {
    fn drop(&mut self) {
        self.stop_checkpoints.store(true, Ordering::Relaxed);
    }
}

impl WriteBatcher {
    /// Starts the writer thread on the database at `url` (it opens its own connection).
    pub fn start(url: DatabaseUrl, settings: BatchSettings) -> std::io::Result<Self> {
        let (jobs, receiver) = mpsc::channel(settings.queue.max(1));
        let sqlite = matches!(url, DatabaseUrl::Sqlite(_));
        let writers = if sqlite {
            1
        } else {
            settings.postgres_writers.max(1)
        };
        // The writers take turns at the queue: the one holding it gathers a batch, the
        // others run theirs meanwhile.
        let receiver = Arc::new(std::sync::Mutex::new(receiver));
        let mut threads = Vec::with_capacity(writers);
        for _ in 0..writers {
            let (url, receiver) = (url.clone(), Arc::clone(&receiver));
            threads.push(
                std::thread::Builder::new()
                    .name("kampus-writer".into())
                    .spawn(move || write_loop(&url, &receiver, settings.max_batch.max(1)))?,
            );
        }
        let stop_checkpoints = Arc::new(AtomicBool::new(false));
        if sqlite {
            let stop = Arc::clone(&stop_checkpoints);
            std::thread::Builder::new()
                .name("kampus-checkpoint".into())
                .spawn(move || checkpoint_loop(&url, &stop))?;
        }
        Ok(Self {
            jobs,
            _thread: Arc::new(WriterThread {
                _writers: threads,
                stop_checkpoints,
            }),
        })
    }

    /// Runs `work` atomically in the next batch and returns its outcome once it is committed.
    /// `work` may run twice (`FnMut`): a second time, alone, when another job of its batch
    /// failed and the batch was rolled back; it sees nothing of the first run.
    pub async fn run<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnMut(&mut DbConnection) -> Result<T, StoreError> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job = TypedJob {
            work,
            outcome: None,
            reply,
        };
        let stopped = || StoreError::BatchFailed("the writer has stopped".into());
        self.jobs.send(Box::new(job)).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

type SharedReceiver = std::sync::Mutex<mpsc::Receiver<Box<dyn Job>>>;

/// Waits for a job, then takes every other one waiting (up to `max_batch`). `false` when the
/// queue is closed (every handle dropped) or poisoned.
fn gather(receiver: &SharedReceiver, batch: &mut Vec<Box<dyn Job>>, max_batch: usize) -> bool {
    let Ok(mut receiver) = receiver.lock() else {
        return false;
    };
    let Some(first) = receiver.blocking_recv() else {
        return false;
    };
    batch.push(first);
    while batch.len() < max_batch {
        match receiver.try_recv() {
            Ok(job) => batch.push(job),
            Err(_) => break,
        }
    }
    true
}

fn write_loop(url: &DatabaseUrl, receiver: &SharedReceiver, max_batch: usize) {
    let mut batch: Vec<Box<dyn Job>> = Vec::with_capacity(max_batch);
    // Kept between batches; dropped after an error, to start afresh with a new one.
    let mut held: Option<DbConnection> = None;
    while gather(receiver, &mut batch, max_batch) {
        let outcome = run_batch(url, &mut held, &mut batch);
        if outcome.is_err() {
            held = None;
        }
        if let Err(cause) = &outcome {
            tracing::warn!(jobs = batch.len(), %cause, "a write batch failed; its jobs were told");
        }
        let told = outcome.as_ref().map(|&()| ()).map_err(String::as_str);
        for job in batch.drain(..) {
            job.finish(told);
        }
    }
}

/// Why a batch's transaction was rolled back.
enum Abort {
    /// A job failed: the others are run again, each alone.
    JobFailed,
    /// Beginning or committing failed.
    Database(String),
}

impl From<diesel::result::Error> for Abort {
    fn from(error: diesel::result::Error) -> Self {
        Abort::Database(error.to_string())
    }
}

/// Runs the jobs in one write transaction, without savepoints (on PostgreSQL each would be
/// two more round trips per job). If a job fails, nothing of the batch is kept and every job
/// runs again in a transaction of its own, so that only the failing one fails. `Err` when
/// the database could not begin or commit.
fn run_batch(
    url: &DatabaseUrl,
    held: &mut Option<DbConnection>,
    batch: &mut [Box<dyn Job>],
) -> Result<(), String> {
    let conn = match held {
        Some(conn) => conn,
        None => held.insert(writer_connection(url)?),
    };
    // The item-analysis cells of the attempts graded in a transaction are summed once at its
    // end (`holding_cells`); if that fails, the jobs run again alone like after a failed job.
    let together = conn.write_transaction(|tx| {
        let jobs = holding_cells(tx, |tx| {
            for job in batch.iter_mut() {
                if !job.run(tx) {
                    return Err(Abort::JobFailed);
                }
            }
            Ok(())
        });
        jobs.map_err(|_| Abort::JobFailed)?
    });
    match together {
        Ok(()) => Ok(()),
        Err(Abort::Database(cause)) => Err(cause),
        Err(Abort::JobFailed) => {
            for job in batch.iter_mut() {
                let alone = conn.write_transaction(|tx| {
                    let ran = holding_cells(tx, |tx| {
                        if job.run(tx) {
                            Ok(())
                        } else {
                            Err(Abort::JobFailed)
                        }
                    });
                    ran.map_err(|cells| Abort::Database(cells.to_string()))?
                });
                if let Err(Abort::Database(cause)) = alone {
                    job.fail(&cause);
                }
            }
            Ok(())
        }
    }
}

/// The writer's own connection; on SQLite it does not checkpoint (the companion thread does).
fn writer_connection(url: &DatabaseUrl) -> Result<DbConnection, String> {
    let mut conn = ConnectionManager::new(url.clone())
        .open()
        .map_err(|e| e.to_string())?;
    if matches!(conn, DbConnection::Sqlite(_)) {
        diesel::sql_query("PRAGMA wal_autocheckpoint = 0")
            .execute(&mut conn)
            .map_err(|e| e.to_string())?;
    }
    Ok(conn)
}

/// The checkpointer's connection. It does not wait for a lock (no busy timeout): a truncating
/// checkpoint holds the write lock while it waits for readers, so waiting would stall every
/// writer; refused, it simply tries again on the next round.
fn checkpoint_connection(url: &DatabaseUrl) -> Option<DbConnection> {
    let mut conn = ConnectionManager::new(url.clone()).open().ok()?;
    diesel::sql_query("PRAGMA busy_timeout = 0")
        .execute(&mut conn)
        .ok()?;
    Some(conn)
}

/// Copies the write-ahead log into the database file every [`CHECKPOINT_EVERY`], without
/// waiting for readers or blocking writers (`PASSIVE`), and truncates it when it has grown
/// past [`WAL_TRUNCATE_ABOVE`], until `stop` is set.
fn checkpoint_loop(url: &DatabaseUrl, stop: &AtomicBool) {
    let wal = url.sqlite_path().map(|db| {
        let mut wal = db.as_os_str().to_owned();
        wal.push("-wal");
        std::path::PathBuf::from(wal)
    });
    let mut conn: Option<DbConnection> = None;
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(CHECKPOINT_EVERY);
        if conn.is_none() {
            conn = checkpoint_connection(url);
        }
        let Some(open) = conn.as_mut() else { continue };
        let large = wal
            .as_ref()
            .and_then(|wal| std::fs::metadata(wal).ok())
            .is_some_and(|m| m.len() > WAL_TRUNCATE_ABOVE);
        // The passive one copies almost everything first, so that writers wait only for the
        // little that is left when the log is truncated.
        let mut outcome = diesel::sql_query("PRAGMA wal_checkpoint(PASSIVE)").execute(open);
        if large && outcome.is_ok() {
            outcome = diesel::sql_query("PRAGMA wal_checkpoint(TRUNCATE)").execute(open);
        }
        if let Err(e) = outcome {
            tracing::warn!(error = %e, "WAL checkpoint failed; retrying with a new connection");
            conn = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use diesel::prelude::*;

    use super::*;
    use crate::pool::Pool;
    use crate::testing::TestDatabase;

    diesel::table! {
        batch_probe (id) {
            id -> Text,
        }
    }

    fn insert(conn: &mut DbConnection, id: &str) -> Result<(), StoreError> {
        diesel::insert_into(batch_probe::table)
            .values(batch_probe::id.eq(id))
            .execute(conn)?;
        Ok(())
    }

    fn count(pool: &Pool) -> i64 {
        let mut conn = pool.get().expect("connection");
        batch_probe::table
            .count()
            .get_result(&mut conn)
            .expect("count")
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime")
    }

    fn probe_pool() -> (TestDatabase, Pool) {
        let db = TestDatabase::new();
        let pool = db.migrated_pool();
        let mut conn = pool.get().expect("connection");
        diesel::sql_query("CREATE TABLE batch_probe (id TEXT PRIMARY KEY)")
            .execute(&mut conn)
            .expect("create table");
        (db, pool)
    }

    #[test]
    fn a_failing_job_is_rolled_back_alone_and_the_others_commit() {
        let (_db, pool) = probe_pool();
        let batcher =
            WriteBatcher::start(pool.url().clone(), BatchSettings::default()).expect("start");
        let outcomes = runtime().block_on(async {
            let jobs: Vec<_> = (0..40)
                .map(|i| {
                    let batcher = batcher.clone();
                    tokio::spawn(async move {
                        batcher
                            .run(move |conn| {
                                insert(conn, &format!("row-{i}"))?;
                                // Every fifth job inserts a second row, then fails on a
                                // duplicate key: both of its rows must disappear.
                                if i % 5 == 0 {
                                    insert(conn, &format!("extra-{i}"))?;
                                    insert(conn, &format!("row-{i}"))?;
                                }
                                Ok(i)
                            })
                            .await
                    })
                })
                .collect();
            let mut outcomes = Vec::new();
            for job in jobs {
                outcomes.push(job.await.expect("task"));
            }
            outcomes
        });
        let failed = outcomes
            .iter()
            .filter(|o| matches!(o, Err(StoreError::Conflict(_))))
            .count();
        assert_eq!(failed, 8);
        assert_eq!(outcomes.iter().filter(|o| o.is_ok()).count(), 32);
        assert_eq!(count(&pool), 32);
    }

    #[test]
    fn an_answer_means_the_write_is_visible_to_other_connections() {
        let (_db, pool) = probe_pool();
        let batcher =
            WriteBatcher::start(pool.url().clone(), BatchSettings::default()).expect("start");
        runtime()
            .block_on(batcher.run(|conn| insert(conn, "seen")))
            .expect("job");
        assert_eq!(count(&pool), 1);
    }
}
