//! Aligned text tables, sized to their content, with the last column wrapped to the terminal.

use crate::style::{Style, Tone};

/// Which side of its column a cell hugs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
}

/// One cell: its text and how it is painted.
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    text: String,
    tone: Tone,
}

impl Cell {
    /// A cell in `tone`.
    pub(crate) fn new(text: impl Into<String>, tone: Tone) -> Cell {
        Cell { text: text.into(), tone }
    }

    /// An unstyled cell.
    pub(crate) fn plain(text: impl Into<String>) -> Cell {
        Cell::new(text, Tone::Plain)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::plain(text)
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::plain(text)
    }
}

/// Columns between cells.
const GAP: usize = 2;
/// Narrower than this, wrapping the last column would read worse than letting the terminal wrap it.
const MIN_WRAP_WIDTH: usize = 24;

/// A table of rows under an optional header.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    header: Option<Vec<String>>,
    align: Vec<Align>,
    rows: Vec<Vec<Cell>>,
}

impl Table {
    /// A table with a header row; `columns` gives each column's title and alignment.
    pub(crate) fn new(columns: &[(&str, Align)]) -> Table {
        Table {
            header: Some(columns.iter().map(|(title, _)| (*title).to_owned()).collect()),
            align: columns.iter().map(|(_, align)| *align).collect(),
            rows: Vec::new(),
        }
    }

    /// A table without a header, for key/value blocks.
    pub(crate) fn headless(align: &[Align]) -> Table {
        Table { header: None, align: align.to_vec(), rows: Vec::new() }
    }

    /// Adds a row; missing cells are empty.
    pub(crate) fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(cells);
    }

    /// The table as lines, each ending in a newline. `max_width` wraps the last column at word
    /// boundaries, indented under itself; `None` keeps every row on one line.
    pub(crate) fn render(&self, style: Style, max_width: Option<usize>) -> String {
        let columns = self.align.len();
        let header: Option<Vec<Cell>> = self
            .header
            .as_ref()
            .map(|titles| titles.iter().map(|title| Cell::new(title.as_str(), Tone::Bold)).collect());
        let all_rows = || header.iter().chain(&self.rows);
        let mut widths = vec![0; columns];
        for row in all_rows() {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.text.chars().count());
            }
        }
        let indent: usize = widths[..columns.saturating_sub(1)].iter().map(|width| width + GAP).sum();
        let last_width = max_width.map(|max| max.saturating_sub(indent)).filter(|width| *width >= MIN_WRAP_WIDTH);
        let mut out = String::new();
        for row in all_rows() {
            let mut line = String::new();
            for (index, align) in self.align.iter().enumerate() {
                let empty = Cell::plain("");
                let cell = row.get(index).unwrap_or(&empty);
                let is_last = index + 1 == columns;
                if is_last {
                    let mut pieces = wrap(&cell.text, last_width).into_iter();
                    line.push_str(&style.paint(cell.tone, &pieces.next().unwrap_or_default()));
                    for piece in pieces {
                        push_trimmed_line(&mut out, &line);
                        line = " ".repeat(indent);
                        line.push_str(&style.paint(cell.tone, &piece));
                    }
                } else {
                    let padding = " ".repeat(widths[index] - cell.text.chars().count());
                    let painted = style.paint(cell.tone, &cell.text);
                    match align {
                        Align::Left => {
                            line.push_str(&painted);
                            line.push_str(&padding);
                        }
                        Align::Right => {
                            line.push_str(&padding);
                            line.push_str(&painted);
                        }
                    }
                    line.push_str(&" ".repeat(GAP));
                }
            }
            push_trimmed_line(&mut out, &line);
        }
        out
    }
}

/// Padding after an empty last cell is noise in diffs and copies.
fn push_trimmed_line(out: &mut String, line: &str) {
    out.push_str(line.trim_end_matches(' '));
    out.push('\n');
}

/// Splits `text` into lines of at most `width` characters at spaces; a word longer than `width`
/// keeps a line of its own rather than being cut.
fn wrap(text: &str, width: Option<usize>) -> Vec<String> {
    let Some(width) = width else { return vec![text.to_owned()] };
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        let needed =
            if line.is_empty() { word.chars().count() } else { line.chars().count() + 1 + word.chars().count() };
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain() -> Style {
        // Tests run with stdout captured, so this is the colourless style.
        Style::stdout()
    }

    #[test]
    fn columns_are_as_wide_as_their_widest_cell() {
        let mut table = Table::new(&[("Bit", Align::Right), ("Name", Align::Left), ("Note", Align::Left)]);
        table.row(vec!["3".into(), "ADMINISTRATOR".into(), "everything".into()]);
        table.row(vec!["10".into(), "VIEW_CHANNEL".into(), String::new().into()]);
        assert_eq!(
            table.render(plain(), None),
            "Bit  Name           Note\n  3  ADMINISTRATOR  everything\n 10  VIEW_CHANNEL\n"
        );
    }

    #[test]
    fn the_last_column_wraps_under_itself() {
        let mut table = Table::headless(&[Align::Left, Align::Left]);
        table.row(vec!["key".into(), "one two three four five six seven eight nine ten eleven".into()]);
        let rendered = table.render(plain(), Some(34));
        assert_eq!(rendered, "key  one two three four five six\n     seven eight nine ten eleven\n");
        assert!(rendered.lines().all(|line| line.chars().count() <= 34));
    }

    #[test]
    fn long_words_are_not_cut() {
        assert_eq!(wrap("a https://discord.com/oauth2/authorize?client_id=1 b", Some(24)).len(), 3);
        assert_eq!(wrap("", Some(24)), vec![String::new()]);
    }
}
