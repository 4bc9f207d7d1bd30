//! `docker-cloud`: the command-line client for the Docker Cloud API.

mod api;
mod bounded;
mod cell;
mod cli;
mod commands;
mod config;
mod error;
mod fields;
mod jq;
mod key;
mod output;
mod prompt;
mod proxy;
mod signal;
mod stackfile;
mod stream;
mod tls;
mod values;

use clap::error::ErrorKind;
use std::io::{IsTerminal, Write};

use crate::error::{Error, EXIT_OK, EXIT_USAGE};

fn main() {
    // What the completion scripts run on TAB, outside the command line users see.
    let mut args = std::env::args_os().skip(1);
    if args
        .next()
        .is_some_and(|first| first == commands::completion::NAMES)
    {
        let words: Vec<String> = args.map(|w| w.to_string_lossy().into_owned()).collect();
        // A completion never fails aloud: no names is all a problem can give.
        let _ = names(&words);
        std::process::exit(EXIT_OK);
    }
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(e) => std::process::exit(clap_exit(&e)),
    };
    let code = match start(cli) {
        Ok(()) => EXIT_OK,
        Err(e) if output::is_broken_pipe(&e) => EXIT_OK,
        Err(e) => {
            if !e.message.is_empty() {
                output::note_to_stderr(&e.message, std::io::stderr().is_terminal());
            }
            e.exit_code()
        }
    };
    std::process::exit(code);
}

/// Prints a clap outcome and gives the exit status: help and version on stdout with 0
/// (including the help shown for a bare command group), usage errors on stderr with 2.
fn clap_exit(error: &clap::Error) -> i32 {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            EXIT_OK
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = write!(std::io::stdout(), "{}", error.render());
            EXIT_OK
        }
        _ => {
            // A key's own message is the whole error, as for any other invalid input.
            let message = match std::error::Error::source(error)
                .and_then(|source| source.downcast_ref::<key::Invalid>())
            {
                Some(invalid) => invalid.to_string(),
                None => one_line(&error.render().to_string()),
            };
            let _ = writeln!(std::io::stderr(), "{message}");
            EXIT_USAGE
        }
    }
}

/// A clap usage error as one line: the error with its details (missing arguments, valid
/// values, tips), without the usage block and the pointer to `--help`.
fn one_line(rendered: &str) -> String {
    let details = rendered
        .lines()
        .map(str::trim)
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .filter(|l| !l.is_empty());
    let mut text = String::new();
    for line in details {
        if !text.is_empty() {
            text.push(' ');
        }
        if line.starts_with("tip:") {
            text.push_str(&format!("({line})"));
        } else {
            text.push_str(line);
        }
    }
    if text.is_empty() {
        text.push_str("error: invalid arguments");
    }
    text
}

/// `__complete WORD...`: the names of the objects the next word may name, from the server
/// the configuration names.
fn names(words: &[String]) -> Result<(), Error> {
    let env = config::Env::capture();
    let dialect = config::Dialect::choose(&env, None)?;
    let config = config::Config::for_dialect(env, None, dialect)?;
    commands::completion::names(words, config)
}

/// Reads the configuration and runs the command.
fn start(mut cli: cli::Cli) -> Result<(), Error> {
    output::set_no_trunc(cli.no_trunc);
    prompt::set_assume_yes(cli.yes);
    if let Some(code) = &cli.jq {
        output::set_jq(code)?;
        cli.json = true;
    }
    let env = config::Env::capture();
    let dialect = config::Dialect::choose(&env, cli.api)?;
    let config = config::Config::for_dialect(env, cli.namespace.clone(), dialect)?
        .allow_insecure_http(cli.insecure_http);
    let client = api::Client::new(config, cli.debug)?;
    commands::run(cli, client)
}
