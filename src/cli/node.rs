//! Arguments of `node ...`.

use clap::{Args, Subcommand};

use super::{QuietArgs, SyncArgs};

super::parse::group_commands! {
mod only;
/// `node` subcommands.
#[derive(Subcommand, Debug)]
pub enum NodeCommand {
    /// Instructions on how to bring your own server to Docker Cloud
    Byo,
    /// Print the detailed information of a node
    Inspect(NodeIds),
    /// List nodes
    Ls(QuietArgs),
    /// Remove a node
    Rm(NodeOperateArgs),
    /// Upgrade the Docker daemon of a node
    Upgrade(NodeOperateArgs),
}
}

/// Node identifiers: uuid or uuid prefix (nodes have no names to look up).
#[derive(Args, Debug)]
pub struct NodeIds {
    /// UUID (long or short)
    #[arg(value_name = "identifier", required = true, value_parser = crate::key::identifier)]
    pub identifier: Vec<String>,
}

/// `node rm|upgrade`.
#[derive(Args, Debug)]
pub struct NodeOperateArgs {
    #[command(flatten)]
    pub ids: NodeIds,
    #[command(flatten)]
    pub sync: SyncArgs,
}
