//! Where the completion and knowledge-gain reports read their figures: the monthly cells
//! (`report_completion_cells`) when the period is whole months, else the per-enrollment rows
//! (`report_enrollments`). Both are kept in step with the events ([`super::aggregates`]).

use chrono::Datelike;

use super::sql::{Columns, Dates, conditions_on};
use super::{Dimension, Filter, Scope};
use crate::connection::DbConnection;

/// Where a dimension is read from in each source.
trait InSource {
    fn expression(self, conn: &DbConnection, source: Source) -> String;
}

impl InSource for Dimension {
    fn expression(self, conn: &DbConnection, source: Source) -> String {
        match (source, self) {
            (Source::Cells, Dimension::Course) => "c.course_id".to_owned(),
            (Source::Cells, Dimension::Locale) => "c.locale".to_owned(),
            (Source::Cells, Dimension::Institution) => "NULLIF(c.institution_id, '')".to_owned(),
            (Source::Cells, Dimension::Country) => "NULLIF(c.country_code, '')".to_owned(),
            (Source::Cells, Dimension::Gender) => "NULLIF(c.gender, '')".to_owned(),
            (Source::Cells, Dimension::Month) => "c.month".to_owned(),
            (Source::Rows, dimension) => dimension.row_expression(conn),
        }
    }
}

/// Where the figures are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Source {
    /// `report_completion_cells c`: sums per month.
    Cells,
    /// `report_enrollments r`: one row per enrollment.
    Rows,
}

impl Source {
    pub fn columns(self) -> Columns<'static> {
        match self {
            Source::Cells => Columns {
                learner: "1 = 1",
                course: "c.course_id",
                institution: "c.institution_id",
                country: "c.country_code",
                locale: "c.locale",
                gender: "c.gender",
                no_gender: "= ''",
                dates: Dates::Month("c.month"),
            },
            Source::Rows => Columns::enrollment_rows("r.enrolled_at"),
        }
    }

    /// The cells when the period is whole months (or open), else the rows: the cells know
    /// only the month of enrollment.
    pub fn for_filter(filter: &Filter) -> Self {
        let first_of_month = filter.from.is_none_or(|day| day.day() == 1);
        let last_of_month = filter
            .to
            .is_none_or(|day| day.succ_opt().is_none_or(|next| next.day() == 1));
        if first_of_month && last_of_month {
            Source::Cells
        } else {
            Source::Rows
        }
    }

    pub fn tables(self) -> &'static str {
        match self {
            Source::Cells => {
                "FROM report_completion_cells c LEFT JOIN institutions i ON i.id = c.institution_id"
            }
            Source::Rows => {
                "FROM report_enrollments r LEFT JOIN institutions i ON i.id = r.institution_id"
            }
        }
    }
}

impl Source {
    /// `d0` to `d5`: the dimensions grouped by, then NULLs (a slot for every dimension there
    /// is, so offering one more grouping is a line in a report's `DIMENSIONS`).
    pub fn selected_dimensions(self, conn: &DbConnection, group_by: &[Dimension]) -> String {
        (0..Dimension::ALL.len())
            .map(|n| match group_by.get(n) {
                Some(d) => format!("{} AS d{n}", d.expression(conn, self)),
                None => format!("CAST(NULL AS TEXT) AS d{n}"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// `SELECT` the dimensions, the institution's name (when grouped by institution) and
    /// `sums`, from this source, for the scope and filter and `only` (a further condition),
    /// one row per group.
    pub fn grouped_sql(
        self,
        conn: &DbConnection,
        scope: &Scope,
        filter: &Filter,
        group_by: &[Dimension],
        sums: &str,
        only: Option<&str>,
    ) -> String {
        let by_institution = group_by.contains(&Dimension::Institution);
        let mut grouped: Vec<String> = group_by.iter().map(|d| d.expression(conn, self)).collect();
        if by_institution {
            grouped.push("i.name".to_owned());
        }
        let group_clause = if grouped.is_empty() {
            String::new()
        } else {
            format!("GROUP BY {}", grouped.join(", "))
        };
        let mut conditions = conditions_on(&self.columns(), scope, filter);
        conditions.extend(only.map(str::to_owned));
        format!(
            "SELECT {dims}, {name} AS institution_name, {sums} {from} WHERE {conditions} \
             {group_clause}",
            dims = self.selected_dimensions(conn, group_by),
            name = if by_institution {
                "i.name"
            } else {
                "CAST(NULL AS TEXT)"
            },
            from = self.tables(),
            conditions = conditions.join(" AND "),
        )
    }
}
