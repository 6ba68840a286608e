//! The reports as CSV, the same bytes through every face (the JSON API's `?format=csv` and the
//! dashboard's download links): UTF-8 with a byte-order mark (so spreadsheet programs read
//! Cyrillic and ë ç right), comma-separated, fields quoted when they hold a comma, a quote or
//! a line break, CRLF line ends (RFC 4180). Column headers are in the caller's language
//! (`say` formats a Fluent id of `reports.ftl`); machine values (ids, codes, decimals with a
//! point) are unchanged.

use fluent_bundle::FluentArgs;
use kampus_progress::item_analysis::{ItemFigures as QuestionFigures, ItemReport};
use kampus_store::reports::Dimension;
use kampus_store::reports::completion::{CompletionReport, CompletionRow};
use kampus_store::reports::headline::{Headline, HeadlineReport};
use kampus_store::reports::knowledge_gain::{GainReport, GainRow};
use kampus_store::reports::progress::{CourseOutline, LearnerProgress};
use kampus_store::reports::satisfaction::{ItemFigures, SatisfactionReport};

/// A CSV document being written.
#[derive(Debug)]
pub struct Csv {
    text: String,
}

impl Csv {
    /// A document that starts with this header row.
    pub fn with_header<S: AsRef<str>>(header: &[S]) -> Self {
        let mut csv = Csv {
            text: String::from("\u{feff}"),
        };
        csv.row(header);
        csv
    }

    pub fn row<S: AsRef<str>>(&mut self, fields: &[S]) {
        let line: Vec<String> = fields.iter().map(|f| field(f.as_ref())).collect();
        self.text.push_str(&line.join(","));
        self.text.push_str("\r\n");
    }

    /// What was written since the last take (the first take starts with the byte-order
    /// mark and the header), for streaming.
    pub fn take(&mut self) -> String {
        std::mem::take(&mut self.text)
    }

    /// The whole document.
    pub fn into_text(self) -> String {
        self.text
    }
}

fn field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// A number for a CSV cell: empty when there is none.
pub fn number(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| {
        format!("{}", (v * 10_000.0).round() / 10_000.0)
    })
}

/// Formats a Fluent id of the reports' strings in the caller's language.
pub type Say<'a> = &'a dyn Fn(&str) -> String;

fn yes_no(value: bool, say: Say) -> String {
    say(if value { "report-yes" } else { "report-no" })
}

/// The figures' columns of the completion report, as Fluent id suffixes.
pub const COMPLETION_FIGURES: [&str; 10] = [
    "enrolled",
    "started",
    "completed",
    "withdrawn",
    "completion-rate",
    "final-takers",
    "final-passers",
    "final-pass-rate",
    "median-days",
    "small-group",
];

/// The completion report: a row per group, then the totals.
pub fn completion(group_by: &[Dimension], report: &CompletionReport, say: Say) -> Csv {
    let figures = |row: &CompletionRow| {
        vec![
            row.enrolled.to_string(),
            row.started.to_string(),
            row.completed.to_string(),
            row.withdrawn.to_string(),
            number(row.completion_rate),
            row.final_takers.to_string(),
            row.final_passers.to_string(),
            number(row.final_pass_rate),
            number(row.median_days_to_complete),
            yes_no(row.small_group, say),
        ]
    };
    let rows = report
        .rows
        .iter()
        .map(|r| (&r.group[..], r.institution_name.as_deref(), figures(r)));
    grouped(
        group_by,
        &COMPLETION_FIGURES,
        rows,
        figures(&report.totals),
        say,
    )
}

/// The figures' columns of the knowledge-gain report, as Fluent id suffixes.
pub const GAIN_FIGURES: [&str; 8] = [
    "gain-learners",
    "gain-mean-pre",
    "gain-mean-post",
    "gain-mean-gain",
    "gain-class-normalized",
    "gain-individual-normalized",
    "gain-at-ceiling",
    "small-group",
];

/// The knowledge-gain report: a row per group, then the totals.
pub fn knowledge_gain(group_by: &[Dimension], report: &GainReport, say: Say) -> Csv {
    let figures = |row: &GainRow| {
        vec![
            row.learners.to_string(),
            number(row.mean_pre),
            number(row.mean_post),
            number(row.mean_gain),
            number(row.class_normalized_gain),
            number(row.mean_individual_normalized_gain),
            row.at_ceiling.to_string(),
            yes_no(row.small_group, say),
        ]
    };
    let rows = report
        .rows
        .iter()
        .map(|r| (&r.group[..], r.institution_name.as_deref(), figures(r)));
    grouped(group_by, &GAIN_FIGURES, rows, figures(&report.totals), say)
}

