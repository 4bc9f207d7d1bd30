//! `man`: the manual pages, made from the command-line definitions so that they always match
//! them, with the exit statuses and each command's examples (its `after_help`) as sections.

use std::path::Path;

use clap::CommandFactory;

use crate::cli::completion::ManArgs;
use crate::cli::Cli;
use crate::error::{Error, Result};
use crate::output::Output;

/// The EXIT STATUS section of every page.
const EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
0
Success.
.TP
2
Usage error (a bad flag, value, env file or stackfile: nothing was sent), missing credentials, or Not authorized.
.TP
3
The operation failed: an API or network error, not found, an ambiguous identifier, a failed or timed\-out \fB\-\-sync\fR or \fBwait\fR; with several identifiers, after all of them were tried.
.TP
130
Interrupted (Ctrl\-C) during a request or a wait; \fBevent\fR and \fBlogs \-f\fR end with 0.
"#;

/// The line `exec` adds to [`EXIT_STATUS`].
const EXEC_STATUS: &str = ".TP\nother\nThe remote command's exit status.\n";

/// `man [COMMAND...]`: prints the page of the top level or of the command the words name
/// (`man service ps`), or with `--out-dir` writes one page per command into that directory
/// (`docker-cloud-service-ps.1`, ...).
pub fn man(args: &ManArgs) -> Result<()> {
    let mut root = Cli::command().disable_help_subcommand(true);
    root.build();
    if let Some(dir) = &args.out_dir {
        return write_pages(&root, dir).map_err(|e| {
            Error::failure(format!(
                "cannot write the manual pages to {}: {e}",
                dir.display()
            ))
        });
    }
    let mut command = &root;
    for word in &args.command {
        command = command.find_subcommand(word).ok_or_else(|| {
            Error::usage(format!(
                "no manual page for '{}': see `docker-cloud --help` for the commands",
                args.command.join(" ")
            ))
        })?;
    }
    let page = render(command)
        .map_err(|e| Error::failure(format!("cannot render the manual page: {e}")))?;
    Output::new(false, false).bytes(&page)
}

/// Writes the page of `command` and of every command under it into `dir`.
fn write_pages(command: &clap::Command, dir: &Path) -> std::io::Result<()> {
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(sub, dir)?;
    }
    let name = command.get_display_name().unwrap_or(command.get_name());
    std::fs::write(dir.join(format!("{name}.1")), render(command)?)
}

/// One page: clap_mangen's sections, the command's `after_help` as EXAMPLES AND NOTES, and
/// the EXIT STATUS.
fn render(command: &clap::Command) -> std::io::Result<Vec<u8>> {
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    if command.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut page)?;
    }
    if command.has_subcommands() {
        man.render_subcommands_section(&mut page)?;
    }
    if command.get_after_help().is_some() || command.get_after_long_help().is_some() {
        let mut extra = Vec::new();
        man.render_extra_section(&mut extra)?;
        let extra =
            String::from_utf8_lossy(&extra).replacen(".SH EXTRA", ".SH \"EXAMPLES AND NOTES\"", 1);
        page.extend_from_slice(extra.as_bytes());
    }
    page.extend_from_slice(EXIT_STATUS.as_bytes());
    if command.get_name() == "exec" {
        page.extend_from_slice(EXEC_STATUS.as_bytes());
    }
    if command.get_version().is_some() {
        man.render_version_section(&mut page)?;
    }
    Ok(once_preamble(&String::from_utf8_lossy(&page)).into_bytes())
}

/// The page with the string definitions clap_mangen puts before every section kept only at
/// the top.
fn once_preamble(page: &str) -> String {
    const PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";
    match page.split_once(PREAMBLE) {
        Some((before, after)) => format!("{before}{PREAMBLE}{}", after.replace(PREAMBLE, "")),
        None => page.to_string(),
    }
}
