//! Arguments of `action ...`.

use clap::{Args, Subcommand};

use super::{Identifiers, LogsArgs, UuidsArgs, WaitArgs};

super::parse::group_commands! {
mod only;
/// `action` subcommands.
#[derive(Subcommand, Debug)]
pub enum ActionCommand {
    /// Cancel an action in Pending or In progress state
    Cancel(Identifiers),
    /// Print the detailed information of an action
    Inspect(Identifiers),
    /// Get the logs of an action
    Logs(LogsArgs),
    /// List actions
    Ls(LsArgs),
    /// Retry an action in Success, Failed or Canceled state
    Retry(Identifiers),
    /// Wait until actions reach a state
    Wait(WaitArgs),
}
}

/// `action ls`.
#[derive(Args, Debug)]
pub struct LsArgs {
    #[command(flatten)]
    pub quiet: UuidsArgs,
    /// Show only the last N actions (0 means the default)
    #[arg(short, long, value_name = "N", default_value_t = 25)]
    pub last: usize,
}
