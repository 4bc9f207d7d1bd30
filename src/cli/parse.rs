//! Parsing the command line while building only the tree of the command it names: `service
//! ps` builds `service` and what lies below it, not the other twenty-odd commands. A line
//! that names no command after the top-level options (`--help`, `help service`, a typo, no
//! words) is parsed with the whole tree, as are completions and manual pages, so help and
//! errors read the same either way.

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches, Subcommand};

use super::{Cli, Command, CommandLine};

/// Declares the top-level `Command` enum and, in a module `only`, one enum per command
/// holding just that command, declared with the same attributes (so clap builds it exactly
/// as in the whole tree); and `parse_only`, which parses with the one a name selects.
macro_rules! top_level_commands {
    (
        $(#[$meta:meta])*
        pub enum Command {
            $( $(#[$variant_meta:meta])* $variant:ident($payload:ty), )*
        }
    ) => {
        $(#[$meta])*
        pub enum Command {
            $( $(#[$variant_meta])* $variant($payload), )*
        }

        /// One enum per top-level command, holding only that command.
        mod only {
            use super::*;
            $(
                #[doc = concat!("Only `", stringify!($variant), "`.")]
                #[derive(clap::Subcommand, Debug)]
                pub enum $variant {
                    $(#[$variant_meta])*
                    $variant($payload),
                }

                impl From<$variant> for Command {
                    fn from(only: $variant) -> Command {
                        let $variant::$variant(payload) = only;
                        Command::$variant(payload)
                    }
                }
            )*
        }

        /// Parses `args` with only the tree of the top-level command `name`, if there is one.
        fn parse_only(
            name: &str,
            args: Vec<std::ffi::OsString>,
        ) -> Option<Result<Cli, clap::Error>> {
            $(
                if <only::$variant as clap::Subcommand>::has_subcommand(name) {
                    return Some(parse::parse_as::<only::$variant>(args));
                }
            )*
            None
        }
    };
}
pub(crate) use top_level_commands;

/// The top-level options that take a value (the next word, or after `=`).
const VALUE_OPTIONS: [&str; 3] = ["--jq", "--namespace", "--api"];
/// The top-level options that take none, apart from those that end the parse (help,
/// version).
const FLAG_OPTIONS: [&str; 6] = [
    "--json",
    "-y",
    "--yes",
    "--debug",
    "--no-trunc",
    "--insecure-http",
];

/// Parses the process's arguments.
pub fn parse() -> Result<Cli, clap::Error> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let name = command_name(args.get(1..).unwrap_or_default()).map(str::to_string);
    if let Some(parsed) = name.and_then(|name| super::parse_only(&name, args.clone())) {
        return parsed;
    }
    parse_as::<Command>(args)
}

/// The word naming the command: the first after the top-level options, when every word
/// before it is one of them (None for anything else, such as `--help` or `--`).
fn command_name(args: &[OsString]) -> Option<&str> {
    let mut words = args.iter();
    while let Some(word) = words.next() {
        let word = word.to_str()?;
        if VALUE_OPTIONS.contains(&word) {
            words.next()?;
        } else if !FLAG_OPTIONS.contains(&word)
            && !VALUE_OPTIONS.iter().any(|option| {
                word.strip_prefix(option)
                    .is_some_and(|v| v.starts_with('='))
            })
        {
            return (!word.starts_with('-')).then_some(word);
        }
    }
    None
}

/// Parses `args` with the tree that `C` declares. The tree and the matches are never freed:
/// the process exits after the command, and freeing them would cost as much as the parse.
pub(super) fn parse_as<C: Subcommand + Into<Command>>(
    args: Vec<OsString>,
) -> Result<Cli, clap::Error> {
    let mut command = CommandLine::<C>::command();
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|mut matches| {
            let parsed = CommandLine::<C>::from_arg_matches_mut(&mut matches);
            std::mem::forget(matches);
            parsed.map_err(|e| e.format(&mut command))
        });
    std::mem::forget(command);
    parsed.map(CommandLine::into_full)
}

impl<C: Subcommand + Into<Command>> CommandLine<C> {
    /// The same line with its command as a [`Command`].
    fn into_full(self) -> Cli {
        CommandLine {
            version: self.version,
            json: self.json,
            yes: self.yes,
            jq: self.jq,
            debug: self.debug,
            no_trunc: self.no_trunc,
            namespace: self.namespace,
            api: self.api,
            insecure_http: self.insecure_http,
            command: self.command.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(words: &[&str]) -> Option<String> {
        let args: Vec<OsString> = words.iter().map(OsString::from).collect();
        command_name(&args).map(str::to_string)
    }

    #[test]
    fn the_command_name_follows_the_top_level_options() {
        assert_eq!(name(&["service", "ps"]).as_deref(), Some("service"));
        assert_eq!(
            name(&["--json", "-y", "--jq", ".[]", "--api=tutum", "stack", "ls"]).as_deref(),
            Some("stack")
        );
        assert_eq!(
            name(&["--namespace", "service", "stack"]).as_deref(),
            Some("stack")
        );
        for words in [
            &[][..],
            &["--help", "service"],
            &["-v"],
            &["--", "service"],
            &["--bogus", "service"],
            &["-yv", "service"],
            &["--json=true", "service"],
            &["--jq"],
        ] {
            assert_eq!(name(words), None, "{words:?}");
        }
    }

    /// The options [`command_name`] skips are the top-level options, with and without a value
    /// as the command line declares them.
    #[test]
    fn the_skipped_options_are_the_top_level_ones() {
        let top = Cli::command();
        let mut values = Vec::new();
        let mut flags = Vec::new();
        for arg in top.get_arguments() {
            let names = arg.get_long().map(|long| format!("--{long}")).into_iter();
            let names = names.chain(arg.get_short().map(|short| format!("-{short}")));
            match arg.get_action() {
                clap::ArgAction::Help | clap::ArgAction::Version => {}
                action if action.takes_values() => values.extend(names),
                _ => flags.extend(names),
            }
        }
        values.sort();
        flags.sort();
        let mut known_values = VALUE_OPTIONS.map(str::to_string).to_vec();
        let mut known_flags = FLAG_OPTIONS.map(str::to_string).to_vec();
        known_values.sort();
        known_flags.sort();
        assert_eq!(values, known_values);
        assert_eq!(flags, known_flags);
    }

    /// Each command alone parses a line as the whole tree does.
    #[test]
    fn one_command_parses_as_the_whole_tree() {
        for line in [
            "docker-cloud service ps -q --status Running",
            "docker-cloud --json stack --no-trunc ls",
            "docker-cloud --namespace org run -n web nginx",
            "docker-cloud nodecluster create c aws us-east-1 t2.micro",
        ] {
            let args: Vec<OsString> = line.split(' ').map(OsString::from).collect();
            let name = command_name(&args[1..])
                .expect("a command name")
                .to_string();
            let only = crate::cli::parse_only(&name, args.clone()).expect("a command");
            let whole = parse_as::<Command>(args);
            assert_eq!(
                format!("{:?}", only.expect("parses")),
                format!("{:?}", whole.expect("parses")),
                "{line}"
            );
        }
    }
}
