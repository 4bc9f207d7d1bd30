//! Everything the client prints: tables, `--json`, `-q`, single data lines on stdout, and
//! messages on stderr.
//!
//! Data goes to stdout through a buffered, locked handle; messages go to stderr. A closed
//! stdout (`docker-cloud service ps | head -1`) surfaces as an error for which
//! [`is_broken_pipe`] is true: `main` should then stop, print nothing and exit 0, the way
//! `head`-friendly tools do.
//!
//! On a terminal, tables are fitted to its width (see [`Fit`]: empty columns collapse, long
//! free text is cut short with `…` first, identifiers never), log lines may be coloured
//! unless `NO_COLOR` is set, and control characters in server data are shown escaped
//! (`--json` stays exact); anywhere else (a pipe, a file) and with `--no-trunc` the output
//! is plain, as sent, and never truncated.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{self, IsTerminal, Write};

use chrono::{DateTime, NaiveDateTime, Utc};
use serde_json::Value;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::error::{Error, Kind, Result};
use crate::jq::Filter;
use std::rc::Rc;

/// Message of the error returned when stdout has been closed by its reader.
const BROKEN_PIPE: &str = "stdout closed";

/// True for the error a write returns once the reader of stdout has gone away; the command
/// should then end quietly with exit status 0.
pub fn is_broken_pipe(error: &Error) -> bool {
    error.kind == Kind::Failure && error.message == BROKEN_PIPE
}

/// Maps an I/O error on stdout to the client's error type.
fn write_error(error: io::Error) -> Error {
    if error.kind() == io::ErrorKind::BrokenPipe {
        Error::failure(BROKEN_PIPE)
    } else {
        Error::failure(format!("cannot write to stdout: {error}"))
    }
}

/// Whether colours may be used on a stream: it is a terminal and `NO_COLOR` is unset or empty.
fn colors_allowed(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The width of the terminal stdout writes to: its window size, else `COLUMNS`; `None` when
/// stdout is not a terminal or no width is known, so that nothing is ever cut.
fn terminal_width() -> Option<usize> {
    if !io::stdout().is_terminal() {
        return None;
    }
    // SAFETY: a zeroed winsize is a valid value for TIOCGWINSZ to fill in.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ only writes the winsize that `size` points to.
    let known = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0;
    Some(usize::from(size.ws_col))
        .filter(|width| known && *width > 0)
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|text| text.trim().parse::<usize>().ok())
                .filter(|width| *width > 0)
        })
}

/// How data is rendered, chosen once from the global flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Table,
    Json,
    Quiet,
}

/// The output settings of one run: `--json`, `-q`, whether colours are allowed and the width
/// tables must fit in.
#[derive(Debug, Clone)]
pub struct Output {
    mode: Mode,
    color: bool,
    color_stderr: bool,
    width: Option<usize>,
    jq: Option<Rc<Filter>>,
    /// Stdout and stderr are terminals: control characters in what they show are escaped.
    terminal: bool,
    terminal_stderr: bool,
    pending: Rc<Pending>,
}

/// Stream lines (events, log lines) not yet written to stdout: they go out together at
/// [`Output::flush`], past [`PENDING_LIMIT`] bytes, before any other stdout output and at
/// the end of the run.
#[derive(Debug, Default)]
struct Pending(RefCell<Vec<u8>>);

/// The most bytes of stream lines held back.
const PENDING_LIMIT: usize = 64 * 1024;

impl Pending {
    /// Writes out and flushes what is held back.
    fn write_out(&self) -> Result<()> {
        let mut pending = self.0.borrow_mut();
        if pending.is_empty() {
            return Ok(());
        }
        let mut out = io::stdout().lock();
        let result = out.write_all(&pending).and_then(|()| out.flush());
        pending.clear();
        result.map_err(write_error)
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        // The run is ending: a failing stdout has nobody left to tell.
        let _ = self.write_out();
    }
}

/// How a column gives way when a table is wider than the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Never cut: names, uuids, states, numbers.
    Keep,
    /// Cut once the [`Fit::Free`] columns are as narrow as their headers.
    Text,
    /// Long free text (ports, commands, DNS names, URLs): cut first.
    Free,
}

/// One table column: its header text, whether it holds numbers (right-aligned), and how it
/// gives way on a narrow terminal.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub header: &'static str,
    pub numeric: bool,
    pub fit: Fit,
}

impl Column {
    /// A text column, cut after the free-text ones.
    pub const fn text(header: &'static str) -> Column {
        Column {
            header,
            numeric: false,
            fit: Fit::Text,
        }
    }

    /// An identifier (name, uuid, state): never cut.
    pub const fn id(header: &'static str) -> Column {
        Column {
            header,
            numeric: false,
            fit: Fit::Keep,
        }
    }

    /// Long free text, the first to be cut.
    pub const fn free(header: &'static str) -> Column {
        Column {
            header,
            numeric: false,
            fit: Fit::Free,
        }
    }

    /// A numeric (right-aligned) column: never cut.
    pub const fn number(header: &'static str) -> Column {
        Column {
            header,
            numeric: true,
            fit: Fit::Keep,
        }
    }
}

/// Process-wide output settings from the global flags.
static NO_TRUNC: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The `--jq` filter of this run (checked by [`set_jq`]).
static JQ: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// `--jq EXPR`: checks the filter (a usage error if it does not compile) and applies it to
/// everything `--json` prints from then on.
pub fn set_jq(code: &str) -> Result<()> {
    Filter::compile(code)?;
    let _ = JQ.set(code.to_string());
    Ok(())
}