/// A grouped report: the dimensions' columns (an institution's name beside its id), the
/// figures' columns, a row per group and the totals last, labelled in the label columns.
fn grouped<'r>(
    group_by: &[Dimension],
    figure_columns: &[&str],
    rows: impl Iterator<
        Item = (
            &'r [(Dimension, Option<String>)],
            Option<&'r str>,
            Vec<String>,
        ),
    >,
    totals_figures: Vec<String>,
    say: Say,
) -> Csv {
    let mut header = Vec::new();
    for dimension in group_by {
        header.push(say(&format!("report-column-{}", dimension.name())));
        if *dimension == Dimension::Institution {
            header.push(say("report-column-institution-name"));
        }
    }
    if group_by.is_empty() {
        header.push(say("report-column-breakdown"));
    }
    header.extend(
        figure_columns
            .iter()
            .map(|f| say(&format!("report-column-{f}"))),
    );
    let mut csv = Csv::with_header(&header);
    for (group, institution_name, figures) in rows {
        let mut cells = Vec::new();
        for (dimension, value) in group {
            cells.push(value.clone().unwrap_or_default());
            if *dimension == Dimension::Institution {
                cells.push(institution_name.unwrap_or_default().to_owned());
            }
        }
        cells.extend(figures);
        csv.row(&cells);
    }
    let mut totals = vec![say("report-total")];
    let label_columns = group_by.len() + usize::from(group_by.contains(&Dimension::Institution));
    totals.resize(label_columns.max(1), String::new());
    totals.extend(totals_figures);
    csv.row(&totals);
    csv
}

/// The headline figures: the totals, then a row per course and per country.
pub fn headline(report: &HeadlineReport, say: Say) -> Csv {
    let mut csv = Csv::with_header(&[
        say("report-column-breakdown"),
        String::new(),
        say("report-column-learners-trained"),
        say("report-column-courses-completed"),
        say("report-column-certificates-issued"),
        say("report-column-small-group"),
    ]);
    let line = |label: String, key: String, f: &Headline| {
        vec![
            label,
            key,
            f.learners_trained.to_string(),
            f.courses_completed.to_string(),
            f.certificates_issued.to_string(),
            yes_no(f.small_group, say),
        ]
    };
    csv.row(&line(
        say("report-breakdown-total"),
        String::new(),
        &report.totals,
    ));
    for group in &report.by_course {
        csv.row(&line(
            say("report-breakdown-course"),
            group.key.clone().unwrap_or_default(),
            &group.figures,
        ));
    }
    for group in &report.by_country {
        csv.row(&line(
            say("report-breakdown-country"),
            group.key.clone().unwrap_or_default(),
            &group.figures,
        ));
    }
    csv
}

/// The header of the learner progress list: the learner's columns, then one per module (its
/// id).
pub fn progress_header(outline: &CourseOutline, say: Say) -> Vec<String> {
    let mut header: Vec<String> = [
        "learner",
        "email",
        "institution-name",
        "locale",
        "status",
        "enrolled-at",
        "completed-at",
        "lessons-completed",
        "pre-test",
        "final-score",
        "certificate",
    ]
    .iter()
    .map(|k| say(&format!("report-column-{k}")))
    .collect();
    header.extend(outline.modules.iter().map(|(id, _)| id.clone()));
    header
}

/// One learner's row of the progress list.
pub fn progress_row(row: &LearnerProgress) -> Vec<String> {
    let day = |t: chrono::NaiveDateTime| t.format("%Y-%m-%d").to_string();
    let mut cells = vec![
        row.display_name.clone(),
        row.email.clone(),
        row.institution.clone().unwrap_or_default(),
        row.locale.clone(),
        row.status.clone(),
        day(row.enrolled_at),
        row.completed_at.map(day).unwrap_or_default(),
        row.lessons_completed.to_string(),
        number(row.pre_test),
        number(row.final_score),
        row.certificate_id.clone().unwrap_or_default(),
    ];
    cells.extend(row.modules.iter().map(|m| m.status.to_owned()));
    cells
}

