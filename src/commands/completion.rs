//! `completion` and `man`: shell completion scripts and the manual page, generated from the
//! command-line definitions so that they always match them.

use clap::CommandFactory;

use crate::cli::completion::{CompletionArgs, ManArgs};
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

/// `man`: prints the top-level manual page (roff), or with `--out-dir` writes one page per
/// command into that directory.
pub fn man(args: &ManArgs) -> Result<()> {
    // The same command tree the per-command pages are made from, so both top pages match.
    let mut command = Cli::command().disable_help_subcommand(true);
    if let Some(dir) = &args.out_dir {
        return clap_mangen::generate_to(command, dir).map_err(|e| {
            Error::failure(format!(
                "cannot write the manual pages to {}: {e}",
                dir.display()
            ))
        });
    }
    command.build();
    let mut page = Vec::new();
    clap_mangen::Man::new(command)
        .render(&mut page)
        .map_err(|e| Error::failure(format!("cannot render the manual page: {e}")))?;
    Output::new(false, false).bytes(&page)
}