/// `--no-trunc`: tables keep every cell whole and uuids long, even on a terminal.
pub fn set_no_trunc(no_trunc: bool) {
    NO_TRUNC.store(no_trunc, std::sync::atomic::Ordering::Relaxed);
}

fn no_trunc() -> bool {
    NO_TRUNC.load(std::sync::atomic::Ordering::Relaxed)
}

impl Output {
    /// Settings for this process; `json` wins over `quiet`. Colours only when the stream is a
    /// terminal and `NO_COLOR` is unset or empty; tables fit the terminal's width when stdout
    /// is one.
    pub fn new(json: bool, quiet: bool) -> Output {
        // The filter compiled when it was set.
        let jq = JQ
            .get()
            .and_then(|code| Filter::compile(code).ok())
            .map(Rc::new);
        let mode = if json || jq.is_some() {
            Mode::Json
        } else if quiet {
            Mode::Quiet
        } else {
            Mode::Table
        };
        let terminal = io::stdout().is_terminal();
        let terminal_stderr = io::stderr().is_terminal();
        Output {
            mode,
            color: colors_allowed(terminal),
            color_stderr: colors_allowed(terminal_stderr),
            width: terminal_width().filter(|_| !no_trunc()),
            jq,
            terminal,
            terminal_stderr,
            pending: Rc::default(),
        }
    }

    /// `--json` was given.
    pub fn is_json(&self) -> bool {
        self.mode == Mode::Json
    }

    /// `-q` was given (and not `--json`).
    pub fn is_quiet(&self) -> bool {
        self.mode == Mode::Quiet
    }

    /// Colours may be written to stdout.
    pub fn color(&self) -> bool {
        self.color
    }

    /// Starts a listing on stdout with these table columns (used only in table mode).
    pub fn list<'a>(&self, columns: &'a [Column]) -> List<'a> {
        let mut list = List::new(
            self.mode,
            columns,
            self.width,
            Box::new(io::BufWriter::new(io::stdout().lock())),
        );
        list.jq = self.jq.clone();
        list.escape = self.terminal;
        list
    }

    /// Prints one JSON message of a stream (an event, a log line), given as its text, on its
    /// own line, or what `--jq` makes of it (only then is the text parsed).
    /// Held back until [`Output::flush`] (when the stream is idle).
    pub fn message(&self, text: &str) -> Result<()> {
        match &self.jq {
            Some(filter) => {
                let value = serde_json::from_str(text)
                    .map_err(|e| Error::failure(format!("--jq: cannot read the JSON: {e}")))?;
                self.filtered(filter, &value)
            }
            None => self.queue(&escape_if(text, self.terminal && !self.is_json())),
        }
    }

    /// Holds back the lines `filter` makes of `value`.
    fn filtered(&self, filter: &Filter, value: &Value) -> Result<()> {
        for line in filter.lines(value)? {
            self.queue(&escape_if(&line, self.terminal))?;
        }
        Ok(())
    }

    /// Holds back `text` and a newline (see [`Pending`]).
    fn queue(&self, text: &str) -> Result<()> {
        let full = {
            let mut pending = self.pending.0.borrow_mut();
            pending.extend_from_slice(text.as_bytes());
            pending.push(b'\n');
            pending.len() >= PENDING_LIMIT
        };
        if full {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes out the stream lines held back (call when no message is ready).
    pub fn flush(&self) -> Result<()> {
        self.pending.write_out()
    }

    /// Prints `data` on stdout as it is (a generated script or document).
    pub fn bytes(&self, data: &[u8]) -> Result<()> {
        self.flush()?;
        let mut out = io::stdout().lock();
        out.write_all(data)
            .and_then(|()| out.flush())
            .map_err(write_error)
    }

    /// Prints one JSON document (pretty, 2-space indent, keys in the given order) and a newline.
    pub fn object(&self, value: &Value) -> Result<()> {
        if let Some(filter) = &self.jq {
            self.filtered(filter, value)?;
            return self.flush();
        }
        self.flush()?;
        let mut out = io::stdout().lock();
        out.write_all(pretty(value).as_bytes())
            .and_then(|()| out.write_all(b"\n"))
            .and_then(|()| out.flush())
            .map_err(write_error)
    }

    /// Prints one line of data (for example a uuid) on stdout; on a terminal (without
    /// `--json`) control characters other than line breaks and tabs are shown escaped.
    pub fn line(&self, text: &str) -> Result<()> {
        self.write_line(&escape_if(text, self.terminal && !self.is_json()))
    }

    /// Writes `text` and a newline on stdout, as it is, after the lines held back.
    fn write_line(&self, text: &str) -> Result<()> {
        self.queue(text)?;
        self.flush()
    }

    /// Prints one message line on stderr (control characters escaped on a terminal); a
    /// failing stderr is ignored.
    pub fn note(&self, text: &str) {
        note_to_stderr(text, self.terminal_stderr);
    }

    /// Prints one log line of the `index`-th source (none: no colour) on stdout, held back
    /// until [`Output::flush`], or stderr when `to_stderr` (after what stdout holds back):
    /// control characters escaped on a terminal, then coloured (see [`Output::paint`]).
    pub fn log(&self, text: &str, source: Option<usize>, to_stderr: bool) -> Result<()> {
        let terminal = if to_stderr {
            self.terminal_stderr
        } else {
            self.terminal
        };
        let text = if terminal {
            escape_controls(text, &['\t'])
        } else {
            Cow::Borrowed(text)
        };
        let text = match source {
            Some(index) => Cow::Owned(self.paint(&text, index, to_stderr)),
            None => text,
        };
        if to_stderr {
            self.flush()?;
            let _ = writeln!(io::stderr().lock(), "{text}");
            Ok(())
        } else {
            self.queue(&text)
        }
    }

    /// Wraps a log line of the `index`-th source (in order of first appearance) in that
    /// source's colour, `ESC[1;<31 + index % 7>m` … `ESC[0m`, when the destination (stderr if
    /// `to_stderr`, else stdout) may be coloured; otherwise returns the text unchanged. A
    /// trailing newline stays outside the colour codes.
    pub fn paint(&self, text: &str, index: usize, to_stderr: bool) -> String {
        let allowed = if to_stderr {
            self.color_stderr
        } else {
            self.color()
        };
        if !allowed {
            return text.to_string();
        }
        let (body, newline) = match text.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (text, ""),
        };
        format!("\x1b[1;{}m{body}\x1b[0m{newline}", 31 + index % 7)
    }
}

