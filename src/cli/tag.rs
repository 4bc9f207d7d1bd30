//! Arguments of `tag ...`.

use clap::{Args, Subcommand};

use super::{Identifiers, QuietArgs};

super::parse::group_commands! {
mod only;
/// `tag` subcommands.
#[derive(Subcommand, Debug)]
pub enum TagCommand {
    /// Add tags to services, nodes or node clusters
    Add(ChangeArgs),
    /// List the tags of services, nodes or node clusters
    Ls(LsArgs),
    /// Remove tags from services, nodes or node clusters
    Rm(ChangeArgs),
    /// Replace all tags of services, nodes or node clusters
    Set(ChangeArgs),
}
}

/// `tag add|rm|set ID... -t TAG...`.
#[derive(Args, Debug)]
pub struct ChangeArgs {
    /// UUID (long or short) or name of a service, node cluster or node
    #[arg(value_name = "identifier", required = true, value_parser = crate::key::identifier)]
    pub identifier: Vec<String>,
    /// Tag name (repeatable)
    #[arg(short, long, value_name = "TAG", required = true)]
    pub tag: Vec<String>,
}

/// `tag ls ID...`.
#[derive(Args, Debug)]
pub struct LsArgs {
    #[command(flatten)]
    pub ids: Identifiers,
    #[command(flatten)]
    pub quiet: QuietArgs,
}
