//! Arguments of `container ...`.

use clap::{Args, Subcommand};

use super::service::{LogsArgs, OperateArgs, RedeployArgs};
use super::Identifiers;
use crate::api::resource::CONTAINER_STATES;

/// `container` subcommands.
#[derive(Subcommand, Debug)]
pub enum ContainerCommand {
    /// Print the detailed information of a container
    Inspect(Identifiers),
    /// Get the logs of a container
    Logs(LogsArgs),
    /// Redeploy a container
    Redeploy(RedeployArgs),
    /// List containers
    Ps(PsArgs),
    /// Start a container
    Start(OperateArgs),
    /// Stop a container
    Stop(OperateArgs),
    /// Terminate a container
    Terminate(OperateArgs),
}

/// `container ps`.
#[derive(Args, Debug)]
pub struct PsArgs {
    /// Print only long UUIDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Filter containers by status
    #[arg(short, long, value_parser = CONTAINER_STATES.to_vec())]
    pub status: Option<String>,
    /// Filter containers by service (UUID, short UUID, name or name.stack_name)
    #[arg(long, value_name = "SERVICE")]
    pub service: Option<String>,
    /// Do not truncate the output
    #[arg(long)]
    pub no_trunc: bool,
}