/// The control characters kept in lines and messages: they lay text out.
const LAYOUT: &[char] = &['\n', '\t'];

/// `text` with every control character (C0, DEL and C1) except those in `keep` written as
/// an escape (`\u{1b}`), so that server data cannot drive the terminal that shows it.
pub fn escape_controls<'a>(text: &'a str, keep: &[char]) -> Cow<'a, str> {
    if !text.chars().any(|c| c.is_control() && !keep.contains(&c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if c.is_control() && !keep.contains(&c) {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// `text` with its control characters other than line breaks and tabs escaped when it is
/// shown on a `terminal`, as it is otherwise.
fn escape_if(text: &str, terminal: bool) -> Cow<'_, str> {
    if terminal {
        escape_controls(text, LAYOUT)
    } else {
        Cow::Borrowed(text)
    }
}

/// Prints one message line on stderr, its control characters escaped when `terminal`
/// (what `main` uses for the final error too); a failing stderr is ignored.
pub fn note_to_stderr(text: &str, terminal: bool) {
    let _ = writeln!(io::stderr().lock(), "{}", escape_if(text, terminal));
}

/// Pretty JSON with a 2-space indent, keys in their stored order and non-ASCII written raw.
fn pretty(value: &Value) -> String {
    // Serialising a `Value` cannot fail: its keys are always strings.
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// A listing in progress. `--json` streams a JSON array of the objects (with `--jq`, the
/// array is filtered at [`List::finish`]), `-q` streams one value per line, and the table
/// mode keeps only the cell texts and prints them at [`List::finish`].
pub struct List<'a> {
    mode: Mode,
    columns: &'a [Column],
    width: Option<usize>,
    out: Box<dyn Write + 'a>,
    rows: Vec<Vec<String>>,
    count: usize,
    jq: Option<Rc<Filter>>,
    objects: Vec<Value>,
    /// Escape every control character of cells and `-q` values (stdout is a terminal).
    escape: bool,
}

impl<'a> List<'a> {
    fn new(
        mode: Mode,
        columns: &'a [Column],
        width: Option<usize>,
        out: Box<dyn Write + 'a>,
    ) -> List<'a> {
        List {
            mode,
            columns,
            width,
            out,
            rows: Vec::new(),
            count: 0,
            jq: None,
            objects: Vec::new(),
            escape: false,
        }
    }

    /// Adds one item: `object` is what `--json` prints, `cells` the table row (one text per
    /// column), `quiet` the value `-q` prints.
    pub fn row(&mut self, object: &Value, cells: Vec<String>, quiet: &str) -> Result<()> {
        match self.mode {
            Mode::Json if self.jq.is_some() => self.objects.push(object.clone()),
            Mode::Json => {
                let separator = if self.count == 0 { "[\n  " } else { ",\n  " };
                let text = pretty(object).replace('\n', "\n  ");
                self.out
                    .write_all(separator.as_bytes())
                    .and_then(|()| self.out.write_all(text.as_bytes()))
                    .map_err(write_error)?;
            }
            Mode::Quiet if self.escape => {
                writeln!(self.out, "{}", escape_controls(quiet, &[])).map_err(write_error)?
            }
            Mode::Quiet => writeln!(self.out, "{quiet}").map_err(write_error)?,
            Mode::Table if self.escape => self.rows.push(
                cells
                    .iter()
                    .map(|cell| escape_controls(cell, &[]).into_owned())
                    .collect(),
            ),
            Mode::Table => self.rows.push(cells),
        }
        self.count += 1;
        Ok(())
    }

    /// Pushes what has been streamed so far to stdout (call after each page of results).
    pub fn flush(&mut self) -> Result<()> {
        self.out.flush().map_err(write_error)
    }

    /// Ends the listing: closes the JSON array or prints the table (the header line is printed
    /// even when there are no rows).
    pub fn finish(mut self) -> Result<()> {
        if let Some(filter) = &self.jq {
            let lines = filter.lines(&Value::Array(std::mem::take(&mut self.objects)))?;
            for line in lines {
                writeln!(self.out, "{}", escape_if(&line, self.escape)).map_err(write_error)?;
            }
            return self.out.flush().map_err(write_error);
        }
        match self.mode {
            Mode::Json if self.count == 0 => self.out.write_all(b"[]\n"),
            Mode::Json => self.out.write_all(b"\n]\n"),
            Mode::Quiet => Ok(()),
            Mode::Table => {
                let hidden = render_table(&mut self.out, self.columns, &self.rows, self.width);
                hidden.map(|hidden| {
                    if !hidden.is_empty() {
                        let _ = writeln!(
                            io::stderr().lock(),
                            "Not shown at this width: {} (--no-trunc shows every column)",
                            hidden.join(", ")
                        );
                    }
                })
            }
        }
        .and_then(|()| self.out.flush())
        .map_err(write_error)
    }
}

/// Spaces between two table columns.
const GAP: usize = 2;

/// Lays out a table: header line, then one line per row, no borders and no separator line;
/// columns are [`GAP`] spaces apart, numeric columns right-aligned, lines right-trimmed. Ends
/// with a newline. Without a `width` every cell is printed as given; with one that the
/// table does not fit in, columns without any text are left out and cells are cut short
/// (see [`column_widths`]) so that lines fit in `width` display columns; when even the
/// headers do not fit, free-text columns, then text columns, are left out from the right.
/// Returns the headers of the columns left out that had text.
///
/// Column widths are computed once over all rows; each row is then written out line by line.
fn render_table(
    out: &mut dyn Write,
    columns: &[Column],
    rows: &[Vec<String>],
    width: Option<usize>,
) -> io::Result<Vec<&'static str>> {
    let (mut columns, mut rows) = collapse_empty(columns, rows, width);
    let mut hidden = Vec::new();
    let mut widths = column_widths(&columns, &rows, width);
    while let Some(width) = width {
        if widths.iter().sum::<usize>() + GAP * widths.len().saturating_sub(1) <= width {
            break;
        }
        let droppable = |fit: Fit| columns.iter().rposition(|c| c.fit == fit);
        let Some(index) = droppable(Fit::Free).or_else(|| droppable(Fit::Text)) else {
            break;
        };
        hidden.push(columns.remove(index).header);
        for row in rows.to_mut() {
            if index < row.len() {
                row.remove(index);
            }
        }
        widths = column_widths(&columns, &rows, Some(width));
    }
    let header: Vec<&str> = columns.iter().map(|c| c.header).collect();
    let mut line = String::new();
    write_row(out, &mut line, &columns, &widths, &header)?;
    for row in rows.iter() {
        let cells: Vec<Cow<str>> = row
            .iter()
            .zip(&widths)
            .map(|(cell, &w)| truncate(cell, w))
            .collect();
        write_row(out, &mut line, &columns, &widths, &cells)?;
    }
    hidden.reverse();
    Ok(hidden)
}

