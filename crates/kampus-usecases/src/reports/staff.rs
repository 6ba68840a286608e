//! Whose figures a staff member sees, and where the figures are read.

use kampus_content::model::Assessment;
use kampus_progress::item_analysis::{ItemAnalysis, ItemReport};
use kampus_store::reports::assessments::{self, AssessmentRef, LocaleAttempts};
use kampus_store::reports::progress::{self, CourseOutline, Page};
use kampus_store::reports::{Filter, Scope as ReportScope};
use kampus_store::users::{self, Role, User};
use kampus_store::{DbConnection, Pool, StoreError};

use crate::context::Context;
use crate::error::UseCaseError;
use crate::scope::Scope;

/// What `user` may see as staff: everyone for an admin, the institutions assigned to a
/// trainer (possibly none); `None` for a learner, who sees no one's figures.
pub async fn scope_of(cases: &Context, user: &User) -> Result<Option<Scope>, UseCaseError> {
    match user.role {
        Role::Admin => Ok(Some(Scope::All)),
        Role::Learner => Ok(None),
        Role::Trainer => {
            let id = user.id;
            let ids = cases
                .blocking(move |conn| Ok::<_, UseCaseError>(users::trainer_institutions(conn, id)?))
                .await?;
            Ok(Some(Scope::Institutions(ids)))
        }
    }
}

impl From<&Scope> for kampus_store::reports::Scope {
    fn from(scope: &Scope) -> Self {
        match scope {
            Scope::All => Self::All,
            Scope::Institutions(ids) => Self::Institutions(ids.clone()),
        }
    }
}

/// Where reports read: a replica when one is configured, so heavy reports never slow
/// learners down; the primary's pool otherwise.
#[derive(Debug, Clone)]
pub struct ReportsDb {
    pool: Pool,
}

impl ReportsDb {
    pub fn new(pool: Pool) -> Self {
        Self { pool }
    }

    /// Runs `read` with a pooled connection on the blocking thread pool.
    pub async fn read<T, F>(&self, read: F) -> Result<T, UseCaseError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            Ok(read(&mut conn)?)
        })
        .await
        .map_err(|e| UseCaseError::Internal(format!("blocking task: {e}")))?
    }
}

/// Enrollments whose rows one query reads while the progress list is exported.
const EXPORT_SLICE: usize = 1_000;

impl ReportsDb {
    /// The whole progress list of a course as CSV, in chunks: the header at once (the first
    /// byte does not wait for the sorting), then the learners' ids in order and their rows a
    /// slice of ids at a time, so a course of 100,000 learners never sits in memory. At most
    /// a few chunks wait in the channel; the export stops when its receiver is dropped (the
    /// client went away).
    pub fn export_progress(
        &self,
        scope: ReportScope,
        filter: Filter,
        outline: CourseOutline,
        page: Page,
        header: Vec<String>,
    ) -> tokio::sync::mpsc::Receiver<Result<String, UseCaseError>> {
        let (sender, receiver) = tokio::sync::mpsc::channel(4);
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut csv = super::csv::Csv::with_header(&header);
            if sender.blocking_send(Ok(csv.take())).is_err() {
                return;
            }
            let exported = (|| -> Result<(), UseCaseError> {
                let mut conn = pool.get()?;
                let ids = progress::ordered_ids(&mut conn, &scope, &filter, &outline, &page)?;
                for slice in ids.chunks(EXPORT_SLICE) {
                    for row in &progress::rows(&mut conn, &outline, slice)? {
                        csv.row(&super::csv::progress_row(row));
                    }
                    if sender.blocking_send(Ok(csv.take())).is_err() {
                        break;
                    }
                }
                Ok(())
            })();
            if let Err(e) = exported {
                let _ = sender.blocking_send(Err(e));
            }
        });
        receiver
    }
}

/// An assessment's submitted attempts by the learners in `scope` and `filter`: per locale
/// (attempts, learners, percents, passes) and the item analysis of every question — from the
/// item cells when the filter allows, else the attempts one by one. `filter.course` is the
/// assessment's course.
pub fn item_analysis(
    conn: &mut DbConnection,
    scope: &ReportScope,
    filter: &Filter,
    target: &AssessmentRef,
    assessment: &Assessment,
) -> Result<(Vec<LocaleAttempts>, ItemReport), StoreError> {
    let mut analysis = ItemAnalysis::new(assessment);
    if let Some(cells) = assessments::from_cells(conn, scope, filter, target)? {
        let mut locales = Vec::with_capacity(cells.len());
        for (figures, sums) in cells {
            analysis.add_sums(&figures.locale, &sums);
            locales.push(figures);
        }
        return Ok((locales, analysis.finish()));
    }
    let locales = assessments::by_locale(conn, scope, filter, target)?;
    assessments::for_each_submitted(conn, scope, filter, target, |row| {
        analysis.add(&row.locale, &row.answers, &row.result);
    })?;
    Ok((locales, analysis.finish()))
}

/// The attempts of every locale together (a learner has one preferred locale, so learners add
/// up too).
pub fn all_locales(locales: &[LocaleAttempts]) -> LocaleAttempts {
    let mut whole = LocaleAttempts {
        locale: String::new(),
        attempts: 0,
        learners: 0,
        percent_sum: None,
        judged: 0,
        passed: 0,
    };
    for l in locales {
        whole.attempts += l.attempts;
        whole.learners += l.learners;
        whole.judged += l.judged;
        whole.passed += l.passed;
        if let Some(sum) = l.percent_sum {
            whole.percent_sum = Some(whole.percent_sum.unwrap_or(0.0) + sum);
        }
    }
    whole
}
