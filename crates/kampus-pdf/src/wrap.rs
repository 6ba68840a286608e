//! Line breaking for a single face and size: greedy at spaces, words wider than the line
//! broken between characters (long URLs, long compound names), and a balanced variant for
//! centred text so that a two-line title does not end in one lonely word.
//!
//! No-break spaces (U+00A0, U+202F) stay inside a word, as typography in our languages
//! wants them ("86 %", "25. 11. 2026.").

use crate::fonts::Measure;

/// Whether `c` is printed at all: control characters, bidirectional marks and isolates
/// (which Fluent adds around arguments unless told not to), zero-width characters and the
/// soft hyphen would show as empty boxes, so they are dropped.
pub fn is_printed(c: char) -> bool {
    !c.is_control()
        && !matches!(
            c,
            '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'
        )
}

/// Whether `c` separates words: any white space except the no-break spaces.
fn is_break(c: char) -> bool {
    c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}'
}

/// The words of `text`, white space collapsed.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_break).filter(|w| !w.is_empty())
}

/// `text` with every run of white space collapsed to one space and characters that are not
/// printed ([`is_printed`]) removed: what is printed when no wrapping is needed.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|&c| is_printed(c)));
    }
    out
}

/// Breaks `text` into lines no wider than `max_width` points (except a single character
/// wider than the line, which gets a line of its own).
pub fn wrap(text: &str, measure: &Measure, max_width: f32) -> Vec<String> {
    let space = measure.width(" ");
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut current_width = 0.0;
    for word in words(text) {
        let word: String = word.chars().filter(|&c| is_printed(c)).collect();
        let width = measure.width(&word);
        if !current.is_empty() && current_width + space + width <= max_width {
            current.push(' ');
            current.push_str(&word);
            current_width += space + width;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if width <= max_width {
            current = word;
            current_width = width;
        } else {
            let mut pieces = break_word(&word, measure, max_width);
            let last = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
            current_width = measure.width(&last);
            current = last;
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// Breaks one word between characters into pieces no wider than `max_width`.
fn break_word(word: &str, measure: &Measure, max_width: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for c in word.chars() {
        piece.push(c);
        if measure.width(&piece) > max_width && piece.chars().nth(1).is_some() {
            piece.pop();
            pieces.push(std::mem::take(&mut piece));
            piece.push(c);
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// Like [`wrap`], but with the narrowest width that needs no more lines than `max_width`
/// does, so the lines of centred text come out of similar length.
pub fn wrap_balanced(text: &str, measure: &Measure, max_width: f32) -> Vec<String> {
    let lines = wrap(text, measure, max_width);
    if lines.len() < 2 {
        return lines;
    }
    let (mut low, mut high) = (max_width / 2.0, max_width);
    for _ in 0..12 {
        let middle = f32::midpoint(low, high);
        if wrap(text, measure, middle).len() <= lines.len() {
            high = middle;
        } else {
            low = middle;
        }
    }
    wrap(text, measure, high)
}

/// Sets short `items` on as few lines as possible, joined by `separator`, never breaking
/// inside an item unless the item alone is wider than a line.
pub fn wrap_items(
    items: &[String],
    separator: &str,
    measure: &Measure,
    max_width: f32,
) -> Vec<String> {
    let separator_width = measure.width(separator);
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut current_width = 0.0;
    for item in items.iter().map(|item| normalize(item)) {
        if item.is_empty() {
            continue;
        }
        let width = measure.width(&item);
        if !current.is_empty() && current_width + separator_width + width <= max_width {
            current.push_str(separator);
            current.push_str(&item);
            current_width += separator_width + width;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if width <= max_width {
            current = item;
            current_width = width;
        } else {
            lines.extend(wrap(&item, measure, max_width));
            current_width = 0.0;
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FontId;

    fn measure() -> Measure {
        Measure::new(FontId::Sans, 10.0).expect("embedded font parses")
    }

    #[test]
    fn lines_fit_and_keep_every_word() {
        let m = measure();
        let text = "Одговорно управување со миграциите и заштита на правата на луѓето во движење \
                    преку соработка меѓу институциите";
        let lines = wrap(text, &m, 150.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| m.width(l) <= 150.0));
        assert_eq!(lines.join(" "), normalize(text));
    }

    #[test]
    fn long_words_are_broken_between_characters() {
        let m = measure();
        let url = "https://kampus.example.org/verify/7K3M-Q9XD-T2WA-B4RN-7K3M-Q9XD-T2WA-B4RN";
        let lines = wrap(url, &m, 80.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| m.width(l) <= 80.0));
        assert_eq!(lines.concat(), url);
    }

    #[test]
    fn balanced_lines_are_as_many_and_more_even() {
        let m = measure();
        let text = "Ljubiša Đorđević Petrović-Šćekić Žarković";
        let greedy = wrap(text, &m, 160.0);
        let balanced = wrap_balanced(text, &m, 160.0);
        assert_eq!(greedy.len(), balanced.len());
        let spread = |lines: &[String]| {
            let widths: Vec<f32> = lines.iter().map(|l| m.width(l)).collect();
            widths.iter().copied().fold(0.0, f32::max)
                - widths.iter().copied().fold(f32::MAX, f32::min)
        };
        assert!(spread(&balanced) <= spread(&greedy));
    }

    #[test]
    fn items_stay_whole() {
        let m = measure();
        let items = [
            "40 hours".to_owned(),
            "2 ECTS credits".to_owned(),
            "EQF level 6".to_owned(),
        ];
        assert_eq!(
            wrap_items(&items, " · ", &m, 1000.0),
            ["40 hours · 2 ECTS credits · EQF level 6"]
        );
        let narrow = wrap_items(&items, " · ", &m, 80.0);
        assert_eq!(narrow, ["40 hours", "2 ECTS credits", "EQF level 6"]);
    }

    #[test]
    fn no_break_space_keeps_words_together() {
        assert_eq!(
            words("86\u{a0}% done").collect::<Vec<_>>(),
            ["86\u{a0}%", "done"]
        );
        assert_eq!(normalize("  a \n\t b  "), "a b");
        assert_eq!(
            normalize("\u{2068}Ана\u{2069} soft\u{ad}ware"),
            "Ана software"
        );
    }
}