/// Writes one table row: each cell padded to its column's width (on the left in numeric
/// columns), [`GAP`] spaces apart, each line right-trimmed; a cell of several lines makes the
/// row as many lines, the other cells blank below their first. `line` is scratch space.
fn write_row(
    out: &mut dyn Write,
    line: &mut String,
    columns: &[Column],
    widths: &[usize],
    cells: &[impl AsRef<str>],
) -> io::Result<()> {
    let height = cells
        .iter()
        .map(|cell| cell.as_ref().split('\n').count())
        .max()
        .unwrap_or(0);
    for index in 0..height {
        line.clear();
        for (column, (cell, &width)) in cells.iter().zip(widths).enumerate() {
            let text = cell.as_ref().split('\n').nth(index).unwrap_or("");
            let pad = width.saturating_sub(text.width());
            if columns.get(column).is_some_and(|c| c.numeric) {
                line.extend(std::iter::repeat_n(' ', pad));
                line.push_str(text);
            } else {
                line.push_str(text);
                line.extend(std::iter::repeat_n(' ', pad));
            }
            line.extend(std::iter::repeat_n(' ', GAP));
        }
        out.write_all(line.trim_end().as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The columns and rows without the columns whose every cell is empty, when the table is
/// wider than `width`; else both as they are.
fn collapse_empty<'a>(
    columns: &[Column],
    rows: &'a [Vec<String>],
    width: Option<usize>,
) -> (Vec<Column>, Cow<'a, [Vec<String>]>) {
    let fits = width.is_none_or(|width| {
        let natural = column_widths(columns, rows, None);
        natural.iter().sum::<usize>() + GAP * natural.len().saturating_sub(1) <= width
    });
    let empty = |index: usize| {
        rows.iter()
            .all(|row| row.get(index).is_none_or(String::is_empty))
    };
    let kept: Vec<usize> = (0..columns.len())
        .filter(|&index| fits || !empty(index))
        .collect();
    if kept.len() == columns.len() {
        return (columns.to_vec(), Cow::Borrowed(rows));
    }
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            kept.iter()
                .map(|&index| row.get(index).cloned().unwrap_or_default())
                .collect()
        })
        .collect();
    (
        kept.iter().map(|&index| columns[index]).collect(),
        Cow::Owned(rows),
    )
}

