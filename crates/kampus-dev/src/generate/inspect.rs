//! Reading generated data back for a quick self-check and the size report of `kampus dev
//! generate`.

use diesel::prelude::*;
use diesel::sql_types::BigInt;

use kampus_store::attempts::Attempt;
use kampus_store::certificates::Certificate;
use kampus_store::connection::DbConnection;
use kampus_store::error::StoreError;
use kampus_store::schema::{attempts, certificates};

/// Some submitted attempts and some certificates, to be read back with the application's own
/// types (the certificate snapshot's type lives in kampus-api, above this crate).
#[derive(Debug)]
pub struct Sample {
    pub attempts: Vec<Attempt>,
    pub certificates: Vec<Certificate>,
}

/// Up to `n` submitted attempts and `n` certificates.
pub fn sample(conn: &mut DbConnection, n: i64) -> Result<Sample, StoreError> {
    Ok(Sample {
        attempts: attempts::table
            .filter(attempts::submitted_at.is_not_null())
            .select(Attempt::as_select())
            .limit(n)
            .load(conn)?,
        certificates: certificates::table
            .select(Certificate::as_select())
            .limit(n)
            .load(conn)?,
    })
}

#[derive(QueryableByName)]
struct Size {
    #[diesel(sql_type = BigInt)]
    bytes: i64,
}

/// The size of the database in bytes.
///
/// BACKEND-SPECIFIC: SQLite counts its pages (as the connection sees them, the write-ahead
/// log included); PostgreSQL reports the database's size on disk.
pub fn database_size(conn: &mut DbConnection) -> Result<u64, StoreError> {
    let sql = match conn {
        DbConnection::Sqlite(_) => {
            "SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()"
        }
        DbConnection::Postgres(_) => "SELECT pg_database_size(current_database()) AS bytes",
    };
    let size: Size = diesel::sql_query(sql).get_result(conn)?;
    Ok(u64::try_from(size.bytes).unwrap_or(0))
}
