//! `completion` and `man`: shell completion scripts and the manual page, generated from the
//! command-line definitions so that they always match them.

use clap::CommandFactory;

use crate::cli::completion::CompletionArgs;
use crate::cli::Cli;
use crate::error::{Error, Result};
use crate::output::Output;

/// `completion SHELL`: prints the completion script for that shell.
pub fn completion(args: &CompletionArgs) -> Result<()> {
    let mut command = Cli::command();
    let name = command.get_name().to_string();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, name, &mut script);
    Output::new(false, false).bytes(&script)
}

/// `man`: prints the manual page (roff).
pub fn man() -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|e| Error::failure(format!("cannot render the manual page: {e}")))?;
    Output::new(false, false).bytes(&page)
}