/// The display width of each column: its widest cell or header, or, given a `width`, what
/// is left so that lines fit in it: [`Fit::Free`] columns shrink first (see [`fit_widths`]),
/// then [`Fit::Text`] ones; [`Fit::Keep`] columns and headers are never cut.
fn column_widths(columns: &[Column], rows: &[Vec<String>], width: Option<usize>) -> Vec<usize> {
    let count = columns
        .len()
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let mut natural = vec![0; count];
    for row in rows {
        for (index, cell) in row.iter().enumerate() {
            natural[index] = natural[index].max(cell.width());
        }
    }
    for (index, column) in columns.iter().enumerate() {
        natural[index] = natural[index].max(column.header.width());
    }
    let Some(width) = width else {
        return natural;
    };
    // Free text shrinks first, down to its header; then text columns share the cut.
    let header_or_natural = |shrinking: &[Fit]| -> Vec<usize> {
        (0..count)
            .map(|index| match columns.get(index) {
                Some(column) if shrinking.contains(&column.fit) => column.header.width(),
                _ => natural[index],
            })
            .collect()
    };
    let free_cut = fit_widths(&natural, &header_or_natural(&[Fit::Free]), width);
    if free_cut.iter().sum::<usize>() + GAP * count.saturating_sub(1) <= width {
        return free_cut;
    }
    fit_widths(
        &header_or_natural(&[Fit::Free]),
        &header_or_natural(&[Fit::Free, Fit::Text]),
        width,
    )
}

/// Column widths for a line of at most `available` display columns with [`GAP`] spaces
/// between columns. Every column wider than a common limit is cut to it, the limit being the
/// largest that fits, so the widest columns shrink first; space left over goes to the cut
/// columns from the left. No column shrinks below its `minimum`, so when even the minimums do
/// not fit, the line stays longer than `available`.
fn fit_widths(natural: &[usize], minimum: &[usize], available: usize) -> Vec<usize> {
    let gaps = GAP * natural.len().saturating_sub(1);
    let at = |limit: usize| -> Vec<usize> {
        natural
            .iter()
            .zip(minimum)
            .map(|(&width, &least)| width.min(limit.max(least)))
            .collect()
    };
    let total = |widths: &[usize]| widths.iter().sum::<usize>() + gaps;
    let widest = natural.iter().copied().max().unwrap_or(0);
    if total(natural) <= available {
        return natural.to_vec();
    }
    // The largest limit that fits: `low` always fits (or is 0), `high` never does.
    let (mut low, mut high) = (0, widest);
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if total(&at(middle)) <= available {
            low = middle;
        } else {
            high = middle;
        }
    }
    let mut widths = at(low);
    let mut spare = available.saturating_sub(total(&widths));
    for (width, &wanted) in widths.iter_mut().zip(natural) {
        if spare > 0 && *width < wanted {
            *width += 1;
            spare -= 1;
        }
    }
    widths
}

/// `text` cut to at most `width` display columns, ending in `…` when anything was cut.
fn truncate(text: &str, width: usize) -> Cow<'_, str> {
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    let mut kept = String::new();
    let mut used = 0;
    for c in text.chars() {
        let size = c.width().unwrap_or(0);
        if used + size + 1 > width {
            break;
        }
        kept.push(c);
        used += size;
    }
    if width > 0 {
        kept.push('…');
    }
    Cow::Owned(kept)
}

/// The state with its symbol in front (`▶ Running`); unknown states are returned unchanged.
pub fn state(state: &str) -> String {
    // Stacks spell two states with a capital letter (`Not Running`, `Partly Running`).
    let symbol = match state {
        "Running" | "Partly running" | "Partly Running" | "Deployed" => "▶",
        "Init" | "Stopped" | "Not running" | "Not Running" => "◼",
        "Starting" | "Stopping" | "Scaling" | "Terminating" | "Deploying" | "Redeploying" => "⚙",
        "Start failed" | "Stopped with errors" => "!",
        "Terminated" => "✘",
        "Unreachable" => "❓",
        _ => return state.to_string(),
    };
    format!("{symbol} {state}")
}

/// The first 8 characters of a uuid (the whole text when shorter, or with `--no-trunc`).
pub fn short_uuid(uuid: &str) -> &str {
    if no_trunc() {
        return uuid;
    }
    match uuid.char_indices().nth(8) {
        Some((end, _)) => &uuid[..end],
        None => uuid,
    }
}

/// A date from the API as a relative time (`3 hours ago`, `in 2 minutes`, `just now`); see
/// [`humanize_at`].
pub fn humanize(datetime: Option<&str>) -> String {
    humanize_at(datetime, Utc::now())
}

/// `datetime` relative to `now`. Accepts RFC 2822 with any offset (the API's
/// `Mon, 13 Oct 2014 11:01:43 +0000`), RFC 3339, and ISO 8601 without an offset (read as UTC).
/// Only the largest non-zero unit is shown; the units are years (365 days), days, hours,
/// minutes and seconds. Less than a second either way is `just now`. Null or empty gives an
/// empty text, and anything unparseable is returned unchanged.
pub fn humanize_at(datetime: Option<&str>, now: DateTime<Utc>) -> String {
    let Some(raw) = datetime.filter(|text| !text.trim().is_empty()) else {
        return String::new();
    };
    let Some(then) = parse_datetime(raw.trim()) else {
        return raw.to_string();
    };
    let delta = now.signed_duration_since(then);
    let seconds = delta.num_seconds().unsigned_abs();
    let days = seconds / 86_400;
    let (amount, unit) = if days >= 365 {
        (days / 365, "year")
    } else if days > 0 {
        (days, "day")
    } else if seconds >= 3600 {
        (seconds / 3600, "hour")
    } else if seconds >= 60 {
        (seconds / 60, "minute")
    } else if seconds > 0 {
        (seconds, "second")
    } else {
        return "just now".to_string();
    };
    let plural = if amount == 1 { "" } else { "s" };
    if delta.num_seconds() < 0 {
        format!("in {amount} {unit}{plural}")
    } else {
        format!("{amount} {unit}{plural} ago")
    }
}

