//! How this node follows what admins publish: a timer that asks
//! [`LiveContent::refresh`] every few seconds (the content itself and why it is polled:
//! `kampus_usecases::publishing::live`).

use std::sync::Arc;
use std::time::Duration;

use kampus_store::Pool;
use kampus_usecases::publishing::live::LiveContent;

/// Checks the published revision every `interval` for the life of the process and swaps the
/// content when it moved. Failures (the database away for a moment) are logged and retried
/// at the next tick; the node keeps serving what it has.
pub fn follow_publications(live: Arc<LiveContent>, pool: Pool, interval: Duration) {
    actix_web::rt::spawn(async move {
        let mut ticks = actix_web::rt::time::interval(interval);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            let (live, pool) = (live.clone(), pool.clone());
            let checked = actix_web::rt::task::spawn_blocking(move || {
                let mut conn = pool.get()?;
                live.refresh(&mut conn)
            })
            .await;
            match checked {
                Ok(Ok(_)) => {}
                Ok(Err(error)) => {
                    tracing::warn!(error = %error, "could not check for newly published content");
                }
                Err(error) => tracing::error!(%error, "the content check task failed"),
            }
        }
    });
}
