//! Where the completion and knowledge-gain reports read their figures: the monthly cells
//! (`report_completion_cells`) when the period is whole months, else the per-enrollment rows
//! (`report_enrollments`). Both are kept in step with the events ([`super::aggregates`]).

use chrono::Datelike;

use super::sql::{Columns, Dates};
use super::{Dimension, Filter};
use crate::connection::DbConnection;

/// Where a dimension is read from in each source.
pub(super) trait InSource {
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