fn parse_datetime(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(parsed) = DateTime::parse_from_rfc2822(text) {
        return Some(parsed.with_timezone(&Utc));
    }
    if let Ok(parsed) = DateTime::parse_from_rfc3339(text) {
        return Some(parsed.with_timezone(&Utc));
    }
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .map(|naive| naive.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// A writer that keeps what was written, shared with the test.
    #[derive(Clone, Default)]
    struct Sink(Rc<RefCell<Vec<u8>>>);

    impl Write for Sink {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Sink {
        fn text(&self) -> String {
            String::from_utf8(self.0.borrow().clone()).unwrap()
        }
    }

    const COLUMNS: &[Column] = &[
        Column::id("NAME"),
        Column::id("UUID"),
        Column::id("STATUS"),
        Column::number("#CONTAINERS"),
    ];

    fn render(mode: Mode, items: &[(Value, Vec<&str>, &str)]) -> String {
        let sink = Sink::default();
        let mut list = List::new(mode, COLUMNS, None, Box::new(sink.clone()));
        for (object, cells, quiet) in items {
            let cells = cells.iter().map(|c| c.to_string()).collect();
            list.row(object, cells, quiet).unwrap();
        }
        list.finish().unwrap();
        sink.text()
    }

    fn item(n: u32, name: &str, uuid: &str, state: &str) -> (Value, Vec<String>, String) {
        let count = n.to_string();
        (
            json!({"uuid": uuid, "name": name}),
            vec![
                name.to_string(),
                uuid.to_string(),
                super::state(state),
                count,
            ],
            uuid.to_string(),
        )
    }

    fn render_owned(mode: Mode, items: &[(Value, Vec<String>, String)]) -> String {
        let borrowed: Vec<(Value, Vec<&str>, &str)> = items
            .iter()
            .map(|(o, c, q)| {
                (
                    o.clone(),
                    c.iter().map(String::as_str).collect(),
                    q.as_str(),
                )
            })
            .collect();
        render(mode, &borrowed)
    }

    #[test]
    fn table_layout_aligns_text_left_and_numbers_right() {
        let items = [
            item(2, "web", "1234e567", "Running"),
            item(10, "database-server", "00001234", "Stopped"),
        ];
        let expected = "\
NAME             UUID      STATUS     #CONTAINERS
web              1234e567  ▶ Running            2
database-server  00001234  ◼ Stopped           10
";
        assert_eq!(render_owned(Mode::Table, &items), expected);
    }

    #[test]
    fn table_keeps_numeric_looking_text_and_spaces() {
        let items = [item(1, "a", "12345e10", "Weird"), item(3, " x ", "nan", "")];
        let text = render_owned(Mode::Table, &items);
        assert!(text.contains("12345e10"), "{text}");
        assert!(text.contains(" x "), "{text}");
        assert!(text.contains("nan"), "{text}");
        assert!(!text.contains("inf"));
    }

    #[test]
    fn table_lines_have_no_trailing_spaces() {
        let items = [item(1, "a", "", ""), item(1, "b", "u", "")];
        let text = render_owned(Mode::Table, &items);
        for line in text.lines() {
            assert_eq!(line, line.trim_end());
        }
        assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
    }

    #[test]
    fn table_empty_list_prints_header_only() {
        assert_eq!(
            render(Mode::Table, &[]),
            "NAME  UUID  STATUS  #CONTAINERS\n"
        );
    }

    #[test]
    fn table_width_counts_characters_not_bytes() {
        let items = [
            item(1, "ü", "x", "Terminated"),
            item(1, "ab", "y", "Partly running"),
        ];
        let text = render_owned(Mode::Table, &items);
        let lines: Vec<&str> = text.lines().collect();
        let column = |line: &str| line.chars().position(|c| c == 'x' || c == 'y');
        assert_eq!(column(lines[1]), column(lines[2]), "{text}");
        assert_eq!(lines[1].chars().count(), lines[2].chars().count(), "{text}");
    }

    #[test]
    fn widths_that_fit_shrink_the_widest_columns_first() {
        // Everything fits: unchanged.
        assert_eq!(fit_widths(&[4, 10, 3], &[4, 4, 3], 21), vec![4, 10, 3]);
        // 2 columns too many: the widest gives them up.
        assert_eq!(fit_widths(&[4, 10, 3], &[4, 4, 3], 19), vec![4, 8, 3]);
        // Two wide columns share the cut; the spare column goes to the leftmost.
        assert_eq!(fit_widths(&[20, 4, 20], &[4, 4, 4], 35), vec![14, 4, 13]);
        // Never below the minimums, even when the line stays too long.
        assert_eq!(fit_widths(&[20, 30], &[6, 8], 5), vec![6, 8]);
        assert_eq!(fit_widths(&[], &[], 0), Vec::<usize>::new());
        for available in 0..60 {
            let widths = fit_widths(&[12, 30, 5, 17], &[4, 6, 5, 3], available);
            let total = widths.iter().sum::<usize>() + 6;
            assert!(
                total <= available.max(4 + 6 + 5 + 3 + 6),
                "{available}: {widths:?}"
            );
        }
    }

    #[test]
    fn truncation_counts_display_columns() {
        assert_eq!(truncate("abcdef", 6), "abcdef");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abcdef", 1), "…");
        assert_eq!(truncate("abcdef", 0), "");
        assert_eq!(truncate("ab❓cd", 4), "ab…");
        assert_eq!(truncate("üüüü", 3), "üü…");
    }

    fn table_text(rows: &[Vec<String>], width: Option<usize>) -> String {
        let mut out = Vec::new();
        render_table(&mut out, COLUMNS, rows, width).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn long_tables_keep_one_layout() {
        let rows: Vec<Vec<String>> = (0..1031)
            .map(|n| {
                let name = if n == 1027 {
                    "the-longest-name-of-all".to_string()
                } else {
                    format!("s{n}")
                };
                vec![name, format!("{n:08}"), "▶ Running".into(), n.to_string()]
            })
            .collect();
        let text = table_text(&rows, None);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), rows.len() + 1);
        // Every line puts the UUID column at the same place, set by a row near the end.
        let at = lines[0].find("UUID").unwrap();
        assert_eq!(at, "the-longest-name-of-all".len() + GAP);
        for line in &lines[1..] {
            assert_eq!(line.chars().nth(at - 1), Some(' '), "{line}");
            assert_ne!(line.chars().nth(at), Some(' '), "{line}");
        }
    }

    /// Columns of each kind, and an empty one.
    const MIXED: &[Column] = &[
        Column::id("NAME"),
        Column::text("IMAGE"),
        Column::text("EMPTY"),
        Column::free("PORTS"),
        Column::number("#"),
    ];

    fn mixed(width: Option<usize>) -> String {
        let rows = vec![
            vec![
                "a-very-long-service-name-indeed".to_string(),
                "registry.local/team/image:1.2.3".to_string(),
                String::new(),
                "web.example.com:8080->80/tcp, web.example.com:8443->443/tcp".to_string(),
                "12".to_string(),
            ],
            vec![
                "db".into(),
                "mysql".into(),
                String::new(),
                "3306/tcp".into(),
                "3".into(),
            ],
        ];
        let mut out = Vec::new();
        render_table(&mut out, MIXED, &rows, width).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_table_fits_the_width_it_is_given() {
        let whole = mixed(None);
        assert_eq!(mixed(Some(500)), whole);
        assert!(whole.contains("EMPTY") && !whole.contains('…'), "{whole}");
        // Narrower: the empty column goes, then free text is cut, names never.
        let narrow = mixed(Some(100));
        assert!(!narrow.contains("EMPTY"), "{narrow}");
        assert!(
            narrow.contains("registry.local/team/image:1.2.3"),
            "{narrow}"
        );
        assert!(narrow.contains("web.example.com:8080->80/tcp"), "{narrow}");
        assert!(narrow.contains('…') && !narrow.contains("8443"), "{narrow}");
        for line in narrow.lines() {
            assert!(line.width() <= 100, "{narrow}");
        }
        // Narrower still: the image is cut too, once the ports are down to their header.
        let tight = mixed(Some(50));
        for line in tight.lines() {
            assert!(line.width() <= 50, "{tight}");
        }
        assert!(tight.contains("a-very-long-service-name-indeed"), "{tight}");
        assert!(tight.contains("PORTS") && tight.contains("12"), "{tight}");
        assert!(
            !tight.contains("registry.local/team/image:1.2.3"),
            "{tight}"
        );
        // When even the headers do not fit, free text goes first, then text; identifiers
        // stay whole even when the line cannot fit.
        let rows = |text: &str| {
            text.lines()
                .next()
                .unwrap()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let header = rows(&mixed(Some(44)));
        assert!(
            header.contains("IMAGE") && !header.contains("PORTS"),
            "{header}"
        );
        let tiny = mixed(Some(10));
        assert!(tiny.contains("a-very-long-service-name-indeed"), "{tiny}");
        assert_eq!(rows(&tiny), "NAME #");
    }

    #[test]
    fn json_list_is_a_valid_array_for_zero_one_and_many() {
        let empty = render(Mode::Json, &[]);
        assert_eq!(empty, "[]\n");
        let one = render(Mode::Json, &[(json!({"b": 1, "a": "ü"}), vec![], "q")]);
        assert_eq!(one, "[\n  {\n    \"b\": 1,\n    \"a\": \"ü\"\n  }\n]\n");
        let many: Vec<(Value, Vec<&str>, &str)> = (0..5)
            .map(|i| (json!({"i": i, "list": [1, {"x": null}]}), vec![], ""))
            .collect();
        let text = render(Mode::Json, &many);
        let parsed: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed.as_array().unwrap().len(), 5);
        assert_eq!(parsed[3]["i"], 3);
        assert_eq!(text, format!("{}\n", pretty(&parsed)));
    }

    #[test]
    fn json_list_streams_rows_as_they_arrive() {
        let sink = Sink::default();
        let mut list = List::new(Mode::Json, COLUMNS, None, Box::new(sink.clone()));
        list.row(&json!({"a": 1}), vec![], "").unwrap();
        list.flush().unwrap();
        assert!(sink.text().contains("\"a\": 1"));
        list.finish().unwrap();
    }

    #[test]
    fn quiet_prints_one_value_per_line_and_nothing_when_empty() {
        assert_eq!(render(Mode::Quiet, &[]), "");
        let items = [item(1, "a", "u1", "Running"), item(1, "b", "u2", "Running")];
        assert_eq!(render_owned(Mode::Quiet, &items), "u1\nu2\n");
    }

    #[test]
    fn broken_pipe_is_recognised() {
        let error = write_error(io::Error::from(io::ErrorKind::BrokenPipe));
        assert!(is_broken_pipe(&error));
        let other = write_error(io::Error::from(io::ErrorKind::StorageFull));
        assert!(!is_broken_pipe(&other));
        assert_eq!(other.exit_code(), crate::error::EXIT_FAILURE);
    }

    #[test]
    fn control_characters_are_escaped_except_those_kept() {
        assert_eq!(escape_controls("plain ü", &[]), "plain ü");
        assert_eq!(
            escape_controls("a\u{1b}[2Jb\u{7}\u{9b}\u{7f}", &[]),
            r"a\u{1b}[2Jb\u{7}\u{9b}\u{7f}"
        );
        assert_eq!(escape_controls("x\ny\tz", LAYOUT), "x\ny\tz");
        assert_eq!(escape_controls("x\ny", &[]), r"x\ny");
    }

    #[test]
    fn state_symbols() {
        assert_eq!(state("Running"), "▶ Running");
        assert_eq!(state("Partly running"), "▶ Partly running");
        assert_eq!(state("Deployed"), "▶ Deployed");
        assert_eq!(state("Init"), "◼ Init");
        assert_eq!(state("Not running"), "◼ Not running");
        assert_eq!(state("Not Running"), "◼ Not Running");
        assert_eq!(state("Partly Running"), "▶ Partly Running");
        assert_eq!(state("Redeploying"), "⚙ Redeploying");
        assert_eq!(state("Scaling"), "⚙ Scaling");
        assert_eq!(state("Start failed"), "! Start failed");
        assert_eq!(state("Stopped with errors"), "! Stopped with errors");
        assert_eq!(state("Terminated"), "✘ Terminated");
        assert_eq!(state("Unreachable"), "❓ Unreachable");
        assert_eq!(state("running"), "running");
        assert_eq!(state(""), "");
    }

    #[test]
    fn short_uuids() {
        assert_eq!(
            short_uuid("7b9b4a4e-1111-2222-3333-444455556666"),
            "7b9b4a4e"
        );
        assert_eq!(short_uuid("abc"), "abc");
        assert_eq!(short_uuid(""), "");
        assert_eq!(short_uuid("üüüüüüüüüü"), "üüüüüüüü");
    }

    #[test]
    fn paint_wraps_in_source_colours_only_when_allowed() {
        let mut output = Output::new(false, false);
        output.color = true;
        output.color_stderr = false;
        assert_eq!(
            output.paint("web-1 | hi\n", 0, false),
            "\x1b[1;31mweb-1 | hi\x1b[0m\n"
        );
        assert_eq!(output.paint("x", 8, false), "\x1b[1;32mx\x1b[0m");
        assert_eq!(output.paint("x\n", 8, true), "x\n");
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2024-06-15T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn ago(text: &str) -> String {
        humanize_at(Some(text), now())
    }

    #[test]
    fn humanize_past_and_future() {
        assert_eq!(ago("Sat, 15 Jun 2024 11:59:15 +0000"), "45 seconds ago");
        assert_eq!(ago("Sat, 15 Jun 2024 11:59:59 +0000"), "1 second ago");
        assert_eq!(ago("Sat, 15 Jun 2024 10:30:00 +0000"), "1 hour ago");
        assert_eq!(ago("Fri, 14 Jun 2024 10:00:00 +0000"), "1 day ago");
        assert_eq!(ago("Sun, 18 Jun 2023 12:00:00 +0000"), "363 days ago");
        assert_eq!(ago("Tue, 16 May 2023 12:00:00 +0000"), "1 year ago");
        assert_eq!(ago("Sat, 15 Jun 2024 12:03:00 +0000"), "in 3 minutes");
        assert_eq!(ago("Sat, 15 Jun 2024 14:00:01 +0000"), "in 2 hours");
        assert_eq!(ago("Sat, 15 Jun 2024 12:00:00 +0000"), "just now");
    }

    #[test]
    fn humanize_accepts_other_offsets_and_iso_8601() {
        assert_eq!(ago("Sat, 15 Jun 2024 13:59:00 +0200"), "1 minute ago");
        assert_eq!(ago("Sat, 15 Jun 2024 11:59:00 GMT"), "1 minute ago");
        assert_eq!(ago("2024-06-15T11:00:00Z"), "1 hour ago");
        assert_eq!(ago("2024-06-15T10:59:59.5+00:00"), "1 hour ago");
        assert_eq!(ago("2024-06-15T11:00:00"), "1 hour ago");
        assert_eq!(ago("2024-06-15 09:00:00"), "3 hours ago");
    }

    #[test]
    fn humanize_falls_back_to_raw_text() {
        assert_eq!(humanize_at(None, now()), "");
        assert_eq!(ago(""), "");
        assert_eq!(ago("  "), "");
        assert_eq!(ago("yesterday"), "yesterday");
        assert_eq!(
            ago("Mon, 99 Oct 2014 11:01:43 +0000"),
            "Mon, 99 Oct 2014 11:01:43 +0000"
        );
        assert_eq!(ago("ü"), "ü");
    }

    #[test]
    fn humanize_of_now_runs() {
        assert!(humanize(Some("Mon, 13 Oct 2014 11:01:43 +0000")).ends_with("years ago"));
    }

    /// Properties of control-character escaping, over generated input.
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn no_control_character_is_left_but_those_kept(text in "(?s).{0,40}") {
                let escaped = escape_controls(&text, LAYOUT);
                prop_assert!(!escaped.chars().any(|c| c.is_control() && !LAYOUT.contains(&c)));
                prop_assert_eq!(escaped.matches('\n').count(), text.matches('\n').count());
                if !text.chars().any(char::is_control) {
                    prop_assert_eq!(escaped.as_ref(), text.as_str());
                }
            }
        }
    }
}
