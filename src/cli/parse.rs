//! Parsing the command line while building only the tree of the command it names: `service
//! ps` builds the top level with `service` alone, and `service` with `ps` alone, not the
//! other commands. A line that names no command after the top-level options (`--help`, `help
//! service`, a typo, no words) is parsed with the whole tree, and one that names a group but
//! none of its commands with the whole group, as completions and manual pages see the whole
//! tree, so help and errors read the same either way.

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches, Subcommand};

use super::{Cli, Command, CommandLine};

/// Declares the top-level `Command` enum and, in a module `only`, one enum per command
/// holding just that command, declared with the same attributes (so clap builds it exactly as
/// in the whole tree; a group's enum takes the group's commands as a parameter); and
/// `parse_only`, which parses with the one the line names.
macro_rules! top_level_commands {
    (
        $(#[$meta:meta])*
        pub enum Command { $($variants:tt)* }
    ) => {
        $(#[$meta])*
        pub enum Command { $($variants)* }

        /// One enum per top-level command, holding only that command.
        mod only {
            use super::*;
            $crate::cli::parse::top_level_commands!(@only $($variants)*);
        }

        /// Parses `args` with only the tree of the command they name, if they name one.
        fn parse_only(args: &[std::ffi::OsString]) -> Option<Result<Cli, clap::Error>> {
            let at = parse::command_at(args, 1)?;
            let name = args[at].to_str()?;
            $crate::cli::parse::top_level_commands!(@parse args at name $($variants)*);
            None
        }
    };
    (@only
        $(#[doc = $doc:literal])*
        #[command(subcommand $($attr:tt)*)]
        $variant:ident($group:ty),
        $($rest:tt)*
    ) => {
        #[doc = concat!("Only `", stringify!($variant), "`, with the commands `G` of its group.")]
        #[derive(clap::Subcommand, Debug)]
        pub enum $variant<G: clap::Subcommand = $group> {
            $(#[doc = $doc])*
            #[command(subcommand $($attr)*)]
            $variant(G),
        }

        impl<G: clap::Subcommand + Into<$group>> From<$variant<G>> for Command {
            fn from(only: $variant<G>) -> Command {
                let $variant::$variant(commands) = only;
                Command::$variant(commands.into())
            }
        }

        impl $crate::cli::parse::Wrap for $variant {
            type Group = $group;
            type With<G: clap::Subcommand + Into<$group>> = $variant<G>;
        }

        $crate::cli::parse::top_level_commands!(@only $($rest)*);
    };
    (@only
        $(#[doc = $doc:literal])*
        $variant:ident($payload:ty),
        $($rest:tt)*
    ) => {
        #[doc = concat!("Only `", stringify!($variant), "`.")]
        #[derive(clap::Subcommand, Debug)]
        pub enum $variant {
            $(#[doc = $doc])*
            $variant($payload),
        }

        impl From<$variant> for Command {
            fn from(only: $variant) -> Command {
                let $variant::$variant(payload) = only;
                Command::$variant(payload)
            }
        }

        $crate::cli::parse::top_level_commands!(@only $($rest)*);
    };
    (@only) => {};
    (@parse $args:ident $at:ident $name:ident
        $(#[doc = $doc:literal])*
        #[command(subcommand $($attr:tt)*)]
        $variant:ident($group:ty),
        $($rest:tt)*
    ) => {
        if <only::$variant as clap::Subcommand>::has_subcommand($name) {
            return Some(parse::parse_group::<only::$variant>($args, $at));
        }
        $crate::cli::parse::top_level_commands!(@parse $args $at $name $($rest)*);
    };
    (@parse $args:ident $at:ident $name:ident
        $(#[doc = $doc:literal])*
        $variant:ident($payload:ty),
        $($rest:tt)*
    ) => {
        if <only::$variant as clap::Subcommand>::has_subcommand($name) {
            return Some(parse::parse_as::<only::$variant>($args.to_vec()));
        }
        $crate::cli::parse::top_level_commands!(@parse $args $at $name $($rest)*);
    };
    (@parse $args:ident $at:ident $name:ident) => {};
}
pub(crate) use top_level_commands;

/// Declares a command group's enum and, in the module `$only`, one enum per command of the
/// group holding just that command, declared with the same attributes; and the group's
/// [`Group`] implementation, which parses with the one the line names.
macro_rules! group_commands {
    (
        mod $only:ident;
        $(#[$meta:meta])*
        pub enum $group:ident { $($variants:tt)* }
    ) => {
        $(#[$meta])*
        pub enum $group { $($variants)* }

        /// One enum per command of the group, holding only that command.
        mod $only {
            use super::*;
            $crate::cli::parse::group_commands!(@only $group $($variants)*);
        }

        impl $crate::cli::parse::Group for $group {
            fn parse_only<T: $crate::cli::parse::Wrap<Group = Self>>(
                name: &str,
                args: &[std::ffi::OsString],
            ) -> Option<Result<$crate::cli::Cli, clap::Error>> {
                $crate::cli::parse::group_commands!(@parse $only name args $($variants)*);
                None
            }
        }
    };
    (@only $group:ident $(#[$meta:meta])* $variant:ident($payload:ty), $($rest:tt)*) => {
        #[doc = concat!("Only `", stringify!($variant), "`.")]
        #[derive(clap::Subcommand, Debug)]
        pub enum $variant {
            $(#[$meta])*
            $variant($payload),
        }

        impl From<$variant> for $group {
            fn from(only: $variant) -> $group {
                let $variant::$variant(payload) = only;
                $group::$variant(payload)
            }
        }

        $crate::cli::parse::group_commands!(@only $group $($rest)*);
    };
    (@only $group:ident $(#[$meta:meta])* $variant:ident, $($rest:tt)*) => {
        #[doc = concat!("Only `", stringify!($variant), "`.")]
        #[derive(clap::Subcommand, Debug)]
        pub enum $variant {
            $(#[$meta])*
            $variant,
        }

        impl From<$variant> for $group {
            fn from(_: $variant) -> $group {
                $group::$variant
            }
        }

        $crate::cli::parse::group_commands!(@only $group $($rest)*);
    };
    (@only $group:ident) => {};
    (@parse $only:ident $name:ident $args:ident
        $(#[$meta:meta])* $variant:ident $(($payload:ty))?, $($rest:tt)*
    ) => {
        if <$only::$variant as clap::Subcommand>::has_subcommand($name) {
            return Some($crate::cli::parse::parse_as::<T::With<$only::$variant>>($args.to_vec()));
        }
        $crate::cli::parse::group_commands!(@parse $only $name $args $($rest)*);
    };
    (@parse $only:ident $name:ident $args:ident) => {};
}
pub(crate) use group_commands;

/// A command group whose lines can be parsed with one of its commands alone.
pub trait Group: Subcommand {
    /// Parses `args` with only the group's command `name`, under the top-level command `T`
    /// (None if the group has no command so named).
    fn parse_only<T: Wrap<Group = Self>>(
        name: &str,
        args: &[OsString],
    ) -> Option<Result<Cli, clap::Error>>;
}

/// A top-level command holding a group, declared around any of the group's commands.
pub trait Wrap {
    /// The group's enum of all its commands.
    type Group;
    /// The top-level command around the commands `G`.
    type With<G: Subcommand + Into<Self::Group>>: Subcommand + Into<Command>;
}

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
    super::parse_only(&args).unwrap_or_else(|| parse_as::<Command>(args))
}

/// Parses `args`, whose word `at` names the group `T`, with only the group's command the next
/// word names, or else with the whole group.
pub(super) fn parse_group<T>(args: &[OsString], at: usize) -> Result<Cli, clap::Error>
where
    T: Wrap + Subcommand + Into<Command>,
    T::Group: Group,
{
    command_at(args, at + 1)
        .and_then(|next| args[next].to_str())
        .and_then(|name| T::Group::parse_only::<T>(name, args))
        .unwrap_or_else(|| parse_as::<T>(args.to_vec()))
}

/// Where the word naming a command is, from `from` on: the first word after the options
/// every command takes (the top-level ones), when every word before it is one of them (None
/// for anything else, such as `--help` or `--`).
pub(super) fn command_at(args: &[OsString], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(word) = args.get(at) {
        let word = word.to_str()?;
        if VALUE_OPTIONS.contains(&word) {
            at += 1;
            args.get(at)?;
        } else if !FLAG_OPTIONS.contains(&word)
            && !VALUE_OPTIONS.iter().any(|option| {
                word.strip_prefix(option)
                    .is_some_and(|v| v.starts_with('='))
            })
        {
            return (!word.starts_with('-')).then_some(at);
        }
        at += 1;
    }
    None
}

/// Parses `args` with the tree that `C` declares. The tree and the matches are never freed:
/// the process exits after the command, and freeing them would cost as much as the parse.
pub fn parse_as<C: Subcommand + Into<Command>>(args: Vec<OsString>) -> Result<Cli, clap::Error> {
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

    fn args(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    fn name(line: &str, from: usize) -> Option<String> {
        let args = args(line);
        command_at(&args, from).map(|at| args[at].to_string_lossy().into_owned())
    }

    #[test]
    fn the_command_name_follows_the_top_level_options() {
        assert_eq!(name("dc service ps", 1).as_deref(), Some("service"));
        assert_eq!(name("dc service ps", 2).as_deref(), Some("ps"));
        assert_eq!(
            name("dc --json -y --jq .[] --api=tutum stack ls", 1).as_deref(),
            Some("stack")
        );
        assert_eq!(name("dc service --json ps", 2).as_deref(), Some("ps"));
        assert_eq!(
            name("dc --namespace service stack", 1).as_deref(),
            Some("stack")
        );
        for line in [
            "dc",
            "dc --help service",
            "dc -v",
            "dc -- service",
            "dc --bogus service",
            "dc -yv service",
            "dc --json=true service",
            "dc --jq",
        ] {
            assert_eq!(name(line, 1), None, "{line}");
        }
    }

    /// The options [`command_at`] skips are the top-level options, with and without a value
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

    /// A line parses with only its command's tree as with the whole tree.
    #[test]
    fn one_command_parses_as_the_whole_tree() {
        for line in [
            "docker-cloud service ps -q --status Running",
            "docker-cloud --json stack --no-trunc ls",
            "docker-cloud service --json inspect web",
            "docker-cloud service env ls web",
            "docker-cloud server ls",
            "docker-cloud node byo",
            "docker-cloud volumegroup ls -q",
            "docker-cloud --namespace org run -n web nginx",
            "docker-cloud nodecluster create c aws us-east-1 t2.micro",
            "docker-cloud event --json",
        ] {
            let only = crate::cli::parse_only(&args(line)).expect("a command");
            let whole = parse_as::<Command>(args(line));
            assert_eq!(
                format!("{:?}", only.expect("parses")),
                format!("{:?}", whole.expect("parses")),
                "{line}"
            );
        }
    }
}
