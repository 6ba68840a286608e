//! Running tallies of one question and one outcome, overall and per locale.

use kampus_store::reports::aggregates::items::ItemSums;

use super::moments::{Moments, as_f64, translation_flags};
use super::stored::Picked;
use super::{
    Distribution, ItemFigures, LocaleItem, LocaleMastery, Mastery, OutcomeMastery, QuestionStats,
    SMALL_SAMPLE, locale_rank,
};

/// One question's running figures in one group of attempts.
#[derive(Debug, Clone)]
pub(super) struct Cell {
    moments: Moments,
    unanswered: u64,
    /// Choice id → times chosen; `None` for questions without choices.
    chosen: Option<Vec<(String, u64)>>,
}

impl Cell {
    fn new(choices: Option<&[String]>) -> Self {
        Cell {
            moments: Moments::default(),
            unanswered: 0,
            chosen: choices.map(|c| c.iter().map(|id| (id.clone(), 0)).collect()),
        }
    }

    fn add(&mut self, x: f64, rest: f64, response: Option<&Picked<'_>>) {
        self.moments.add(x, rest);
        let Some(response) = response else {
            self.unanswered += 1;
            return;
        };
        let Some(chosen) = &mut self.chosen else {
            return;
        };
        let mut count = |id: &str| match chosen.iter_mut().find(|(c, _)| c == id) {
            Some((_, n)) => *n += 1,
            // A choice only an older version of the question had.
            None => chosen.push((id.to_owned(), 1)),
        };
        match response {
            Picked::One(id) => count(id),
            Picked::Many(ids) => ids.iter().for_each(|id| count(id)),
            Picked::Bool(value) => count(if *value { "true" } else { "false" }),
            Picked::Other => {}
        }
    }

    /// Adds a cell's sums of the question (choices only when the question has choices).
    fn add_sums(&mut self, sums: &ItemSums) {
        self.moments.merge(&Moments::from_sums(
            sums.responses,
            sums.score,
            sums.score_squares,
            sums.rest,
            sums.rest_squares,
            sums.products,
        ));
        self.unanswered += sums.unanswered;
        let Some(chosen) = &mut self.chosen else {
            return;
        };
        for (id, times) in &sums.chosen {
            match chosen.iter_mut().find(|(c, _)| c == id) {
                Some((_, n)) => *n += times,
                None => chosen.push((id.clone(), *times)),
            }
        }
    }

    fn figures(&self) -> ItemFigures {
        ItemFigures {
            attempts: self.moments.count(),
            facility: self.moments.facility(),
            discrimination: self.moments.discrimination(),
            unanswered: self.unanswered,
            answers: self.chosen.clone().map(Distribution),
            small_group: self.moments.count() < SMALL_SAMPLE,
        }
    }
}

/// The tally of locale number `locale` (see `ItemAnalysis::locales`), added when first seen.
fn locale_entry<T>(tallies: &mut Vec<Option<T>>, locale: usize, new: impl FnOnce() -> T) -> &mut T {
    if tallies.len() <= locale {
        tallies.resize_with(locale + 1, || None);
    }
    tallies[locale].get_or_insert_with(new)
}

/// The tallies that have something, with their locale's tag, in the order of
/// [`kampus_content::Locale::ALL`].
fn by_tag<T>(tallies: Vec<Option<T>>, tags: &[String]) -> Vec<(String, T)> {
    let mut named: Vec<(String, T)> = tallies
        .into_iter()
        .zip(tags)
        .filter_map(|(tally, tag)| tally.map(|t| (tag.clone(), t)))
        .collect();
    named.sort_by_key(|(tag, _)| (locale_rank(tag), tag.clone()));
    named
}

/// One question's running figures.
#[derive(Debug, Clone)]
pub(super) struct QuestionTally {
    id: String,
    question_type: Option<&'static str>,
    /// Indexes into the analysis's outcomes.
    pub(super) outcomes: Vec<usize>,
    choices: Option<Vec<String>>,
    all: Cell,
    /// By locale number.
    locales: Vec<Option<Cell>>,
}

impl QuestionTally {
    pub(super) fn new(
        id: String,
        question_type: Option<&'static str>,
        outcomes: Vec<usize>,
        choices: Option<Vec<String>>,
    ) -> Self {
        QuestionTally {
            all: Cell::new(choices.as_deref()),
            id,
            question_type,
            outcomes,
            choices,
            locales: Vec::new(),
        }
    }

    pub(super) fn add(&mut self, locale: usize, x: f64, rest: f64, response: Option<&Picked<'_>>) {
        self.all.add(x, rest, response);
        let choices = self.choices.as_deref();
        locale_entry(&mut self.locales, locale, || Cell::new(choices)).add(x, rest, response);
    }

    pub(super) fn add_sums(&mut self, locale: usize, sums: &ItemSums) {
        self.all.add_sums(sums);
        let choices = self.choices.as_deref();
        locale_entry(&mut self.locales, locale, || Cell::new(choices)).add_sums(sums);
    }

    pub(super) fn finish(self, outcome_ids: &[String], tags: &[String]) -> QuestionStats {
        let cells = by_tag(self.locales, tags);
        let flags = translation_flags(
            &cells
                .iter()
                .map(|(_, c)| (c.moments.count(), c.moments.score_sum()))
                .collect::<Vec<_>>(),
        );
        let locales: Vec<LocaleItem> = cells
            .iter()
            .zip(flags)
            .map(|((locale, cell), flag)| LocaleItem {
                locale: locale.clone(),
                figures: cell.figures(),
                translation_flag: flag,
            })
            .collect();
        QuestionStats {
            figures: self.all.figures(),
            translation_flag: locales.iter().any(|l| l.translation_flag),
            outcomes: self
                .outcomes
                .iter()
                .map(|&o| outcome_ids[o].clone())
                .collect(),
            id: self.id,
            question_type: self.question_type,
            locales,
        }
    }
}

/// Responses and summed score fractions.
#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    n: u64,
    sum: f64,
}

impl Sums {
    fn mastery(self) -> Mastery {
        Mastery {
            responses: self.n,
            mastery: (self.n > 0).then(|| self.sum / as_f64(self.n)),
        }
    }
}

/// One outcome's running mastery.
#[derive(Debug, Clone)]
pub(super) struct OutcomeTally {
    pub(super) id: String,
    all: Sums,
    /// By locale number.
    locales: Vec<Option<Sums>>,
}

impl OutcomeTally {
    pub(super) fn new(id: String) -> Self {
        OutcomeTally {
            id,
            all: Sums::default(),
            locales: Vec::new(),
        }
    }

    pub(super) fn add(&mut self, locale: usize, x: f64) {
        self.add_responses(locale, 1, x);
    }

    /// Adds `n` responses whose score fractions sum to `sum`.
    pub(super) fn add_responses(&mut self, locale: usize, n: u64, sum: f64) {
        for sums in [
            &mut self.all,
            locale_entry(&mut self.locales, locale, Sums::default),
        ] {
            sums.n += n;
            sums.sum += sum;
        }
    }

    pub(super) fn finish(self, tags: &[String]) -> OutcomeMastery {
        OutcomeMastery {
            outcome: self.id,
            mastery: self.all.mastery(),
            locales: by_tag(self.locales, tags)
                .into_iter()
                .map(|(locale, sums)| LocaleMastery {
                    locale,
                    mastery: sums.mastery(),
                })
                .collect(),
        }
    }
}