/// Formats a Fluent id with arguments.
pub type SayWith<'a> = &'a dyn Fn(&str, Option<&FluentArgs<'_>>) -> String;

/// The survey of a course: one row per item; for admins (`with_comments`), then one row per
/// comment (its item, and the comment in the last column). `text_of` gives an item's text in
/// the caller's language.
pub fn satisfaction(
    report: &SatisfactionReport,
    with_comments: bool,
    text_of: &dyn Fn(&str) -> Option<String>,
    say: SayWith,
) -> Csv {
    let points = report
        .items
        .iter()
        .filter_map(|i| i.scale)
        .max()
        .unwrap_or_default();
    let mut header: Vec<String> = [
        "report-column-survey-item",
        "report-column-survey-question",
        "report-column-survey-type",
        "report-column-survey-responses",
        "report-column-survey-mean",
    ]
    .iter()
    .map(|key| say(key, None))
    .collect();
    for point in 1..=points {
        let mut args = FluentArgs::new();
        args.set("point", point);
        header.push(say("report-column-survey-rated", Some(&args)));
    }
    header.push(say("report-column-survey-small-group", None));
    if with_comments {
        header.push(say("report-column-survey-comment", None));
    }
    let mut csv = Csv::with_header(&header);
    let kind = |item: &ItemFigures| say(&format!("report-survey-{}", item.item_type), None);
    for item in &report.items {
        let mut cells = vec![
            item.id.clone(),
            text_of(&item.id).unwrap_or_default(),
            kind(item),
            item.responses.to_string(),
            number(item.mean),
        ];
        let counts = item.distribution.as_deref().unwrap_or_default();
        cells.extend(
            (0..usize::from(points))
                .map(|p| counts.get(p).map(ToString::to_string).unwrap_or_default()),
        );
        cells.push(yes_no(item.small_group, &|key| say(key, None)));
        if with_comments {
            cells.push(String::new());
        }
        csv.row(&cells);
    }
    for item in report.items.iter().filter(|_| with_comments) {
        for comment in item.comments.iter().flatten() {
            let mut cells = vec![item.id.clone(), text_of(&item.id).unwrap_or_default()];
            cells.push(kind(item));
            cells.resize(header.len() - 1, String::new());
            cells.push(comment.clone());
            csv.row(&cells);
        }
    }
    csv
}

/// The item analysis's columns: Fluent ids.
const ITEM_COLUMNS: [&str; 10] = [
    "report-item-question",
    "report-item-type",
    "report-column-locale",
    "report-item-attempts",
    "report-item-facility",
    "report-item-discrimination",
    "report-item-unanswered",
    "report-item-answers",
    "report-item-small-sample",
    "report-item-translation-flag",
];

/// An assessment's item analysis: a row per question (every locale), then one per question
/// and locale.
pub fn item_analysis(items: &ItemReport, say: Say) -> Csv {
    let header: Vec<String> = ITEM_COLUMNS.iter().map(|key| say(key)).collect();
    let mut csv = Csv::with_header(&header);
    let all_locales = say("report-item-all-locales");
    for question in &items.questions {
        let kind = question.question_type.unwrap_or_default();
        let line = |locale: &str, figures: &QuestionFigures, flag: bool| {
            let answers = figures.answers.as_ref().map_or_else(String::new, |d| {
                d.0.iter()
                    .map(|(choice, count)| format!("{choice}: {count}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            });
            vec![
                question.id.clone(),
                kind.to_owned(),
                locale.to_owned(),
                figures.attempts.to_string(),
                number(figures.facility),
                number(figures.discrimination),
                figures.unanswered.to_string(),
                answers,
                yes_no(figures.small_group, say),
                yes_no(flag, say),
            ]
        };
        csv.row(&line(
            &all_locales,
            &question.figures,
            question.translation_flag,
        ));
        for locale in &question.locales {
            csv.row(&line(
                &locale.locale,
                &locale.figures,
                locale.translation_flag,
            ));
        }
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_when_needed() {
        let mut csv = Csv::with_header(&["a", "b"]);
        csv.row(&["Ministarstvo, Sarajevo", "say \"hi\""]);
        csv.row(&["plain", "Ëngjëll"]);
        assert_eq!(
            csv.into_text(),
            "\u{feff}a,b\r\n\"Ministarstvo, Sarajevo\",\"say \"\"hi\"\"\"\r\nplain,Ëngjëll\r\n"
        );
        assert_eq!(number(Some(0.123_456)), "0.1235");
        assert_eq!(number(None), "");
    }
}
